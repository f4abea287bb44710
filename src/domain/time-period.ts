/**
 * A typed time period. Real SDG files hold years (`2015`), fiscal years (`2014/15`), quarters (`2024 Q1`),
 * months, ranges (`2010-2015`) and dated ranges; all reduce to one canonical label plus start and end dates.
 *
 * - `year`: `2015` → 2015-01-01 … 2015-12-31
 * - `fiscal-year`: `2014/15` → 2014-01-01 … 2015-12-31 (the fiscal start month is national; the two calendar years are kept)
 * - `quarter`: `2024-Q1` → 2024-01-01 … 2024-03-31
 * - `month`: `2020-05` → 2020-05-01 … 2020-05-31
 * - `range`: `2010-2015` → 2010-01-01 … 2015-12-31
 * - `date-range`: `2020-05-15/2020-06-14`
 */
export type TimePeriodKind = 'year' | 'fiscal-year' | 'quarter' | 'month' | 'range' | 'date-range';

export interface TimePeriod {
  kind: TimePeriodKind;
  /** Canonical label, e.g. `2014/15`, `2024-Q1`, `2010-2015`. */
  label: string;
  /** ISO date of the first day, e.g. `2014-01-01`. */
  start: string;
  /** ISO date of the last day, e.g. `2015-12-31`. */
  end: string;
}
