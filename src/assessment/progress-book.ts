/**
 * The progress book: every series key of the stored data assessed with every method against the target applied to
 * it, and the views dashboards read from it — indicator results for a scope (the country, an area or a
 * disaggregation), goal summaries, the off-track list with gaps. Pure: built from {@link ProgressData}.
 */
import {
  CLASS_ORDER, OFF_TRACK, PROGRESS_METHODS, assessProgress, escapAnticipatedProgress, indicatorFromSeries, projectProgress, summarise, type AssessedResult,
  type GroupSummary, type ProgressInput, type ProgressMethod, type YearValue,
} from '../analysis/progress/index.ts';
import { appliedTarget, isCountUnit, nationalTargetFor, type AppliedTarget, type TargetGap } from './applied-target.ts';
import type { ProgressData, SeriesPoints } from './progress-data.ts';
import type { StoredProgressTarget } from '../store/progress-targets.ts';

/** A series key with its target and the result of every method. */
export interface AssessedSeries extends SeriesPoints {
  /** Dimensions whose code is not the total `_T`. */
  nonTotal: number;
  /** The key is its series × unit × area's total (fewest non-total dimensions, then most points). */
  isTotal: boolean;
  /**
   * The disaggregation named by the national target covering the key (e.g. `Indicator=Return on assets`),
   * when that target names one: the country's choice of a breakdown to assess (Open SDG `progress_calculation_options`).
   */
  namedBy?: string;
  /** The base point: the first at or after the base year (or the national target's baseline). */
  base?: YearValue;
  target: AppliedTarget | null;
  gap?: TargetGap;
  results: Record<ProgressMethod, AssessedResult>;
}

/** Every assessed key and what the views need. */
export interface ProgressBook {
  countryArea: string | null;
  method: ProgressMethod;
  baseYear: number;
  series: AssessedSeries[];
  framework: ProgressData['framework'];
}

/**
 * Which keys a view reads: `area` (default the country), and optionally one disaggregation code such as
 * `{ id: 'SEX', code: 'F' }` (per series and unit, the key holding it with the fewest other breakdowns: every other dimension at its total where the data have one).
 */
export interface ProgressScope {
  area?: string;
  dimension?: { id: string; code: string };
}

/** An indicator's result in one scope, with the keys it rests on. */
export interface IndicatorProgress extends AssessedResult {
  indicator: string;
  series: AssessedSeries[];
}

export { OFF_TRACK };

/** Assesses every key of `data` with every method. */
export function buildProgressBook(data: ProgressData): ProgressBook {
  const totals = totalKeys(data.series);
  const mixed = indicatorsWithRatesAndCounts(data.series);
  const series = data.series.map((s): AssessedSeries => {
    const nonTotal = Object.values(s.dimensions).filter((c) => c !== '_T').length;
    const isTotal = totals.has(s);
    const targets = mixed.has(s.indicator) && isCountUnit(s.unit) ? data.targets.filter((t) => !unitlessFigures(t)) : data.targets;
    const national = nationalTargetFor(s, targets);
    const named = national && Object.keys(national.dimensions).length > 0 ? { namedBy: dimensionKey(national.dimensions) } : {};
    const firstBase = s.points.find((p) => p.year >= data.baseYear);
    const applied = appliedTarget(s, targets, data.rules.get(s.indicator), firstBase);
    if ('reason' in applied) {
      const results = allMethods(() => ({ status: 'not_available', reason: applied.reason }));
      return { ...s, nonTotal, isTotal, ...named, ...(firstBase ? { base: firstBase } : {}), target: null, gap: applied, results };
    }
    const { input, base } = methodInput(s.points, applied, data.baseYear, isTotal);
    const results = allMethods((m) => {
      if (!input) return { status: 'not_available', reason: `no data in or after ${data.baseYear}` };
      return m === 'escap-ap' && data.escapThresholds ? escapAnticipatedProgress(input, data.escapThresholds) : assessProgress(m, input);
    });
    return { ...s, nonTotal, isTotal, ...named, ...(base ? { base } : {}), target: applied, results };
  });
  return { countryArea: data.countryArea, method: data.method, baseYear: data.baseYear, series, framework: data.framework };
}

/**
 * The keys one scope reads, by indicator, in book order. Without a disaggregation: each series × unit's total key in
 * the area; but where that series has no headline (no key with every dimension at its total) and national targets
 * name breakdowns of it, the keys those targets name instead, one per target (its key with fewest other non-total
 * codes, then most points), as Open SDG assesses the entries of `progress_calculation_options`. With a disaggregation
 * `{ id, code }`: per series × unit, the key holding the code with fewest other non-total codes, then most points.
 */
export function keysInScope(book: ProgressBook, scope: ProgressScope = {}): Map<string, AssessedSeries[]> {
  const keys = keysOfArea(book, scope.area ?? book.countryArea);
  const chosen = new Map<string, AssessedSeries>();
  const choose = (slot: string, s: AssessedSeries): void => {
    const held = chosen.get(slot);
    if (!held || s.nonTotal < held.nonTotal || (s.nonTotal === held.nonTotal && s.points.length > held.points.length)) chosen.set(slot, s);
  };
  if (scope.dimension) {
    const { id, code } = scope.dimension;
    // The group's other dimensions as its total key has them (15 and over, not 15–24, when the total is 15 and over).
    const totals = new Map(keys.filter((s) => s.isTotal).map((s) => [groupOf(s), s.dimensions]));
    const alike = (s: AssessedSeries): boolean => {
      const total = totals.get(groupOf(s));
      return total !== undefined && Object.entries(s.dimensions).every(([d, c]) => d === id || total[d] === c);
    };
    const holding = keys.filter((s) => s.dimensions[id] === code);
    const matched = new Set(holding.filter(alike).map(groupOf));
    for (const s of holding) if (!matched.has(groupOf(s)) || alike(s)) choose(groupOf(s), s);
  } else {
    const headless = new Set(keys.filter((s) => s.isTotal && s.nonTotal > 0).map(groupOf));
    for (const s of keys) if (s.namedBy !== undefined && headless.has(groupOf(s))) choose(`${groupOf(s)}\u0000${s.namedBy}`, s);
    const named = new Set([...chosen.values()].map(groupOf));
    for (const s of keys) if (s.isTotal && !named.has(groupOf(s))) chosen.set(groupOf(s), s);
  }
  const picked = new Set(chosen.values());
  const out = new Map<string, AssessedSeries[]>();
  for (const s of keys) {
    if (!picked.has(s)) continue;
    const list = out.get(s.indicator);
    if (list) list.push(s);
    else out.set(s.indicator, [s]);
  }
  return out;
}

/** Every indicator with data in the scope, its result by `method` (series → indicator by the method's rule). */
export function indicatorsInScope(book: ProgressBook, method: ProgressMethod, scope: ProgressScope = {}): IndicatorProgress[] {
  return [...keysInScope(book, scope)].map(([indicator, series]) => ({
    indicator, ...indicatorFromSeries(method, series.map((s) => s.results[method])), series,
  })).sort((a, b) => compareCodes(a.indicator, b.indicator));
}

/** The national snapshot: summary of all indicators and per goal (an indicator listed under two goals counts in both). */
export function snapshotOf(
  book: ProgressBook, method: ProgressMethod, scope: ProgressScope = {},
): { national: GroupSummary; goals: Record<string, GroupSummary> } {
  const indicators = indicatorsInScope(book, method, scope);
  const goals: Record<string, IndicatorProgress[]> = {};
  for (const i of indicators) {
    for (const g of book.framework.get(i.indicator)?.goals ?? [i.indicator.split('.')[0] as string]) (goals[g] ??= []).push(i);
  }
  const ordered = Object.keys(goals).sort((a, b) => Number(a) - Number(b));
  return { national: summarise(method, indicators), goals: Object.fromEntries(ordered.map((g) => [g, summarise(method, goals[g]!)])) };
}

/**
 * The gap of a key to its target: the latest value, the value the straight path from base to target expects in the
 * latest year, the target, the value the CAGR trend projects for the target year, and the year it meets the target.
 */
export interface TargetGapFigures {
  series: string;
  unit: string;
  current: YearValue;
  expected?: number;
  target?: { year: number; value: number };
  projected?: number;
  metYear?: number | null;
}

/** Gap figures of one key (null without data since the base year). */
export function gapOf(s: AssessedSeries): TargetGapFigures | null {
  const current = s.points.at(-1);
  if (!current || !s.base) return null;
  const out: TargetGapFigures = { series: s.series, unit: s.unit, current };
  const t = s.target?.target;
  if (!t || !s.target) return out;
  out.target = t;
  if (t.year > s.base.year) out.expected = s.base.value + (t.value - s.base.value) * (current.year - s.base.year) / (t.year - s.base.year);
  // The base may be a national baseline with no observation in its year: the trend starts from it, as the methods do.
  const from = s.points.filter((p) => p.year >= s.base!.year);
  const series = from[0]?.year === s.base.year ? from : [s.base, ...from];
  const projection = projectProgress('cagr', { series, direction: s.target.direction, target: t });
  const last = projection.points.at(-1);
  if (last) out.projected = last.value;
  out.metYear = projection.metYear;
  return out;
}

/**
 * Indicators off track by `method` in the scope ({@link OFF_TRACK}), worst first (by class rank, then score),
 * each with the gap of its first key that has a target.
 */
export function offTrackIn(
  book: ProgressBook, method: ProgressMethod, scope: ProgressScope = {},
): (IndicatorProgress & { gap: TargetGapFigures | null })[] {
  const order = CLASS_ORDER[method];
  return indicatorsInScope(book, method, scope)
    .filter((i) => OFF_TRACK[method].includes(i.status))
    .map((i) => ({ ...i, gap: gapOf(statusSeries(i, method)) }))
    .sort((a, b) => order.indexOf(b.status) - order.indexOf(a.status) || (a.score ?? 0) - (b.score ?? 0)
      || compareCodes(a.indicator, b.indicator));
}

/**
 * The key whose figures explain an indicator's class: among keys with the indicator's class, the first with a numeric
 * target, else the first with that class; else the first with a target; else the first.
 */
export function statusSeries(i: IndicatorProgress, method: ProgressMethod): AssessedSeries {
  const same = i.series.filter((s) => s.results[method].status === i.status);
  return same.find((s) => s.target?.target) ?? same[0] ?? i.series.find((s) => s.target?.target) ?? i.series[0]!;
}

/** Compares indicator codes part by part as numbers: 1.2.1 < 1.10.1; letters after digits (1.a.1 > 1.9.1). */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.'), pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '', y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x), ny = Number(y);
    if (Number.isFinite(nx) && Number.isFinite(ny) && x !== '' && y !== '') return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

function allMethods(f: (m: ProgressMethod) => AssessedResult): Record<ProgressMethod, AssessedResult> {
  return Object.fromEntries(PROGRESS_METHODS.map((m) => [m, f(m)])) as Record<ProgressMethod, AssessedResult>;
}

/**
 * The method input of a key: points from the base on. A national target's baseline sets the base year; its value
 * stands in for a missing observation on the key's total.
 */
function methodInput(
  points: YearValue[], applied: AppliedTarget, baseYear: number, isTotal: boolean,
): { input: ProgressInput | null; base?: YearValue } {
  let from = points;
  let base = points.find((p) => p.year >= baseYear);
  if (applied.baseline) {
    const at = points.find((p) => p.year === applied.baseline!.year);
    if (at) base = at;
    else if (isTotal) {
      base = applied.baseline;
      from = [applied.baseline, ...points].sort((a, b) => a.year - b.year);
    } else base = points.find((p) => p.year >= applied.baseline!.year);
  }
  if (!base) return { input: null };
  const input: ProgressInput = { series: from.filter((p) => p.year >= base.year), direction: applied.direction, baseYear: base.year };
  if (applied.target) input.target = applied.target;
  if (applied.limit !== undefined) input.limit = applied.limit;
  return { input, base };
}

/** Series × unit of a key (its area is the scope's). */
function groupOf(s: SeriesPoints): string {
  return `${s.indicator}\u0000${s.series}\u0000${s.unit}`;
}

/** Dimensions as one text, IDs in order: `{ SEX: 'F', AGE: '_T' }` → `AGE=_T|SEX=F`. */
function dimensionKey(dimensions: Record<string, string>): string {
  return Object.keys(dimensions).sort().map((id) => `${id}=${dimensions[id]}`).join('|');
}

const byArea = new WeakMap<ProgressBook, Map<string | null, AssessedSeries[]>>();

/** The keys of one area, indexed once per book (a book is never changed after it is built). */
function keysOfArea(book: ProgressBook, area: string | null): readonly AssessedSeries[] {
  let index = byArea.get(book);
  if (!index) {
    index = new Map();
    for (const s of book.series) {
      const list = index.get(s.area);
      if (list) list.push(s);
      else index.set(s.area, [s]);
    }
    byArea.set(book, index);
  }
  return index.get(area) ?? [];
}

/**
 * Indicators whose keys come both as counts and as rates or shares (3.2.1: deaths and deaths per 1,000 live births).
 * There a national target that names neither series nor unit is read as the rate's: its figures are not applied to
 * the counts (a target of 20 per 1,000 is no target for 82,081 deaths), which then follow the global rule.
 */
function indicatorsWithRatesAndCounts(series: readonly SeriesPoints[]): Set<string> {
  const kinds = new Map<string, Set<boolean>>();
  for (const s of series) kinds.set(s.indicator, (kinds.get(s.indicator) ?? new Set()).add(isCountUnit(s.unit)));
  return new Set([...kinds].filter(([, k]) => k.size === 2).map(([i]) => i));
}

/** A national target with figures (baseline, milestones or target) that names neither series nor unit. */
function unitlessFigures(t: StoredProgressTarget): boolean {
  return t.source === 'national' && t.series === undefined && t.unit === undefined
    && (t.target !== undefined || t.baseline !== undefined || Object.keys(t.milestones).length > 0);
}

/** Per series × unit × area, the key with fewest non-total dimensions, then most points. */
function totalKeys(series: readonly SeriesPoints[]): Set<SeriesPoints> {
  const best = new Map<string, { s: SeriesPoints; nonTotal: number }>();
  for (const s of series) {
    const nonTotal = Object.values(s.dimensions).filter((c) => c !== '_T').length;
    const group = `${s.indicator}\u0000${s.series}\u0000${s.unit}\u0000${s.area}`;
    const held = best.get(group);
    if (!held || nonTotal < held.nonTotal || (nonTotal === held.nonTotal && s.points.length > held.s.points.length)) best.set(group, { s, nonTotal });
  }
  return new Set([...best.values()].map((b) => b.s));
}
