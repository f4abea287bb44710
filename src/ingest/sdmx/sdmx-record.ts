/**
 * One observation as a data file gives it, before any check: the codes and texts by component ID (`SERIES`,
 * `REF_AREA`, `SEX`, `TIME_PERIOD`, `OBS_VALUE`, `UNIT_MEASURE`, `COMMENT_OBS` …), split by where the file put them.
 * Example (StructureSpecificData): `{ line: 21, seriesLine: 20, series: { SERIES: 'SI_POV_DAY1', REF_AREA: 'RW',
 * SEX: '_T', …, UNIT_MEASURE: 'PT' }, obs: { TIME_PERIOD: '2000', OBS_VALUE: '82.3', OBS_STATUS: 'A', … } }`.
 * An SDMX-CSV record has everything in `obs` and `seriesLine` = `line`.
 */
export interface SdmxRecord {
  /** 1-based line of the Obs element (where its start tag ends) or of the CSV record. */
  line: number;
  /** 1-based line of the enclosing Series element (its start tag), or `line` when there is none. */
  seriesLine: number;
  /** Values given on the series (its key and series-level attributes). */
  series: Record<string, string>;
  /** Values given on the observation (time, value, observation-level attributes; every column in SDMX-CSV). */
  obs: Record<string, string>;
}

/** The kinds of data file the SDMX importer reads. */
export type SdmxDataFormat =
  /** SDMX-ML 2.1 GenericData (`generic:Series`, `generic:SeriesKey`, `generic:Obs`). */
  | 'generic'
  /** SDMX-ML 2.1 StructureSpecificData (components as XML attributes of `Series` and `Obs`). */
  | 'structure-specific'
  /** SDMX-CSV 1.0 (`DATAFLOW` first) or 2.0 (`STRUCTURE`, `STRUCTURE_ID`, optional `ACTION`). */
  | 'sdmx-csv';
