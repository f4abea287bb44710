/**
 * ESCAP methods: the Current Status Index (how much of the progress needed from the base year to the target has been
 * made, compared with the share of the time that has passed) and Anticipated Progress (where the trend puts the
 * indicator in the target year, compared with the target).
 *
 * Sources: United Nations ESCAP, "Asia and the Pacific SDG Progress Report", annex "Technical notes — methodology to
 * measure progress" (data.unescap.org/dataviz/methodology/technical-notes.html), sections "Measures for tracking
 * progress", "Current Status Index" ("the values for the current year and the [base] year can be used to measure
 * the progress made since [then], in relation to the progress needed to reach the SDG target by 2030") and
 * "Anticipated Progress Index" ("measures the gap between predicted value of the indicator and specified target
 * value"); A. Bidarbakht Nia, "Tracking progress towards the SDGs: measuring the otherwise ambiguous progress",
 * ESCAP SD/WP/05 (2017); UNECE, "Technical notes on the progress assessment" (2022–2026), which applies the same
 * index: "time-weighted linear regression … gives more importance to more recent data", and colours a target green
 * "if the pace of progress is sufficient to reach the target value by 2030", yellow "if progress needs to accelerate"
 * and red "if the currently observed trend runs counter to the desired direction". The regression weights of ESCAP
 * SD/WP/04 (2017) are not restated in these sources; ours are stated on {@link escapAnticipatedProgress}.
 *
 * The two methods class a series alike whenever its points since the base year lie on a straight line (two points
 * always do): the line then projects P − x₀ = (x_t − x₀)(T − t₀)/(t − t₀), so the Anticipated Progress ratio equals
 * index / expected of the Current Status, and ratio ≥ 1 ⇔ index ≥ expected, ratio ≥ 0 ⇔ index ≥ 0. They part only
 * where the weighted line bends away from the base point (three or more points off a line).
 */
import { baseAndCurrent, meets, type NotAvailableReason } from './base-and-current.ts';
import type { ProgressInput, ProgressResult, YearValue } from './types.ts';

/**
 * Current Status classes:
 * - `target_achieved`: the current value meets the target (index 1);
 * - `on_expected_path`: the share of required progress made is at least the share of time passed;
 * - `behind_expected_path`: some progress, or none (index 0), but less than the time passed asks for;
 * - `regressing`: the value moved away from the target since the base year (index below 0);
 * - `not_available`: see `reason`.
 */
export type EscapStatusClass = 'target_achieved' | 'on_expected_path' | 'behind_expected_path' | 'regressing' | 'not_available';

/** Current Status result: `index`, share of the required progress made (at most 1); `expected`, share of time passed. */
export interface EscapStatusResult extends ProgressResult<EscapStatusClass> {
  index?: number;
  expected?: number;
}

/**
 * Anticipated Progress classes (ESCAP's dashboard words):
 * - `target_achieved`: the current value already meets the target;
 * - `maintain_progress`: the trend reaches the target by the target year;
 * - `accelerate_progress`: the trend moves toward the target but falls short;
 * - `reverse_trend`: the trend moves away from the target;
 * - `not_available`: see `reason`.
 */
export type EscapAnticipatedClass = 'target_achieved' | 'maintain_progress' | 'accelerate_progress' | 'reverse_trend' | 'not_available';

/** Anticipated Progress result: `projected`, the trend's value in the target year; `ratio`, projected / required progress. */
export interface EscapAnticipatedResult extends ProgressResult<EscapAnticipatedClass> {
  projected?: number;
}

/** Lower bounds of the anticipated-progress ratio: on track at `maintain` and above, moving the wrong way below `reverse`. */
export interface EscapAnticipatedThresholds {
  maintain: number;
  reverse: number;
}

/**
 * Default bounds: the full required progress (1: the trend reaches the target by the target year) and no progress
 * (0: below it the trend runs counter to the desired direction), as the ESCAP/UNECE notes class them. The national
 * office may set others.
 */
export const ESCAP_ANTICIPATED_THRESHOLDS: EscapAnticipatedThresholds = Object.freeze({ maintain: 1, reverse: 0 });

/**
 * Current Status Index of one series: index = (x_t − x_0) / (X − x_0) (SD/WP/05: "the progress made since 2000 in
 * relation to the progress needed during 2000 to 2030"), capped at 1, against the expected share
 * e = (t − t_0) / (T − t_0), capped at 1. The notes give the index and its goal mean; the expected share and the
 * classes below are ours, so a series reads "on path" when it has made at least its share of the time. Linear in
 * the values, so zero, negative and mixed-sign series are assessed. A base value already at or past the target
 * gives `target_achieved` while the current value still meets it, and `regressing` (no index) once it does not.
 *
 * @example escapCurrentStatus({ series: [{ year: 2015, value: 40 }, { year: 2020, value: 55 }], direction: 'increase',
 *   target: { value: 100, year: 2030 } })
 * // index = 15 / 60 = 0.25, expected = 5 / 15 = 0.333 → { status: 'behind_expected_path', index: 0.25, expected: 0.333 }
 */
export function escapCurrentStatus(input: ProgressInput): EscapStatusResult {
  const checked = check(input);
  if ('reason' in checked) return { status: 'not_available', reason: checked.reason };
  const { base, current, target } = checked;
  const expected = Math.min(1, (current.year - base.year) / (target.year - base.year));
  if (meets(current.value, target.value, input.direction)) return { status: 'target_achieved', index: 1, expected };
  if (meets(base.value, target.value, input.direction)) return { status: 'regressing', expected };
  const index = (current.value - base.value) / (target.value - base.value);
  const status = index < 0 ? 'regressing' : index >= expected ? 'on_expected_path' : 'behind_expected_path';
  return { status, index, expected };
}

/**
 * A goal's Current Status score: the mean of its indicators' indexes (each at most 1), or null without any.
 * @example escapGoalScore([0.25, 1, -0.5]) // (0.25 + 1 − 0.5) / 3 = 0.25
 */
export function escapGoalScore(indexes: readonly number[]): number | null {
  return indexes.length === 0 ? null : indexes.reduce((sum, i) => sum + i, 0) / indexes.length;
}

/**
 * Anticipated Progress of one series: the value projected to the target year by a time-weighted least-squares line
 * through the points from the base year on (weight of a point = years since the base year + 1, so recent data count
 * more; two points give the line through them; ESCAP's own weights are not restated in the cited notes), then
 * ratio = (P − x_0) / (X − x_0), the share of the required progress the trend will have made. ratio ≥ `maintain` →
 * maintain progress (the trend reaches the target), ≥ `reverse` → accelerate, below → reverse the trend (it runs
 * counter to the desired direction), as in the UNECE notes quoted above. Linear, so zero, negative and mixed-sign
 * values are assessed; a series that never went below zero is projected no lower than zero (a rate cannot fall below
 * it). A current value meeting the target is `target_achieved`; a base value past the target that the series has
 * since fallen back from is `reverse_trend`.
 *
 * @example escapAnticipatedProgress({ series: [{ year: 2015, value: 20 }, { year: 2020, value: 15 }],
 *   direction: 'decrease', target: { value: 10, year: 2030 } })
 * // slope −1 a year, P = 15 − 10 = 5, ratio = (5 − 20) / (10 − 20) = 1.5 → { status: 'maintain_progress', … }
 */
export function escapAnticipatedProgress(
  input: ProgressInput,
  thresholds: EscapAnticipatedThresholds = ESCAP_ANTICIPATED_THRESHOLDS,
): EscapAnticipatedResult {
  const checked = check(input);
  if ('reason' in checked) return { status: 'not_available', reason: checked.reason };
  const { base, current, target } = checked;
  if (meets(current.value, target.value, input.direction)) return { status: 'target_achieved' };
  const points = input.series.filter((p) => Number.isFinite(p.value) && p.year >= base.year && p.year <= current.year);
  // A series that never went below zero (a rate, a share, a count) is projected no lower than zero.
  const trend = weightedTrendAt(points, base.year, target.year);
  const projected = points.every((p) => p.value >= 0) ? Math.max(0, trend) : trend;
  if (meets(base.value, target.value, input.direction)) return { status: 'reverse_trend', projected };
  const ratio = (projected - base.value) / (target.value - base.value);
  const status = ratio >= thresholds.maintain ? 'maintain_progress' : ratio >= thresholds.reverse ? 'accelerate_progress' : 'reverse_trend';
  return { status, projected, ratio };
}

function check(input: ProgressInput):
  { base: YearValue; current: YearValue; target: { value: number; year: number } } | { reason: NotAvailableReason } {
  if (!input.target) return { reason: 'no_target' };
  const span = baseAndCurrent(input);
  if ('reason' in span) return span;
  if (input.target.year <= span.base.year) return { reason: 'target_year_not_after_base_year' };
  return { ...span, target: input.target };
}

/** Weighted least-squares line through `points` (weight = year − baseYear + 1), evaluated at `year`. */
function weightedTrendAt(points: readonly YearValue[], baseYear: number, year: number): number {
  let w = 0, sx = 0, sy = 0;
  for (const p of points) { const wi = p.year - baseYear + 1; w += wi; sx += wi * p.year; sy += wi * p.value; }
  const mx = sx / w, my = sy / w;
  let sxy = 0, sxx = 0;
  for (const p of points) { const wi = p.year - baseYear + 1; sxy += wi * (p.year - mx) * (p.value - my); sxx += wi * (p.year - mx) ** 2; }
  return my + (sxy / sxx) * (year - mx);
}
