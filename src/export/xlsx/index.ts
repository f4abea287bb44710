/** Per-indicator downloads: the observation table shared with the CSV, and the XLSX workbook with a metadata sheet. */
export { downloadFileName, observationTable, type ObservationTable } from './observation-table.ts';
export { DATA_SHEET_NAME, indicatorWorkbook, METADATA_SHEET_NAME, type WorkbookAbout } from './indicator-workbook.ts';
