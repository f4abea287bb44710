import type { ObservationRecord } from '../../store/index.ts';

/** The observation table the CSV and XLSX downloads share: a header and rows of text, numbers or nothing. */
export interface ObservationTable {
  header: string[];
  rows: (string | number | null)[][];
}

/**
 * An indicator's observations as SDMX-CSV-like columns: INDICATOR, SERIES, REF_AREA, TIME_PERIOD, one column per
 * dimension the rows have (sorted by ID), OBS_VALUE, UNIT_MEASURE, UNIT_MULT, OBS_STATUS, NATURE, COMMENT_OBS, then one
 * column per other attribute the rows have (sorted by ID: SOURCE_DETAIL, TIME_DETAIL, …). A missing code or attribute
 * is an empty cell. `indicatorCode` may be given per row (a download of several indicators).
 * @example observationTable('3.2.1', rows).header // ['INDICATOR', 'SERIES', 'REF_AREA', 'TIME_PERIOD', 'SEX', 'OBS_VALUE', 'UNIT_MEASURE', …]
 */
export function observationTable(indicatorCode: string | ((row: ObservationRecord) => string), rows: readonly ObservationRecord[]): ObservationTable {
  const codeOf = typeof indicatorCode === 'string' ? () => indicatorCode : indicatorCode;
  const dims = [...new Set(rows.flatMap((r) => Object.keys(r.dimensions)))].sort();
  const attrs = [...new Set(rows.flatMap((r) => Object.keys(r.attributes)))].sort();
  const header = ['INDICATOR', 'SERIES', 'REF_AREA', 'TIME_PERIOD', ...dims, 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'OBS_STATUS', 'NATURE', 'COMMENT_OBS', ...attrs];
  return {
    header,
    rows: rows.map((r) => [
      codeOf(r), r.series, r.area, r.timePeriod, ...dims.map((d) => r.dimensions[d] ?? null), r.value, r.unit,
      r.unitMult, r.obsStatus, r.nature, r.comment, ...attrs.map((a) => r.attributes[a] ?? null),
    ]),
  };
}

/**
 * The download's file name: `indicator_3-2-1`, or `indicator_3-2-1_SH_DYN_MORT` for one series, then the extension; any
 * run of characters other than letters, digits, `_` and `-` becomes one `-` (`3.3.1-1f0c2a9e` → `3-3-1-1f0c2a9e`).
 * @example downloadFileName('3.2.1', 'SH_DYN_MORT', 'xlsx') // 'indicator_3-2-1_SH_DYN_MORT.xlsx'
 */
export function downloadFileName(code: string, series: string | undefined, extension: string): string {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `indicator_${safe(code)}${series === undefined ? '' : `_${safe(series)}`}.${extension}`;
}
