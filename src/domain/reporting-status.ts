/**
 * Reporting status of a national indicator, as in Open SDG (`reporting_status` in indicator config):
 * - `complete`: data reported and published;
 * - `inprogress`: data being sourced or exploring data sources;
 * - `notstarted`: no work started;
 * - `notapplicable`: the indicator does not apply to the country.
 */
export type ReportingStatus = 'complete' | 'inprogress' | 'notstarted' | 'notapplicable';

export const REPORTING_STATUSES: readonly ReportingStatus[] = ['complete', 'inprogress', 'notstarted', 'notapplicable'];

/** Narrows a string to a reporting status; anything else (e.g. `'done'`) returns null. */
export function asReportingStatus(value: unknown): ReportingStatus | null {
  return typeof value === 'string' && (REPORTING_STATUSES as readonly string[]).includes(value)
    ? (value as ReportingStatus)
    : null;
}
