/**
 * SDMX-coded tables: SDMX-CSV 1.0 (`DATAFLOW` first) and 2.0 (`STRUCTURE`, `STRUCTURE_ID`, `ACTION`) data files, and
 * the upload template (the same columns without the structure ones), as CSV or as an XLSX sheet. See codedRowReader.
 */
export { codedRowReader } from './coded-row-reader.ts';
export { columnId, isSdmxCsvHeader, planCodedColumns, type CodedColumns } from './coded-columns.ts';
export { codedRecords, type CodedRecord } from './coded-records.ts';
