/**
 * The global 2030 targets as published with the Open SDG progress method (Open SDG 2.4 `progress-methodology`,
 * "Target or desired direction", copied into datasets/framework/global-targets-opensdg.csv): a rule text such as
 * "0%", "Reduce by 1/2", "≤ 25 per 1,000" or "Increase" is parsed into a rule, and a rule with the base year's value
 * becomes the direction and target a progress method takes. Pure: no files, no clock.
 */
import type { DesiredDirection, ProgressTarget } from './types.ts';

/** Year of every global target (the 2030 Agenda). */
export const GLOBAL_TARGET_YEAR = 2030;

/**
 * How a numeric rule binds: `at-most` ("≤ 3%", and "0%" since a rate cannot fall below zero), `at-least` ("≥ 10%",
 * and "100%" since a share cannot pass it), `equal` ("Score = 3", "Ratio = 1", "50%": the way to go is read from the
 * base value).
 */
export type TargetComparison = 'at-most' | 'at-least' | 'equal';

/** One parsed rule; `note` keeps a qualifier such as "See exceptions" or "Country-dependent target". */
export type GlobalTargetRule =
  /** A fixed value, e.g. "≤ 70 per 100,000" → { value: 70, comparison: 'at-most', unit: 'per 100,000' }. */
  | { kind: 'value'; value: number; comparison: TargetComparison; unit?: string; note?: string }
  /**
   * The base value times `factor`, e.g. "Reduce by 1/3" → factor 2/3, "Increase by double" → 2; "No change" → 1.
   * With `towards`, the factor shrinks the gap between the base value and `towards` instead: "Reduce the gap to 100%
   * by 1/2" → { factor: 0.5, towards: 100, direction: 'increase' }, target 100 − (100 − base) × 0.5.
   */
  | { kind: 'relative'; factor: number; direction: DesiredDirection | 'none'; baseYear?: number; towards?: number; note?: string }
  /** A way to go without a number: "Increase", "Decrease". */
  | { kind: 'direction-only'; direction: DesiredDirection; note?: string }
  /** "Non-statistical": no figure to assess. */
  | { kind: 'non-statistical'; note?: string }
  /** "No global target": the global targets ask nothing of this figure (e.g. a volume the target does not name). */
  | { kind: 'none'; note?: string }
  /** One rule per series or group, e.g. "(a) Decrease; (b) 100%" or "LDC: Increase by double; All other countries: Increase". */
  | { kind: 'parts'; parts: { label: string; rule: GlobalTargetRule }[]; note?: string }
  /** A text this parser does not read; `reason` says why. */
  | { kind: 'unrecognised'; text: string; reason: string };

/** What a rule gives for one base value: what ProgressInput needs, or why it gives nothing. */
export type GlobalTargetOutcome =
  | { kind: 'value' | 'relative'; direction: DesiredDirection; target: ProgressTarget; note?: string }
  | { kind: 'direction-only'; direction: DesiredDirection; note?: string }
  | { kind: 'non-statistical' }
  /** The rule was read but gives no direction or target for this base (e.g. the base equals an "= 1" target). */
  | { kind: 'undetermined'; reason: string }
  | { kind: 'unrecognised'; text: string; reason: string };

/**
 * Parses one published rule text. Never throws: a text it cannot read gives `{ kind: 'unrecognised', text, reason }`.
 * @example parseGlobalTargetRule('Reduce by 1/2') // { kind: 'relative', factor: 0.5, direction: 'decrease' }
 * @example parseGlobalTargetRule('(a) Increase; (b) 50%').kind // 'parts'
 */
export function parseGlobalTargetRule(text: string): GlobalTargetRule {
  const trimmed = text.trim();
  if (/[<>]/.test(trimmed)) return unrecognised(text, 'the text holds markup');
  if (trimmed === '') return unrecognised(text, 'the text is empty');
  const { core, note } = splitNote(trimmed);
  const rule = core.includes(';') || /^[^:]+:\s/.test(core) ? parseParts(core, text) : parseSingle(core, text);
  return note && rule.kind !== 'unrecognised' ? { ...rule, note } : rule;
}

/**
 * The direction and 2030 target a rule gives for the base year's value. `part` names the part of a `parts` rule
 * ("a", "LDC", "Ages 10-14"; case-insensitive).
 * @example evaluateGlobalTargetRule(parseGlobalTargetRule('Reduce by 1/2'), { year: 2015, value: 24 })
 *   // { kind: 'relative', direction: 'decrease', target: { value: 12, year: 2030 } }
 */
export function evaluateGlobalTargetRule(rule: GlobalTargetRule, base: { year: number; value: number }, part?: string): GlobalTargetOutcome {
  switch (rule.kind) {
    case 'unrecognised': return rule;
    case 'non-statistical': return { kind: 'non-statistical' };
    case 'none': return { kind: 'undetermined', reason: 'no global target or direction applies to this figure' };
    case 'direction-only': return withNote({ kind: 'direction-only', direction: rule.direction }, rule.note);
    case 'value': return evaluateValue(rule, base);
    case 'relative': return evaluateRelative(rule, base);
    case 'parts': {
      const labels = rule.parts.map((p) => p.label);
      if (part === undefined) return { kind: 'undetermined', reason: `the rule has parts ${labels.join(', ')}; name one` };
      const chosen = rule.parts.find((p) => p.label.toLowerCase() === part.toLowerCase());
      if (!chosen) return { kind: 'undetermined', reason: `no part "${part}" (the rule has ${labels.join(', ')})` };
      return evaluateGlobalTargetRule(chosen.rule, base);
    }
    default: throw new Error(`unknown rule kind "${String((rule as { kind: unknown }).kind)}"`);
  }
}

function evaluateValue(rule: Extract<GlobalTargetRule, { kind: 'value' }>, base: { value: number }): GlobalTargetOutcome {
  let direction: DesiredDirection;
  if (rule.comparison === 'at-most') direction = 'decrease';
  else if (rule.comparison === 'at-least') direction = 'increase';
  else if (base.value < rule.value) direction = 'increase';
  else if (base.value > rule.value) direction = 'decrease';
  else return { kind: 'undetermined', reason: `the base value ${base.value} already equals the target ${rule.value}; no way to go` };
  return withNote({ kind: 'value', direction, target: { value: rule.value, year: GLOBAL_TARGET_YEAR } }, rule.note);
}

function evaluateRelative(rule: Extract<GlobalTargetRule, { kind: 'relative' }>, base: { year: number; value: number }): GlobalTargetOutcome {
  if (rule.direction === 'none') return { kind: 'undetermined', reason: 'the rule asks for no change; no way to go' };
  if (rule.baseYear !== undefined && base.year !== rule.baseYear) {
    return { kind: 'undetermined', reason: `the rule is relative to the ${rule.baseYear} value; the base given is ${base.year}` };
  }
  const { towards } = rule;
  if (towards !== undefined && !(base.value < towards)) {
    return { kind: 'undetermined', reason: `the base value ${base.value} already reaches ${towards}` };
  }
  if (towards === undefined && !(base.value > 0)) {
    return { kind: 'undetermined', reason: `a relative rule needs a positive base value; got ${base.value}` };
  }
  const value = towards === undefined ? base.value * rule.factor : towards - (towards - base.value) * rule.factor;
  const target = { value, year: GLOBAL_TARGET_YEAR };
  return withNote({ kind: 'relative', direction: rule.direction, target }, rule.note);
}

// ---- parsing details -------------------------------------------------------------------------------------------

const NOTE_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/\s*\(\*([^*]+)\*\)/, (m) => m[1]!], // "(*See exceptions*)"
  [/\s*;\s*(Includes non-statistical series)$/i, (m) => m[1]!],
];

function splitNote(text: string): { core: string; note?: string } {
  const notes: string[] = [];
  let core = text;
  for (const [pattern, pick] of NOTE_PATTERNS) {
    for (let m = core.match(pattern); m; m = core.match(pattern)) { notes.push(pick(m)); core = core.replace(m[0], ''); }
  }
  return notes.length ? { core: core.trim(), note: notes.join('; ') } : { core: core.trim() };
}

/** "(a) X; (b) Y", "Label: X; Label: Y", "LDC ≥ 7%; …", "≥ 0.7% to developing countries; …", "X; Y for others". */
function parseParts(core: string, text: string): GlobalTargetRule {
  const parts: { label: string; rule: GlobalTargetRule }[] = [];
  for (const piece of core.split(';').map((s) => s.trim())) {
    const labelled = labelPart(piece);
    if (!labelled) return unrecognised(text, `cannot tell the group of "${piece}"`);
    const { core: partCore, note } = splitNote(labelled.rule);
    const rule = parseSingle(partCore, text);
    if (rule.kind === 'unrecognised') return rule;
    parts.push({ label: labelled.label, rule: note ? { ...rule, note } as GlobalTargetRule : rule });
  }
  return { kind: 'parts', parts };
}

function labelPart(piece: string): { label: string; rule: string } | undefined {
  const patterns: [RegExp, number, number][] = [
    [/^\(([a-z])\)\s*(.+)$/i, 1, 2], // (a) Decrease
    [/^([^:]+):\s*(.+)$/, 1, 2], // Ages 10-14: 0%
    [/^(Increase|Decrease) access to (.+)$/i, 2, 1], // Increase access to basic information services
    [/^(.+?) (?:to|for) (.+)$/i, 2, 1], // ≥ 0.7% to developing countries; 100% for all other types …
    [/^([A-Za-z][A-Za-z ]*?) ([≤≥=].+)$/, 1, 2], // LDC ≥ 7%
  ];
  for (const [pattern, label, rule] of patterns) {
    const m = piece.match(pattern);
    if (m && parseSingle(m[rule]!, m[rule]!).kind !== 'unrecognised') return { label: m[label]!.trim(), rule: m[rule]!.trim() };
  }
  return undefined;
}

const FRACTION = String.raw`(\d+)\s*/\s*(\d+)`;
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*%`;

function parseSingle(raw: string, text: string): GlobalTargetRule {
  // A trailing label in plain parentheses names the class, e.g. "Score ≥ 0.8 (Very high)"; a base year is kept.
  const baseYearMatch = raw.match(/\s*\(compared to (\d{4}) baseline\)\s*$/i);
  const s = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (/^non-statistical$/i.test(s)) return { kind: 'non-statistical' };
  if (/^no global target$/i.test(s)) return { kind: 'none' };
  const gap = s.match(new RegExp(String.raw`^reduce the gap to ${PERCENT} by ${FRACTION}$`, 'i'));
  if (gap) {
    const [ceiling, part, whole] = [Number(gap[1]), Number(gap[2]), Number(gap[3])];
    if (!(part > 0 && part <= whole)) return unrecognised(text, `cannot reduce by ${part}/${whole}`);
    return { kind: 'relative', factor: (whole - part) / whole, direction: 'increase', towards: ceiling };
  }
  if (/^increase$/i.test(s)) return { kind: 'direction-only', direction: 'increase' };
  if (/^decrease$/i.test(s)) return { kind: 'direction-only', direction: 'decrease' };
  if (/^no change$/i.test(s)) return { kind: 'relative', factor: 1, direction: 'none' };
  if (/^increase by double$/i.test(s)) return { kind: 'relative', factor: 2, direction: 'increase' };
  const reduce = s.match(new RegExp(String.raw`^reduce(?: .+)? by (?:${FRACTION}|${PERCENT})$`, 'i'));
  if (reduce) {
    const [part, whole] = reduce[1] !== undefined ? [Number(reduce[1]), Number(reduce[2])] : [Number(reduce[3]), 100];
    if (!(part > 0 && part <= whole)) return unrecognised(text, `cannot reduce by ${part}/${whole}`);
    const rule: GlobalTargetRule = { kind: 'relative', factor: (whole - part) / whole, direction: 'decrease' };
    return baseYearMatch ? { ...rule, baseYear: Number(baseYearMatch[1]) } : rule;
  }
  const numeric = s.match(/^(?:(?:score|ratio)\s*)?([≤≥=])?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|per [\d,]+)?$/i);
  if (numeric) {
    const value = Number(numeric[2]!.replace(/,/g, ''));
    const sign = numeric[1];
    const unit = numeric[3] === '%' ? 'percent' : numeric[3];
    let comparison: TargetComparison = sign === '≤' ? 'at-most' : sign === '≥' ? 'at-least' : 'equal';
    if (sign === undefined && value === 0) comparison = 'at-most';
    if (sign === undefined && value === 100 && unit === 'percent') comparison = 'at-least';
    return unit ? { kind: 'value', value, comparison, unit } : { kind: 'value', value, comparison };
  }
  if (/^multiple$/i.test(s)) return unrecognised(text, 'the text names several targets without giving them');
  return unrecognised(text, 'no known rule shape');
}

function unrecognised(text: string, reason: string): GlobalTargetRule {
  return { kind: 'unrecognised', text, reason };
}

function withNote<T extends object>(outcome: T, note: string | undefined): T & { note?: string } {
  return note ? { ...outcome, note } : outcome;
}
