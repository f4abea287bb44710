import { createHash } from 'node:crypto';

/**
 * Series codes for Open SDG data, stable across runs and machines:
 * - a file without a `Series` column (or a row with a blank one) has one default series per indicator, coded by the
 *   indicator id: `1.2.1`, `archived-8.3.1`;
 * - a named series is coded by the indicator id and the first 8 hex digits of the SHA-1 of its name (trimmed, NFC):
 *   `3.3.1-1f0c2a9e`; the name itself is the series name.
 * Cells of an SDMX-coded `SERIES` column are codes already and are used as given.
 */
export function seriesCode(indicatorId: string, seriesName: string): string {
  if (seriesName === '') return indicatorId;
  return `${indicatorId}-${createHash('sha1').update(seriesName).digest('hex').slice(0, 8)}`;
}
