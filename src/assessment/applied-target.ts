/**
 * Which target a series key is assessed against: the most specific national target whose scope covers the key,
 * else the global 2030 rule of the key's series (datasets/framework/global-target-series-rules.csv) or of its
 * indicator (Open SDG 2.4 `progress-methodology`, global targets) turned into a number from the key's base-year
 * value, labelled `global`. Pure.
 */
import {
  evaluateGlobalTargetRule, parseGlobalTargetRule, type DesiredDirection, type GlobalTargetRule, type ProgressTarget, type YearValue,
} from '../analysis/progress/index.ts';
import { globalRuleFor, type GlobalTargetRuleRow, type StoredProgressTarget } from '../store/index.ts';

/**
 * The target in use for one series key. `rule` is the global rule text used (the series' own when it has one); `note`
 * its qualifier, and for a series rule why the series has its own.
 */
export interface AppliedTarget {
  source: 'national' | 'global';
  direction: DesiredDirection;
  baseline?: YearValue;
  milestones: Record<string, number>;
  target?: ProgressTarget;
  /** Natural limit; `limitFrom` says whether it was set or follows from a percentage unit. */
  limit?: number;
  limitFrom?: 'target' | 'unit';
  rule?: string;
  note?: string;
}

/** A key that cannot be assessed, and why (no target and no global rule, a non-statistical rule, …). */
export interface TargetGap {
  reason: string;
  rule?: string;
}

/** The key being assessed. */
export interface TargetScope {
  indicator: string;
  series: string;
  unit: string;
  area: string;
  dimensions: Record<string, string>;
}

/**
 * The most specific national target covering `scope` (a target's empty field covers every value; its dimensions
 * cover keys that hold each of them), by number of fields it names; ties go to the first stored.
 */
export function nationalTargetFor(scope: TargetScope, targets: readonly StoredProgressTarget[]): StoredProgressTarget | null {
  let best: StoredProgressTarget | null = null;
  let bestScore = -1;
  for (const t of targets) {
    if (t.source !== 'national' || t.indicatorId !== scope.indicator) continue;
    if (t.series !== undefined && t.series !== scope.series) continue;
    if (t.unit !== undefined && t.unit !== scope.unit) continue;
    if (t.area !== undefined && t.area !== scope.area) continue;
    const dims = Object.entries(t.dimensions);
    if (dims.some(([id, code]) => scope.dimensions[id] !== code)) continue;
    const score = (t.series ? 8 : 0) + (t.unit ? 4 : 0) + (t.area ? 2 : 0) + dims.length * 16;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The target applied to one key: national when one covers it, else global from `rules` and the base point `base`
 * (the first point at or after the national base year). `rules` is one rule, or the indicator's rules of which the
 * key's series rule wins over the indicator's ({@link globalRuleFor}); a series rule's reason becomes the `note`, or
 * ends the gap's reason. The rule "No global target" gives a gap. A percentage unit (`PERCENT`) with an increasing direction
 * and no limit set gets the natural limit 100 (see {@link isPercentUnit}). A rule in parts ("(a) Decrease; (b) Reduce by 1/2") cannot tell which
 * part a key measures: when every part gives the same direction, that direction applies without a number; when they
 * disagree, or a part gives none, the key has a gap naming each part's direction; when every part is
 * non-statistical, so is the target. A rule that is a percentage or a rate ("0%", "≤ 25 per 1,000") gives a key
 * whose unit is a count ({@link isCountUnit}) a gap, not a target.
 * @example appliedTarget(scope, [], { indicatorId: '1.2.1', rule: 'Reduce by 1/2', source }, { year: 2016, value: 24.3 })
 * // { source: 'global', direction: 'decrease', target: { value: 12.15, year: 2030 }, rule: 'Reduce by 1/2', milestones: {} }
 */
export function appliedTarget(
  scope: TargetScope,
  targets: readonly StoredProgressTarget[],
  rules: GlobalTargetRuleRow | readonly GlobalTargetRuleRow[] | undefined,
  base: YearValue | undefined,
): AppliedTarget | TargetGap {
  const national = nationalTargetFor(scope, targets);
  if (national) {
    const applied: AppliedTarget = { source: 'national', direction: national.direction, milestones: national.milestones };
    if (national.baseline) applied.baseline = national.baseline;
    if (national.target) applied.target = national.target;
    return withLimit(applied, scope.unit, national.limit);
  }
  const rule = rules === undefined || 'rule' in rules ? rules : globalRuleFor(rules, scope.series);
  if (!rule) return { reason: 'no national target and no global rule for this indicator' };
  const applied = globalTarget(scope, rule, base);
  const why = rule.series !== undefined ? rule.reason : undefined;
  if (!why) return applied;
  if ('reason' in applied) return { ...applied, reason: `${applied.reason}. ${why}` };
  return { ...applied, note: applied.note ? `${applied.note}; ${why}` : why };
}

/** The global target `rule` gives one key without a national target. */
function globalTarget(scope: TargetScope, rule: GlobalTargetRuleRow, base: YearValue | undefined): AppliedTarget | TargetGap {
  const parsed = parseGlobalTargetRule(rule.rule);
  if (parsed.kind === 'parts') return partsTarget(parsed, rule.rule, base, scope.unit);
  if (parsed.kind === 'none') return { reason: 'no global target applies to this series', rule: rule.rule };
  if (parsed.kind === 'value' && parsed.unit && isCountUnit(scope.unit)) {
    return { reason: `the global target is ${parsed.unit === 'percent' ? 'a percentage' : `a rate ${parsed.unit}`}; the key's unit ${scope.unit} is a count`, rule: rule.rule };
  }
  if (!base) {
    if (parsed.kind === 'direction-only') return withLimit({ source: 'global', direction: parsed.direction, milestones: {}, rule: rule.rule }, scope.unit);
    return { reason: 'no data at or after the base year to turn the global rule into a number', rule: rule.rule };
  }
  const outcome = evaluateGlobalTargetRule(parsed, base);
  switch (outcome.kind) {
    case 'value':
    case 'relative':
    case 'direction-only': {
      const applied: AppliedTarget = { source: 'global', direction: outcome.direction, milestones: {}, rule: rule.rule };
      if (outcome.kind !== 'direction-only') applied.target = outcome.target;
      if (outcome.note) applied.note = outcome.note;
      return withLimit(applied, scope.unit);
    }
    case 'non-statistical': return { reason: 'the global target is non-statistical', rule: rule.rule };
    case 'undetermined': return { reason: `global rule: ${outcome.reason}`, rule: rule.rule };
    case 'unrecognised': return { reason: `global rule not read: ${outcome.reason}`, rule: rule.rule };
    default: throw new Error(`unknown outcome ${String((outcome as { kind: unknown }).kind)}`);
  }
}

/** A `parts` rule applied without knowing the part: the direction all parts share, or a gap naming them. */
function partsTarget(
  parsed: Extract<GlobalTargetRule, { kind: 'parts' }>, text: string, base: YearValue | undefined, unit: string,
): AppliedTarget | TargetGap {
  if (parsed.parts.every((p) => p.rule.kind === 'non-statistical')) return { reason: 'the global target is non-statistical', rule: text };
  const directions = parsed.parts.map((p) => ({ label: p.label, direction: partDirection(p.rule, base) }));
  const first = directions[0]?.direction;
  const labels = directions.map((d) => d.label).join(', ');
  if (first && directions.every((d) => d.direction === first)) {
    const note = `every part (${labels}) asks to ${first}; no number applies to all`;
    return withLimit({ source: 'global', direction: first, milestones: {}, rule: text, note: parsed.note ? `${note}; ${parsed.note}` : note }, unit);
  }
  const said = directions.map((d) => `${d.label}: ${d.direction ?? 'no direction'}`).join(', ');
  return { reason: `global rule: its parts do not agree on a direction (${said}); a national target must say which applies`, rule: text };
}

/** The way one part of a rule asks to go, read from the base value where the part needs it ("Ratio = 1"). */
function partDirection(rule: GlobalTargetRule, base: YearValue | undefined): DesiredDirection | undefined {
  switch (rule.kind) {
    case 'direction-only': return rule.direction;
    case 'relative': return rule.direction === 'none' ? undefined : rule.direction;
    case 'value': {
      if (rule.comparison === 'at-most') return 'decrease';
      if (rule.comparison === 'at-least') return 'increase';
      const outcome = base ? evaluateGlobalTargetRule(rule, base) : undefined;
      return outcome?.kind === 'value' ? outcome.direction : undefined;
    }
    default: return undefined;
  }
}

function withLimit(applied: AppliedTarget, unit: string, limit?: number): AppliedTarget {
  if (limit !== undefined) return { ...applied, limit, limitFrom: 'target' };
  if (isPercentUnit(unit) && applied.direction === 'increase') return { ...applied, limit: 100, limitFrom: 'unit' };
  return applied;
}

/**
 * A unit that counts things: the SDMX codes `NUMBER`, `NUM_TH`, `NUM_M` …, or a label such as `Number of deaths`;
 * not a rate such as `Number per 100,000 population`. A global "0%" or "≤ 25 per 1,000" says nothing about a count.
 */
export function isCountUnit(unit: string): boolean {
  const u = unit.trim();
  return (/^(NUMBER|NUM_[A-Z0-9_]+)$/.test(u) || /^number\b/i.test(u)) && !/\bper\b|%|PER_/i.test(u);
}

/**
 * A unit that is a share out of 100: the SDMX code `PERCENT`, or a national label such as `percent`, `percent of
 * households` or Open SDG's `Percentage (%)`; not `percentage points`, a change that has no such limit.
 */
export function isPercentUnit(unit: string): boolean {
  if (/\bpoints?\b/i.test(unit)) return false;
  return /^(percent|percentage)\b/i.test(unit.trim()) || /(^|\()%\)?$/.test(unit.trim());
}
