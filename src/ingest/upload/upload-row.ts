import type { Observation } from '../../domain/index.ts';

/**
 * The shapes every upload reader shares (template CSV, Open SDG CSV, XLSX, SDMX-CSV): a reader turns the cells of one
 * data row into an observation or says which column is wrong and why; the upload checker then holds the observation
 * against the indicator (see UploadContext).
 */

/** The formats an upload may come in. */
export type UploadFormat =
  /** the generated CSV template: TIME_PERIOD, SERIES, UNIT_MEASURE, UNIT_MULT, REF_AREA, dimensions, OBS_VALUE, attributes */
  | 'template-csv'
  /** a CSV in Open SDG layout: Year, series/units/breakdown columns, GeoCode, Value */
  | 'opensdg-csv'
  /** the generated XLSX template (its `data` sheet), or any workbook whose first sheet has the template's columns */
  | 'xlsx'
  /** SDMX-CSV 1.0 (first column DATAFLOW) or 2.0 (STRUCTURE, STRUCTURE_ID, optional ACTION) */
  | 'sdmx-csv';

/**
 * One problem with an upload, where it is: `row` is the 1-based CSV line or worksheet row (0 for the whole file),
 * `column` the header name as written in the file ('' when not about one column), `sheet` the worksheet (null for
 * CSV). Example: `{ severity: 'error', file: 'u5mr.xlsx', sheet: 'data', row: 7, column: 'OBS_VALUE',
 * reason: 'not a number: "n/a"' }`.
 */
export interface UploadIssue {
  severity: 'error' | 'warning';
  file: string;
  sheet: string | null;
  row: number;
  column: string;
  reason: string;
}

/** A problem a reader found in one row: the column at fault ('' for the whole row) and why. */
export interface CellProblem {
  column: string;
  reason: string;
}

/** An observation read from a row, before it is checked against the indicator; `area` is the code as written. */
export interface ReadRow {
  observation: Observation;
}

/** Which header names hold the parts of an observation, for messages; null when the file has no such column. */
export interface UploadColumns {
  series: string | null;
  area: string | null;
  period: string;
  value: string;
  unit: string | null;
  /** Dimension ID → header name, e.g. `SEX` → `Sex`. */
  dimensions: Map<string, string>;
  /** The unit multiplier's column, when the reader names it. */
  unitMult?: string | null;
  /** Attribute ID → header name, e.g. `OBS_STATUS` → `OBS_STATUS`, when the reader names them. */
  attributes?: Map<string, string>;
}

/** What each format's reader gives for one file: its columns and a function mapping one data row's cells. */
export interface RowReader {
  columns: UploadColumns;
  map(cells: string[]): ReadRow | { problems: CellProblem[] };
}

/** A checked observation with the row it came from. */
export interface UploadedObservation {
  row: number;
  observation: Observation;
}
