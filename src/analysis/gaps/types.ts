/** Shapes of the gap analysis ("leave no one behind"): groups, pairs, yearly gaps and their trend. */

/** A value in a calendar year. @example { year: 2019, value: 62.4 } */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * The breakdowns compared:
 * - `SEX`: female vs male;
 * - `AGE`: each age group vs the age total of the same data;
 * - `URBANISATION`: rural vs urban;
 * - `INCOME_WEALTH_QUANTILE`: poorest quintile Q1 vs richest Q5 (else bottom 40 % vs richest 60 %);
 * - `DISABILITY_STATUS`: persons with disability (PD) vs without (PWD);
 * - `REF_AREA`: each area (division, district) vs the country.
 */
export type GapDimension = 'SEX' | 'AGE' | 'URBANISATION' | 'INCOME_WEALTH_QUANTILE' | 'DISABILITY_STATUS' | 'REF_AREA';

export const GAP_DIMENSIONS: readonly GapDimension[] = ['SEX', 'AGE', 'URBANISATION', 'INCOME_WEALTH_QUANTILE', 'DISABILITY_STATUS', 'REF_AREA'];

/**
 * How the gap moved, along its least-squares line:
 * - `narrowing`: the distance from parity shrinks by more than the tolerance a year;
 * - `widening`: it grows by more than the tolerance a year;
 * - `stable`: it changes by less than the tolerance a year;
 * - `single_year`: the two groups share one year only (or none): no trend.
 */
export type GapTrendClass = 'narrowing' | 'widening' | 'stable' | 'single_year';

/**
 * What the trend rests on: `least_squares` (3 or more common years), `two_years` (the change between the only two
 * common years, a sign of change rather than a fitted trend), `none` (fewer than two).
 */
export type GapTrendBasis = 'least_squares' | 'two_years' | 'none';

/** One key of a series × unit: its area, its disaggregation and its yearly values. */
export interface GroupedKey {
  area: string;
  dimensions: Record<string, string>;
  points: YearValue[];
}

/** The gap between group `a` and group `b` in one year both have. */
export interface YearGap {
  year: number;
  a: number;
  b: number;
  /** a − b, in the unit of the data. */
  gap: number;
  /** a / b; null when b is 0 or either value is negative (see ratioOf). */
  ratio: number | null;
  /** UNESCO adjusted parity index of a over b (0…2, parity 1); null where ratio is. */
  adjustedRatio: number | null;
}

/** The trend of a pair's gap. */
export interface GapTrend {
  class: GapTrendClass;
  basis: GapTrendBasis;
  /** Least-squares slope of a − b per year (two years: their difference over the years between); null under two years. */
  slope: number | null;
  /** Change of the distance from parity |a − b| a year along the fitted line (negative = narrowing); null under two years. */
  distanceChange: number | null;
  /** |distanceChange| below this is `stable`: 1 % of the mean level of the two groups over the common years. */
  tolerance: number | null;
}

/** A pair of interest, e.g. female (a) vs male (b), with its yearly gaps, latest gap and trend. */
export interface GroupPair {
  dimension: GapDimension;
  /** The code of group a (e.g. `F`, `R`, `Q1`, `PD`, an age code, an area code). */
  a: string;
  /** The code of group b (e.g. `M`, `U`, `Q5`, `PWD`, the age total, the country). */
  b: string;
  /** The other dimensions both groups hold, e.g. `{ AGE: 'Y15T24' }` (totals left out). */
  context: Record<string, string>;
  aPoints: YearValue[];
  bPoints: YearValue[];
  years: YearGap[];
  /** The latest common year's gap; null without a common year. */
  latest: YearGap | null;
  trend: GapTrend;
}
