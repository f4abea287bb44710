import type { TimePeriodKind } from '../../domain/index.ts';

/** What a stored period gives: its kind, canonical label and first and last day. */
export interface StoredPeriod {
  kind: TimePeriodKind | string;
  label: string;
  start: string;
  end: string;
}

/**
 * A period in SDMX `ObservationalTimePeriod` form, the TIME_PERIOD representation of the SDG DSD (SDMX 2.1 Standards,
 * Section 6 "Technical Notes", 4.2 "Time and Time Format": 4.2.2 Gregorian periods, 4.2.5 reporting periods, 4.2.7
 * time ranges), with the frequency (CL_FREQ) that goes with it.
 *
 * | kind | stored label | TIME_PERIOD | FREQ |
 * |---|---|---|---|
 * | year | `2015` | `2015` (xs:gYear) | A |
 * | fiscal-year | `2014/15` | `2014-A1` (reporting year) | A |
 * | quarter | `2024-Q1` | `2024-Q1` (reporting quarter) | Q |
 * | month | `2020-05` | `2020-05` (xs:gYearMonth) | M |
 * | range | `2010-2015` | `2010-01-01/P6Y` (time range) | A |
 * | date-range | `2020-05-15/2020-06-14` | `2020-05-15/P31D` (time range) | A |
 *
 * A fiscal year is an SDMX reporting year: a year-long period named by the year it starts in (`2014-A1` for 2014/15),
 * whose first day the REPORTING_YEAR_START_DAY attribute would give. The product does not know the national fiscal
 * start (Bangladesh's is 1 July, other countries' differ), and the SDG DSD has no REPORTING_YEAR_START_DAY, so this is
 * the only SDMX form that says "one fiscal year starting in 2014" without inventing a start date; a time range over
 * both calendar years (`2014-01-01/P2Y`) would claim two years of data. The label as published (`2014/15`) goes to the
 * TIME_DETAIL attribute (see sdmxObservation), so nothing is lost: the SDMX importer takes the stored period back from
 * TIME_DETAIL when it names the same span (a fiscal year for `YYYY-A1`), and parseTimePeriod reads every form here. Ranges and dated ranges are time ranges: start date
 * and ISO 8601 duration in whole years when they run from 1 January to 31 December, else in days.
 * @example sdmxTimePeriod({ kind: 'fiscal-year', label: '2014/15', start: '2014-01-01', end: '2015-12-31' }) // { period: '2014-A1', freq: 'A' }
 * @example sdmxTimePeriod({ kind: 'range', label: '2010-2015', start: '2010-01-01', end: '2015-12-31' }) // { period: '2010-01-01/P6Y', freq: 'A' }
 */
export function sdmxTimePeriod(p: StoredPeriod): { period: string; freq: string } {
  switch (p.kind) {
    case 'year': return { period: p.label, freq: 'A' };
    case 'fiscal-year': return { period: `${p.start.slice(0, 4)}-A1`, freq: 'A' };
    case 'quarter': return { period: p.label, freq: 'Q' };
    case 'month': return { period: p.label, freq: 'M' };
    default: return { period: timeRange(p.start, p.end), freq: 'A' };
  }
}

/** `2010-01-01/P6Y` for whole calendar years, else `2020-05-15/P31D` (both ends counted). */
function timeRange(start: string, end: string): string {
  if (start.endsWith('-01-01') && end.endsWith('-12-31')) {
    return `${start}/P${Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1}Y`;
  }
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return `${start}/P${days}D`;
}
