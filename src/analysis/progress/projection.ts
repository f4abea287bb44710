/**
 * Projection: a series' trend extended to the target year, and the year the target would be met at the current pace.
 * Two trends: the compound annual growth rate from the base point to the latest point (as the UNSD, Eurostat and Open
 * SDG methods measure pace), and the ordinary-least-squares line through the points from the base year on.
 *
 * OLS slope and intercept: b = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², a = ȳ − b·x̄ (NIST/SEMATECH e-Handbook of Statistical
 * Methods, section 4.1.4.1 "Linear Least Squares Regression").
 */
import { baseAndCurrent, meets, type NotAvailableReason } from './base-and-current.ts';
import { cagr as compoundGrowth } from './cagr.ts';
import type { ProgressInput, YearValue } from './types.ts';

/** Last year a met year is looked for; a later crossing gives `metYear: null` with `not_by_2100`. */
export const PROJECTION_HORIZON = 2100;

/** How the trend is extended: `cagr` (compound growth from the latest value) or `linear` (OLS line). */
export type ProjectionMethod = 'cagr' | 'linear';

/**
 * Why `metYear` is null:
 * - `already_met`: the latest value meets the target;
 * - `moving_away`: the trend does not move toward the target (away from it, or flat);
 * - `not_by_2100`: the trend moves toward the target but reaches it after {@link PROJECTION_HORIZON} (or never, as
 *   compound growth never reaches zero);
 * - a {@link NotAvailableReason} when no trend can be drawn (`cagr` also needs positive base and latest values).
 */
export type ProjectionReason = 'already_met' | 'moving_away' | 'not_by_2100' | NotAvailableReason;

/**
 * A projection. `points`: one value per year from the year after the latest observation to the target year (empty
 * without a trend); `rate`: the CAGR (fraction per year) for `cagr`, the slope (units per year) for `linear`;
 * `crossing`: the fractional year the trend reaches the target; `metYear`: the first whole year at or past it.
 */
export interface Projection {
  method: ProjectionMethod;
  points: YearValue[];
  rate?: number;
  crossing?: number;
  metYear: number | null;
  reason?: ProjectionReason;
}

/**
 * Extends the series with the given trend to `input.target.year` and finds the year the target is met.
 * The met year is never before the year after the latest observation (a fitted line already past the target while
 * the latest value is not counts as met the next year).
 * @example projectProgress('cagr', { series: [{ year: 2015, value: 20 }, { year: 2022, value: 15 }],
 *   direction: 'decrease', target: { value: 10, year: 2030 } })
 * // rate (15/20)^(1/7) − 1 ≈ −0.04026; crossing 2022 + ln(10/15) / ln(1 − 0.04026) ≈ 2031.87 → metYear 2032
 */
export function projectProgress(method: ProjectionMethod, input: ProgressInput): Projection {
  const target = input.target;
  if (!target) return { method, points: [], metYear: null, reason: 'no_target' };
  const span = baseAndCurrent(input);
  if ('reason' in span) return { method, points: [], metYear: null, reason: span.reason };
  const { base, current } = span;
  const trend = method === 'cagr' ? cagrTrend(base, current) : linearTrend(input.series, base, current);
  if ('reason' in trend) return { method, points: [], metYear: null, reason: trend.reason };
  const points: YearValue[] = [];
  for (let year = current.year + 1; year <= target.year; year++) points.push({ year, value: trend.at(year) });
  const projection = { method, points, rate: trend.rate };
  if (meets(current.value, target.value, input.direction)) return { ...projection, metYear: null, reason: 'already_met' };
  const towards = input.direction === 'increase' ? trend.rate > 0 : trend.rate < 0;
  if (!towards) return { ...projection, metYear: null, reason: 'moving_away' };
  const crossing = trend.crossing(target.value);
  if (!Number.isFinite(crossing) || crossing > PROJECTION_HORIZON) return { ...projection, metYear: null, reason: 'not_by_2100' };
  return { ...projection, crossing, metYear: Math.max(Math.ceil(crossing), current.year + 1) };
}

/** Both projections of a series, for a chart that draws them side by side. */
export function projectBoth(input: ProgressInput): Record<ProjectionMethod, Projection> {
  return { cagr: projectProgress('cagr', input), linear: projectProgress('linear', input) };
}

/**
 * Ordinary least squares through `points`: slope b and intercept a of y = a + b·x (formula in the module comment).
 * @example leastSquares([{ year: 2015, value: 20 }, { year: 2018, value: 18 }, { year: 2021, value: 13 }])
 * // x̄ 2018, ȳ 17, b = −21 / 18 ≈ −1.1667, a = 17 + 1.1667·2018
 */
export function leastSquares(points: readonly YearValue[]): { slope: number; intercept: number } {
  const mx = points.reduce((s, p) => s + p.year, 0) / points.length;
  const my = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxy = 0, sxx = 0;
  for (const p of points) { sxy += (p.year - mx) * (p.value - my); sxx += (p.year - mx) ** 2; }
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

interface Trend { rate: number; at(year: number): number; crossing(value: number): number }

function cagrTrend(base: YearValue, current: YearValue): Trend | { reason: NotAvailableReason } {
  if (!(base.value > 0 && current.value > 0)) return { reason: 'non_positive_value' };
  const rate = compoundGrowth(base.value, base.year, current.value, current.year);
  return {
    rate,
    at: (year) => current.value * (1 + rate) ** (year - current.year),
    // A non-positive target is never reached by compound growth: NaN, reported as not_by_2100.
    crossing: (value) => (value > 0 ? current.year + Math.log(value / current.value) / Math.log(1 + rate) : Number.NaN),
  };
}

/** A series that never went below zero (a rate, a share, a count) is projected no lower than zero. */
function linearTrend(series: readonly YearValue[], base: YearValue, current: YearValue): Trend {
  const points = series.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year) && p.year >= base.year && p.year <= current.year);
  const { slope, intercept } = leastSquares(points);
  const floor = points.every((p) => p.value >= 0) ? 0 : -Infinity;
  return { rate: slope, at: (year) => Math.max(floor, intercept + slope * year), crossing: (value) => (value - intercept) / slope };
}
