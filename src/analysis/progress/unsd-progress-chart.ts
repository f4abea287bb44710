/**
 * UNSD Progress Chart method: the ratio of the actual compound annual growth rate (CAGR) since the base year to the
 * CAGR required to reach the target in the target year; without a target, the direction-adjusted CAGR itself.
 *
 * Source: United Nations Statistics Division, "The Sustainable Development Goals Report — Progress Chart, technical
 * note" (2022 edition), section II "The proposed methodology": (a) measuring the trend for indicators without an
 * explicit numerical target, (b) measuring the trend for indicators with an explicit numerical target.
 *
 * The input shape ({@link ProgressInput}) and the span and growth helpers below are shared by the Eurostat and ESCAP
 * methods beside this file; they move to the progress folder's common types once those exist.
 */

/** Which way an indicator should move: `increase` (e.g. access to electricity) or `decrease` (e.g. poverty rate). */
export type DesiredDirection = 'increase' | 'decrease';

/** One observation of a series: `{ year: 2015, value: 20 }`. */
export interface ProgressPoint {
  year: number;
  value: number;
}

/**
 * What every progress method takes: the series' points (any order; non-finite values are ignored), the desired
 * direction, an optional target (value to reach by year) and an optional base year (default: the first year with
 * data). The latest point after the base year is the current value.
 */
export interface ProgressInput {
  points: readonly ProgressPoint[];
  direction: DesiredDirection;
  target?: { value: number; year: number };
  baseYear?: number;
}

/**
 * Why a method gives `not_available`:
 * - `too_few_points`: no observation after the base year (a single data point has no trend);
 * - `no_data_in_base_year`: the base year asked for has no observation;
 * - `non_positive_value`: a growth rate needs positive base and current values (and a non-negative target);
 * - `target_year_not_after_base_year`: the target year is the base year or earlier;
 * - `no_target`: the method needs a target and none was given.
 */
export type NotAvailableReason =
  | 'too_few_points'
  | 'no_data_in_base_year'
  | 'non_positive_value'
  | 'target_year_not_after_base_year'
  | 'no_target';

/**
 * UNSD trend classes:
 * - `on_track`: substantial progress / on track (includes a target already met);
 * - `fair_progress`: fair progress, but acceleration needed;
 * - `limited_progress`: limited or no progress;
 * - `deterioration`: moving away from the target;
 * - `not_available`: see `reason`.
 */
export type UnsdStatus = 'on_track' | 'fair_progress' | 'limited_progress' | 'deterioration' | 'not_available';

/** Result: the class; the actual CAGR (fraction per year, 0.01 = 1 %); the actual / required ratio with a target. */
export interface UnsdResult {
  status: UnsdStatus;
  cagr: number | null;
  ratio: number | null;
  targetMet?: boolean;
  reason?: NotAvailableReason;
}

/** Lower bounds of the classes, from on track down (deterioration is below the last). */
export interface UnsdThresholds {
  onTrack: number;
  fair: number;
  limited: number;
}

/** Ratio bounds with a target, technical note II(b): on track ≥ 0.95, fair 0.5–0.95, limited −0.1–0.5. */
export const UNSD_RATIO_THRESHOLDS: UnsdThresholds = Object.freeze({ onTrack: 0.95, fair: 0.5, limited: -0.1 });

/**
 * Direction-adjusted CAGR bounds without a target (fractions per year): on track ≥ 1 %, fair 0.5–1 %,
 * limited −0.5–0.5 %, deterioration below −0.5 %. Configurable, as the note sets bands per indicator group.
 */
export const UNSD_CAGR_THRESHOLDS: UnsdThresholds = Object.freeze({ onTrack: 0.01, fair: 0.005, limited: -0.005 });

/**
 * Assesses a series by the UNSD Progress Chart method.
 *
 * With a target: actual CAGR a = (x_t / x_0)^(1/(t − t0)) − 1, required CAGR r = (X / x_0)^(1/(T − t0)) − 1,
 * ratio = a / r (positive when moving the right way, whichever the direction), classed by `ratioThresholds`. A
 * current value already at or past the target is `on_track` with `targetMet` (whatever its sign: 0 % poverty meets a
 * 0 % target; cagr is then null unless both values are positive); a base value past the target that the
 * series has since fallen back from is `deterioration` (ratio null). A target of 0 is allowed (r = −1).
 * Without a target: the CAGR, sign flipped when the desired direction is `decrease`, classed by `cagrThresholds`.
 * Zero or negative base or current values (hence mixed signs) give `not_available` / `non_positive_value`.
 *
 * @example unsdProgressChart({ points: [{ year: 2015, value: 20 }, { year: 2020, value: 15 }], direction: 'decrease',
 *   target: { value: 10, year: 2030 } })
 * // a = (15/20)^(1/5) − 1 = −0.0559, r = (10/20)^(1/15) − 1 = −0.0452, ratio 1.24 → { status: 'on_track', … }
 */
export function unsdProgressChart(
  input: ProgressInput,
  ratioThresholds: UnsdThresholds = UNSD_RATIO_THRESHOLDS,
  cagrThresholds: UnsdThresholds = UNSD_CAGR_THRESHOLDS,
): UnsdResult {
  const span = progressSpan(input);
  if ('reason' in span) return unavailable(span.reason);
  const { base, current } = span;
  const { target, direction } = input;
  if (target && target.year <= base.year) return unavailable('target_year_not_after_base_year');
  const positive = base.value > 0 && current.value > 0;
  const cagr = positive ? compoundGrowth(base, current) : null;
  if (target && meets(current.value, target.value, direction)) return { status: 'on_track', cagr, ratio: null, targetMet: true };
  if (cagr === null || (target && target.value < 0)) return unavailable('non_positive_value');
  if (!target) return { status: classify(directed(cagr, direction), cagrThresholds), cagr, ratio: null };
  if (meets(base.value, target.value, direction)) return { status: 'deterioration', cagr, ratio: null, targetMet: false };
  const ratio = cagr / compoundGrowth(base, target);
  return { status: classify(ratio, ratioThresholds), cagr, ratio, targetMet: false };
}

/** The base and current points of a series, or why there are none. */
export function progressSpan(input: ProgressInput): { base: ProgressPoint; current: ProgressPoint } | { reason: NotAvailableReason } {
  const points = input.points.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year)).toSorted((a, b) => a.year - b.year);
  const base = input.baseYear === undefined ? points[0] : points.find((p) => p.year === input.baseYear);
  if (!base) return { reason: input.baseYear === undefined || points.length === 0 ? 'too_few_points' : 'no_data_in_base_year' };
  const current = points.at(-1);
  if (!current || current.year <= base.year) return { reason: 'too_few_points' };
  return { base, current };
}

/** Compound annual growth from one point to another: (to / from)^(1/years) − 1, a fraction per year. */
export function compoundGrowth(from: ProgressPoint, to: ProgressPoint): number {
  return (to.value / from.value) ** (1 / (to.year - from.year)) - 1;
}

/** True when `value` is at or past `target` in the desired direction. */
export function meets(value: number, target: number, direction: DesiredDirection): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}

/** A growth rate made positive-is-good: unchanged for `increase`, negated for `decrease`. */
export function directed(growth: number, direction: DesiredDirection): number {
  return direction === 'increase' ? growth : -growth;
}

function classify(value: number, t: UnsdThresholds): UnsdStatus {
  if (value >= t.onTrack) return 'on_track';
  if (value >= t.fair) return 'fair_progress';
  if (value >= t.limited) return 'limited_progress';
  return 'deterioration';
}

function unavailable(reason: NotAvailableReason): UnsdResult {
  return { status: 'not_available', cagr: null, ratio: null, reason };
}
