/**
 * Long-format ("tidy") CSV files: one observation per row, with the columns named by the caller (see readTidyCsv).
 * Also the pieces the other CSV readers of this family share: streamed records with line numbers, the observation
 * collector (batches, duplicate rows, series and dimensions met), values and SDG references.
 */
export { csvRecords, type CsvRecord } from './csv-records.ts';
export {
  BATCH_SIZE, ObservationCollector, type DimensionDeclaration, type ReadOptions, type ReadResult,
} from './observation-collector.ts';
export { readTidyCsv, type TidyCsvColumns, type TidyCsvOptions } from './read-tidy-csv.ts';
export { sdgReferences } from './sdg-reference.ts';
