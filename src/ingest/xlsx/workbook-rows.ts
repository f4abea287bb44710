import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText } from './cell-text.ts';

/** The name of the sheet the upload template keeps its data on. */
export const DATA_SHEET = 'data';

/**
 * One row of a worksheet: its sheet, 1-based row number and cells as text (see cellText), from column A on; `dates`
 * lists the 0-based indexes of cells that held a date (a formula's date result included), when there are any.
 */
export interface WorksheetRow {
  sheet: string;
  row: number;
  cells: string[];
  dates?: number[];
}

/** Thrown when the bytes are not a workbook exceljs can read (not a ZIP, no worksheet, a broken part). */
export class UnreadableWorkbookError extends Error {}

/**
 * Streams the rows of a workbook's data sheet: the sheet named `data` (any case), else the first sheet. The ZIP is
 * read as it arrives (exceljs' streaming reader; a sheet stored before the shared strings waits in a temporary file),
 * so memory follows the row, not the workbook. Empty rows are skipped; trailing empty cells are dropped.
 * @throws UnreadableWorkbookError when the input is not an XLSX workbook or has no worksheet.
 * @example for await (const { sheet, row, cells } of workbookRows(stream)) … // { sheet: 'data', row: 2, cells: ['2021', 'SH_DYN_MORT', …] }
 */
export async function* workbookRows(input: Readable): AsyncGenerator<WorksheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  let chosen: string | null = null;
  let seen = false;
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as { name: string } & AsyncIterable<{ number: number; values: unknown }>;
      chosen ??= dataSheetName(reader) ?? sheet.name;
      if (sheet.name !== chosen || seen) continue;
      seen = true;
      for await (const row of sheet) {
        const cells = rowCells(row.values);
        if (cells.length === 0) continue;
        const dates = dateCells(row.values, cells.length);
        yield dates.length > 0 ? { sheet: sheet.name, row: row.number, cells, dates } : { sheet: sheet.name, row: row.number, cells };
      }
    }
  } catch (e) {
    throw new UnreadableWorkbookError(`not a readable XLSX workbook (${(e as Error).message})`);
  }
  if (!seen) throw new UnreadableWorkbookError('the workbook has no worksheet');
}

/** The data sheet's name from the workbook part: the one named `data` (any case), else the first; null if unknown. */
function dataSheetName(reader: unknown): string | null {
  const sheets = (reader as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [];
  return sheets.find((s) => s.name.trim().toLowerCase() === DATA_SHEET)?.name ?? sheets[0]?.name ?? null;
}

/** The 0-based indexes of the first `width` cells whose value is a date, or a formula whose result is one. */
function dateCells(values: unknown, width: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const v = (values as unknown[])[i + 1];
    if (v instanceof Date || (typeof v === 'object' && v !== null && (v as { result?: unknown }).result instanceof Date)) out.push(i);
  }
  return out;
}

/** exceljs row values (1-based, sparse) as texts from column A, without trailing empty cells. */
function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const cells: string[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}
