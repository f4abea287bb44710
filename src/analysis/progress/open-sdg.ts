/**
 * Open SDG / Statistics Canada progress measure, as published with Open SDG 2.4.
 *
 * Source: Open SDG documentation, "Progress measurement" (docs/progress-methodology.md, sections "Indicators with
 * quantitative targets", "Indicators without quantitative targets", natural limits and scoring), implemented in
 * sdg-build 2.4 `sdg/ProgressMeasure.py` (SeriesProgress, IndicatorProgress). Results here reproduce Statistics
 * Canada's published `indicator_calculation_components.yml`.
 *
 * Per series (base year t0, default 2015; current year t = latest year with data; d = +1 increase / −1 decrease;
 * s = −1 when the base value is negative, else +1):
 * - without a target: value = s·d·CAGR(y0 → yt); thresholds high 1.5 %, med 0.5 %, low 0 %, each multiplied by the
 *   natural-limit coefficient C when a limit L is set (see {@link limitCoefficient});
 * - with a target yT in year tT: value = s·d·CAGR(y0 → yt) / |CAGR(y0 → yT)|; thresholds 0.95, 0.6, 0 (a limit is
 *   ignored); a current value at or beyond the target gives `target_achieved` and score 5.
 * Status: value ≥ high `substantial_progress`, ≥ med `moderate_progress`, ≥ low `limited_progress`, else
 * `deterioration`. Score −5…5: see {@link openSdgScore}. A met target wins over every other case (score 5; the
 * figure is still given where it can be computed). Indicator: the mean of its series' scores (a `group` of series
 * counts once, with its own mean), classed by {@link statusFromScore}; `target_achieved` when every scored member
 * met its target. Group means are as observed in Canada's published output (Open SDG 2.4 configuration key
 * `group`).
 */
import { cagr } from './cagr.ts';
import type { ProgressInput, ProgressResult, YearValue } from './types.ts';

/** Open SDG's classes. */
export type OpenSdgStatus =
  /** The current value already meets the target. */
  | 'target_achieved'
  /** On track. */
  | 'substantial_progress'
  /** Progress made but acceleration needed. */
  | 'moderate_progress'
  /** Limited progress. */
  | 'limited_progress'
  /** Moving away from the target or the desired direction. */
  | 'deterioration'
  /** Not enough or not usable data; `reason` says why. */
  | 'not_available';

/** Default base year and target year of the method. */
export const OPEN_SDG_BASE_YEAR = 2015;
export const OPEN_SDG_TARGET_YEAR = 2030;
/** Growth-rate thresholds without a target (per year, before the limit coefficient). */
export const OPEN_SDG_CAGR_THRESHOLDS = { high: 0.015, med: 0.005, low: 0 } as const;
/** Ratio thresholds with a target (observed over required growth). */
export const OPEN_SDG_RATIO_THRESHOLDS = { high: 0.95, med: 0.6, low: 0 } as const;
/** Stand-in for a zero target or a zero base value, which the growth rate cannot divide by. */
const ZERO_STAND_IN = 0.001;
/** Exponent of the natural-limit coefficient. */
const LIMIT_EXPONENT = 4.44;

/** A series' result with the components Open SDG publishes beside it. */
export interface OpenSdgSeriesResult extends ProgressResult<OpenSdgStatus> {
  targetAchieved: boolean;
  baseYear?: number;
  baseValue?: number;
  currentYear?: number;
  currentValue?: number;
  /** Natural-limit coefficient C applied to the thresholds (without a target and with a limit). */
  coefficient?: number;
}

/**
 * Assesses one series. Never throws: unusable data gives `not_available` with a reason.
 * Edge cases: no data; base year after the latest year; base year without data (the next year with data is used);
 * a single year from the base year on (`not_available`); zero base value or zero target (0.001 is used, as
 * published); base and current values of opposite signs (`not_available`); negative values (growth sign flipped by
 * s = −1); a target equal to the base value (required growth 0: `not_available` unless already achieved).
 * @example assessOpenSdg({ series: [{year: 2015, value: 14.5}, {year: 2023, value: 10.2}], direction: 'decrease',
 *   target: { value: 7.25, year: 2030 } }) // { status: 'substantial_progress', ratio: 0.95259, score: 2.51856 }
 */
export function assessOpenSdg(input: ProgressInput): OpenSdgSeriesResult {
  const points = input.series.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year));
  if (points.length === 0) return notAvailable('no data');
  const d = input.direction === 'increase' ? 1 : -1;
  const current = points.reduce((a, b) => (b.year > a.year ? b : a));
  const wantedBase = input.baseYear ?? OPEN_SDG_BASE_YEAR;
  const base = pickBase(points, wantedBase);
  if (!base) return notAvailable(`base year ${wantedBase} is after the latest data (${current.year})`);
  const components = { baseYear: base.year, baseValue: base.value, currentYear: current.year, currentValue: current.value };
  const targetValue = input.target ? (input.target.value === 0 ? ZERO_STAND_IN : input.target.value) : undefined;
  const targetAchieved = targetValue !== undefined && (d === -1 ? current.value <= targetValue : current.value >= targetValue);
  const target = input.target && targetValue !== undefined ? { value: targetValue, year: input.target.year } : undefined;
  const m = measure(base, current, d, target, input.limit);
  const figures = 'reason' in m ? {} : {
    cagr: m.cagr, ...(m.ratio === undefined ? {} : { ratio: m.ratio }), ...(m.coefficient === undefined ? {} : { coefficient: m.coefficient }),
  };
  if (targetAchieved) return { status: 'target_achieved', score: 5, targetAchieved, ...figures, ...components };
  if ('reason' in m) return { ...notAvailable(m.reason), ...components };
  const value = m.ratio ?? m.cagr;
  const withTarget = m.ratio !== undefined;
  const thresholds = withTarget ? OPEN_SDG_RATIO_THRESHOLDS : scaled(OPEN_SDG_CAGR_THRESHOLDS, m.coefficient ?? 1);
  return {
    status: classify(value, thresholds), score: openSdgScore(value, { withTarget, coefficient: m.coefficient ?? 1 }),
    targetAchieved: false, ...figures, ...components,
  };
}

/** The progress value: signed CAGR (and C) without a target, the ratio with one; or why there is none. */
function measure(
  base: YearValue, current: YearValue, d: number, target: { value: number; year: number } | undefined, limit: number | undefined,
): { cagr: number; ratio?: number; coefficient?: number } | { reason: string } {
  if (current.year - base.year < 1) return { reason: `one year of data from ${base.year}: at least two are needed` };
  const s = base.value < 0 ? -1 : 1;
  const baseValue = base.value === 0 ? ZERO_STAND_IN : base.value;
  if ((baseValue > 0 && current.value < 0) || (baseValue < 0 && current.value > 0)) {
    return { reason: `base value ${base.value} and current value ${current.value} have opposite signs` };
  }
  const observed = s * d * cagr(baseValue, base.year, current.value, current.year);
  if (!target) return limit === undefined ? { cagr: observed } : { cagr: observed, coefficient: limitCoefficient(base.value, limit) };
  const required = cagr(baseValue, base.year, target.value, target.year);
  if (required === 0 || !Number.isFinite(required)) {
    return { reason: `no growth is required from ${base.value} to the target ${target.value}` };
  }
  return { cagr: observed, ratio: observed / Math.abs(required) };
}

/**
 * Natural-limit coefficient C (0…1) that scales the no-target thresholds near a limit L, with b = |y0|, l = |L|:
 * C = 1 when b ≥ 2l; C = 1 − (b/l)^4.44 when b ≤ l; else C = 1 − ((2l − b)/l)^4.44. At the limit C = 0.
 * @example limitCoefficient(90, 100) // 1 − 0.9^4.44 ≈ 0.3734
 */
export function limitCoefficient(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** LIMIT_EXPONENT;
  return 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
}

/**
 * Score −5…5 of a progress value (piecewise linear, hard-coded on the default thresholds as published).
 * With a target (ratio R): R ≥ 0.6 → min(7.1429·R − 4.2857, 5); else max(4.1667·R − 2.5, −5).
 * Without (signed CAGR v, coefficient C): v < 0 → max(125·v − 2.5, −5); C = 0 → 5; v ≥ 1.5 %·C →
 * min(500·v/C − 5, 5); v ≥ 0.5 %·C → 250·v/C − 1.25; else 500·v/C − 2.5.
 */
export function openSdgScore(value: number, options: { withTarget?: boolean; coefficient?: number } = {}): number {
  if (options.withTarget) {
    return value >= OPEN_SDG_RATIO_THRESHOLDS.med ? Math.min(7.1429 * value - 4.2857, 5) : Math.max(4.1667 * value - 2.5, -5);
  }
  const c = options.coefficient ?? 1;
  const t = scaled(OPEN_SDG_CAGR_THRESHOLDS, c);
  if (value < t.low) return Math.max(125 * value - 2.5, -5);
  if (c === 0) return 5;
  if (value >= t.high) return Math.min((500 * value) / c - 5, 5);
  if (value >= t.med) return (250 * value) / c - 1.25;
  return (500 * value) / c - 2.5;
}

/** An aggregate (a group of series, or the indicator). */
export interface OpenSdgAggregateResult extends ProgressResult<OpenSdgStatus> {
  targetAchieved: boolean;
}

/**
 * Indicator (or group) result from its series or groups: the mean of the scores that exist; `target_achieved` when
 * every scored member has achieved its target; `not_available` when no member has a score. Groups nest: a group's
 * mean counts once in the mean above it (Open SDG `progress_calculation_options` `group`).
 * @example aggregateOpenSdg([{ score: 5 }, { score: 0.5456 }, aggregateOpenSdg([{ score: 5 }, { score: 5 }])])
 *   // score (5 + 0.5456 + 5) / 3 ≈ 3.5152, substantial_progress
 */
export function aggregateOpenSdg(members: { score?: number; targetAchieved: boolean }[]): OpenSdgAggregateResult {
  const scored = members.filter((r) => r.score !== undefined);
  if (scored.length === 0) return { status: 'not_available', reason: 'no series has a score', targetAchieved: false };
  const score = scored.reduce((sum, r) => sum + (r.score as number), 0) / scored.length;
  const targetAchieved = scored.every((r) => r.targetAchieved);
  return { status: statusFromScore(score, targetAchieved), score, targetAchieved };
}

/** Class of an indicator score: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited, [−5, −2.5) deterioration. */
export function statusFromScore(score: number, targetAchieved = false): OpenSdgStatus {
  if (targetAchieved) return 'target_achieved';
  if (score >= 2.5) return 'substantial_progress';
  if (score >= 0) return 'moderate_progress';
  if (score >= -2.5) return 'limited_progress';
  return 'deterioration';
}

function pickBase(points: YearValue[], baseYear: number): YearValue | undefined {
  const exact = points.find((p) => p.year === baseYear);
  if (exact) return exact;
  const later = points.filter((p) => p.year > baseYear);
  return later.length === 0 ? undefined : later.reduce((a, b) => (b.year < a.year ? b : a));
}

function classify(value: number, t: { high: number; med: number; low: number }): OpenSdgStatus {
  if (value >= t.high) return 'substantial_progress';
  if (value >= t.med) return 'moderate_progress';
  if (value >= t.low) return 'limited_progress';
  return 'deterioration';
}

function scaled(t: { high: number; med: number; low: number }, c: number) {
  return { high: t.high * c, med: t.med * c, low: t.low * c };
}

function notAvailable(reason: string): OpenSdgSeriesResult {
  return { status: 'not_available', reason, targetAchieved: false };
}
