/**
 * The two points a progress method compares, and the small rules the UNSD, Eurostat and ESCAP methods share:
 * which points are the base and the current value, whether a value meets a target, and growth signed so that
 * positive is good.
 */
import { cagr } from './cagr.ts';
import type { DesiredDirection, ProgressInput, YearValue } from './types.ts';

/**
 * Why a method gives `not_available` (the `reason` of its result):
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
 * The base point (the base year's, or the first with a finite value) and the current point (the latest), or why
 * there are none. Points with a non-finite year or value are ignored; order does not matter.
 * @example baseAndCurrent({ series: [{ year: 2020, value: 15 }, { year: 2015, value: 20 }], direction: 'decrease' })
 * // { base: { year: 2015, value: 20 }, current: { year: 2020, value: 15 } }
 */
export function baseAndCurrent(input: ProgressInput): { base: YearValue; current: YearValue } | { reason: NotAvailableReason } {
  const points = input.series
    .filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year))
    .toSorted((a, b) => a.year - b.year);
  const base = input.baseYear === undefined ? points[0] : points.find((p) => p.year === input.baseYear);
  if (!base) return { reason: input.baseYear === undefined || points.length === 0 ? 'too_few_points' : 'no_data_in_base_year' };
  const current = points.at(-1);
  if (!current || current.year <= base.year) return { reason: 'too_few_points' };
  return { base, current };
}

/**
 * What the growth-rate methods (UNSD, Eurostat) read: the base and current points and the compound annual growth
 * rate between them, null when either value is not positive (the rate is undefined there); or why there is nothing
 * to read, including a target year that is not after the base year.
 * @example growthSpan({ series: [{ year: 2015, value: 20 }, { year: 2022, value: 15 }], direction: 'decrease' })
 * // { base: { year: 2015, value: 20 }, current: { year: 2022, value: 15 }, cagr: (15/20)^(1/7) − 1 = −0.0403 }
 */
export function growthSpan(input: ProgressInput): { base: YearValue; current: YearValue; cagr: number | null } | { reason: NotAvailableReason } {
  const span = baseAndCurrent(input);
  if ('reason' in span) return span;
  const { base, current } = span;
  if (input.target && input.target.year <= base.year) return { reason: 'target_year_not_after_base_year' };
  return { base, current, cagr: base.value > 0 && current.value > 0 ? cagr(base.value, base.year, current.value, current.year) : null };
}

/** True when `value` is at or past `target` in the desired direction. @example meets(9, 10, 'decrease') // true */
export function meets(value: number, target: number, direction: DesiredDirection): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}

/** A growth rate made positive-is-good: unchanged for `increase`, negated for `decrease`. */
export function directed(growth: number, direction: DesiredDirection): number {
  return direction === 'increase' ? growth : -growth;
}
