/**
 * Shapes shared by the progress methods (Open SDG, UNSD, Eurostat, ESCAP): what goes in (a series of yearly values,
 * the desired direction, an optional target, base year and natural limit) and what comes out (a status in the
 * method's own words, with the figure it rests on). Pure data: no database, no clock.
 */

/** Which way is good: `increase` (e.g. access to electricity) or `decrease` (e.g. poverty rate). Never defaulted. */
export type DesiredDirection = 'increase' | 'decrease';

/** One observation of the series. @example { year: 2015, value: 14.5 } */
export interface YearValue {
  /** Calendar year (a range such as 2015/2016 is given by its first year). */
  year: number;
  value: number;
}

/** A numeric target. @example { value: 7.25, year: 2030 } */
export interface ProgressTarget {
  value: number;
  year: number;
}

/** What a method assesses: one series (one unit, one disaggregation) of one indicator. */
export interface ProgressInput {
  /** Observations in any order; one per year. */
  series: YearValue[];
  direction: DesiredDirection;
  /** Quantitative target; without it the method judges the trend alone. */
  target?: ProgressTarget;
  /** First year of the assessment (default chosen by each method, 2015 for Open SDG). */
  baseYear?: number;
  /** Natural limit the value cannot pass (e.g. 100 for a percentage); used without a target. */
  limit?: number;
}

/** The answer of a method for one series or one aggregate. */
export interface ProgressResult<Status extends string = string> {
  /** The method's own class, e.g. `substantial_progress`; `not_available` when it cannot judge. */
  status: Status;
  /** Open SDG score, −5 (worst) … 5 (best). */
  score?: number;
  /** Observed compound annual growth rate (signed by the desired direction where the method does so). */
  cagr?: number;
  /** Observed over required growth rate (methods with a target). */
  ratio?: number;
  /** Why the status is `not_available` or why an edge case was resolved as it was. */
  reason?: string;
}
