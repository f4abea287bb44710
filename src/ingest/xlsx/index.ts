/**
 * XLSX workbooks: the upload template's `data` sheet (or a workbook's first sheet) streamed row by row as texts, read
 * with exceljs. The rows then go to the reader their header calls for (SDMX-coded or Open SDG layout).
 */
export { cellText } from './cell-text.ts';
export { periodOfDateCell } from './date-period.ts';
export { DATA_SHEET, UnreadableWorkbookError, workbookRows, type WorksheetRow } from './workbook-rows.ts';
