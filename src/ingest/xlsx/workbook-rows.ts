import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText } from './cell-text.ts';
import { partPath, zipParts, type ZipParts } from './zip-parts.ts';

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

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** exceljs' streaming reader as used here: its part parsers fill the shared strings, styles and sheet list. */
interface BookParts {
  workbookRels?: { Id: string; Type: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, id: string): Generator<{ value: AsyncIterable<{ number: number; values: unknown }> }>;
}

/**
 * Streams the rows of a workbook's data sheet: the sheet named `data` (any case), else the first sheet. The compressed
 * file is kept in memory (the upload limit bounds it) and read through its ZIP central directory, so the sheet list,
 * shared strings and styles are read before the sheet whatever order the writer stored them in; the sheet's rows are
 * then parsed by exceljs' worksheet reader as they inflate, so memory follows the row, not the sheet. Empty rows are
 * skipped; trailing empty cells are dropped.
 * @throws UnreadableWorkbookError when the input is not an XLSX workbook or has no worksheet.
 * @example for await (const { sheet, row, cells } of workbookRows(stream)) … // { sheet: 'data', row: 2, cells: ['2021', 'SH_DYN_MORT', …] }
 */
export async function* workbookRows(input: Readable): AsyncGenerator<WorksheetRow> {
  let sheet: { name: string; path: string } | null;
  let rows: AsyncIterable<{ number: number; values: unknown }>;
  try {
    const zip = await zipParts(input);
    const book = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
    }) as unknown as BookParts;
    await book._parseWorkbook(required(zip, WORKBOOK));
    await book._parseRels(required(zip, WORKBOOK_RELS));
    sheet = dataSheet(book);
    if (sheet) {
      const strings = zip.text(relatedPart(book, 'sharedStrings') ?? 'xl/sharedStrings.xml');
      if (strings) for await (const _ of book._parseSharedStrings(strings)); // fills the reader's shared strings
      const styles = zip.text(relatedPart(book, 'styles') ?? 'xl/styles.xml');
      if (styles) await book._parseStyles(styles);
      const part = required(zip, sheet.path);
      rows = book._parseWorksheet(part, '1').next().value!.value;
    }
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError(`not a readable XLSX workbook (${(e as Error).message})`);
  }
  if (!sheet) throw new UnreadableWorkbookError('the workbook has no worksheet');
  try {
    for await (const row of rows!) {
      const cells = rowCells(row.values);
      if (cells.length === 0) continue;
      const dates = dateCells(row.values, cells.length);
      yield dates.length > 0 ? { sheet: sheet.name, row: row.number, cells, dates } : { sheet: sheet.name, row: row.number, cells };
    }
  } catch (e) {
    throw new UnreadableWorkbookError(`not a readable XLSX workbook (${(e as Error).message})`);
  }
}

/** A part that must be there; a ZIP without it is not a workbook. */
function required(zip: ZipParts, path: string): Readable {
  const part = zip.text(path);
  if (!part) throw new UnreadableWorkbookError(`not a readable XLSX workbook (no ${path} part)`);
  return part;
}

/** The data sheet and its part: the worksheet named `data` (any case), else the first worksheet; null when none. */
function dataSheet(book: BookParts): { name: string; path: string } | null {
  const targets = new Map((book.workbookRels ?? []).filter((r) => r.Type.endsWith('/worksheet')).map((r) => [r.Id, r.Target]));
  const sheets = (book.model?.sheets ?? []).flatMap((s) => {
    const target = targets.get(s.rId);
    return target === undefined ? [] : [{ name: s.name, path: partPath(WORKBOOK, target) }];
  });
  return sheets.find((s) => s.name.trim().toLowerCase() === DATA_SHEET) ?? sheets[0] ?? null;
}

/** The path of the workbook's part of a kind (`sharedStrings`, `styles`), when its relationships name one. */
function relatedPart(book: BookParts, kind: string): string | null {
  const target = book.workbookRels?.find((r) => r.Type.endsWith(`/${kind}`))?.Target;
  return target === undefined ? null : partPath(WORKBOOK, target);
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
