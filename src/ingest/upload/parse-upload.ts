import { Readable } from 'node:stream';
import { openSdgRowReader } from '../opensdg/index.ts';
import { codedRowReader, columnId, isSdmxCsvHeader } from '../sdmx-csv/index.ts';
import { UnreadableWorkbookError, periodOfDateCell, workbookRows } from '../xlsx/index.ts';
import { MalformedUploadError, csvStreamRows, sniffDelimiter, type SkippedRow } from './csv-stream.ts';
import { UploadChecker } from './upload-checker.ts';
import type { UploadContext } from './upload-context.ts';
import type { CellProblem, ReadRow, RowReader, UploadColumns, UploadFormat, UploadIssue, UploadedObservation } from './upload-row.ts';

/** An uploaded file: its bytes as a stream and its name as the provider gave it (kept for messages). */
export interface UploadSource {
  stream: Readable;
  fileName: string;
}

/** What a file gave: its format, the data rows read, the checked observations and every problem. */
export interface ParsedUpload {
  file: string;
  format: UploadFormat;
  /** The worksheet read (XLSX), else null. */
  sheet: string | null;
  /** Data rows read (the header and blank rows not counted). */
  rowsRead: number;
  /** The header's columns by role (for messages about a row), or null when no header was read. */
  columns: UploadColumns | null;
  observations: UploadedObservation[];
  issues: UploadIssue[];
}

/** Options of {@link parseUpload}. */
export interface ParseUploadOptions {
  /** Called every {@link PROGRESS_EVERY} rows with the rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

/** Rows between two progress calls. */
export const PROGRESS_EVERY = 1000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Parses an uploaded file for one indicator into checked observations and problems. The format is chosen from the
 * bytes and the header, not trusted from the name: a ZIP is an XLSX workbook (its `data` sheet, else the first); a
 * CSV (`,`, `;` or tab, sniffed from the first line) whose first column is DATAFLOW or STRUCTURE is SDMX-CSV, one
 * with TIME_PERIOD or OBS_VALUE columns the template, any other the Open SDG layout (Year … Value). A sheet follows
 * the same rule on its first row. Rows stream through the reader and the checker (UploadChecker) as they arrive;
 * only the observations are kept. A CSV must be UTF-8 (or UTF-16 with its byte order mark). A file that cannot be read
 * on (bytes that are not UTF-8, a malformed CSV, a broken workbook, an XLS) gives a problem naming the line (and the
 * column, when known) where it stopped, with what was read before it. A worksheet's period cell holding a date is read
 * as its year when it is 1 January, else refused (see periodOfDateCell).
 * @example await parseUpload({ stream: createReadStream('u5mr.csv'), fileName: 'u5mr.csv' }, context)
 *   // { file: 'u5mr.csv', format: 'template-csv', sheet: null, rowsRead: 66, observations: [{ row: 2, observation }, …], issues: [] }
 */
export async function parseUpload(source: UploadSource, context: UploadContext, options: ParseUploadOptions = {}): Promise<ParsedUpload> {
  const file = source.fileName;
  const iterator = source.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head = await iterator.next();
  const first = head.done ? Buffer.alloc(0) : Buffer.from(head.value);
  const isZip = startsWith(first, ZIP);
  const result: ParsedUpload = { file, format: isZip ? 'xlsx' : 'template-csv', sheet: null, rowsRead: 0, columns: null, observations: [], issues: [] };
  const fileProblem = (row: number, reason: string, column = ''): void => {
    result.issues.push({ severity: 'error', file, sheet: result.sheet, row, column, reason });
  };
  if (first.length === 0) {
    fileProblem(0, 'empty file: no header row');
    return result;
  }
  if (startsWith(first, OLE)) {
    await drain(iterator);
    fileProblem(0, 'unreadable file: an Excel 97–2003 (.xls) workbook; save it as .xlsx or .csv');
    return result;
  }
  const replay = Readable.from(replayed(first, iterator), { objectMode: false });
  const rows: AsyncGenerator<{ row: number; cells: string[]; dates?: number[] } | SkippedRow> = isZip
    ? sheetRows(replay, result) : csvStreamRows(replay, sniffDelimiter(first.subarray(0, 4096).toString('utf8')));

  let reader: RowReader | null = null;
  let checker: UploadChecker | null = null;
  let header: string[] = [];
  let periodAt = -1;
  try {
    for await (const read of rows) {
      if ('reason' in read) {
        const column = read.column === null ? '' : header[read.column]?.trim() ?? '';
        if (checker) checker.problem(read.row, { column, reason: read.reason });
        else fileProblem(read.row, read.reason, column);
        continue;
      }
      const { row, cells, dates } = read;
      if (!reader) {
        const chosen = chooseReader(cells, context, isZip);
        if ('reason' in chosen) {
          result.issues.push({ severity: 'error', file, sheet: result.sheet, row, column: chosen.column, reason: chosen.reason });
          await drain(iterator);
          return result;
        }
        ({ reader } = chosen);
        if (!isZip) result.format = chosen.format;
        result.columns = reader.columns;
        checker = new UploadChecker(context, reader.columns, { file, sheet: result.sheet });
        header = cells;
        periodAt = cells.findIndex((h) => h.trim() === reader!.columns.period);
        continue;
      }
      if (cells.every((c) => c.trim() === '')) continue;
      result.rowsRead++;
      checker!.add(row, isZip ? mapSheetRow(reader, header.length, periodAt, cells, dates ?? []) : reader.map(cells));
      if (result.rowsRead % PROGRESS_EVERY === 0) options.onProgress?.(result.rowsRead);
    }
  } catch (e) {
    if (e instanceof MalformedUploadError) fileProblem(e.row, e.message);
    else if (e instanceof UnreadableWorkbookError) fileProblem(0, `unreadable file: ${e.message}`);
    else throw e;
    await drain(iterator);
  }
  if (!checker) {
    if (result.issues.length === 0) fileProblem(0, 'empty file: no header row');
    return result;
  }
  result.observations = checker.finish();
  result.issues = [...checker.issues, ...result.issues];
  options.onProgress?.(result.rowsRead);
  return result;
}

/** The reader a header calls for: SDMX-CSV, the template's coded columns, or the Open SDG layout. */
function chooseReader(header: string[], context: UploadContext, isZip: boolean): { reader: RowReader; format: UploadFormat } | CellProblem {
  const ids = header.map(columnId);
  const format: UploadFormat = isSdmxCsvHeader(header) ? 'sdmx-csv'
    : ids.includes('TIME_PERIOD') || ids.includes('OBS_VALUE') ? 'template-csv' : 'opensdg-csv';
  const reader = format === 'opensdg-csv'
    ? openSdgRowReader(header, { indicatorId: context.indicatorId, countryArea: context.countryArea, knownArea: context.resolveArea })
    : codedRowReader(header);
  if ('reason' in reader) return reader;
  return { reader, format: isZip ? 'xlsx' : format };
}

/**
 * Maps a worksheet row: cells padded to the header's width (a sheet drops trailing empty cells), and the period cell
 * (at `at`) holding a date read as its year on 1 January or refused with the reason (see periodOfDateCell).
 */
function mapSheetRow(reader: RowReader, width: number, at: number, cells: string[], dates: number[]): ReadRow | { problems: CellProblem[] } {
  const padded = cells.length < width ? [...cells, ...Array<string>(width - cells.length).fill('')] : [...cells];
  const column = reader.columns.period;
  const date = at < 0 ? null : periodOfDateCell(padded[at]!, dates.includes(at));
  if (date && 'text' in date) padded[at] = date.text;
  const mapped = reader.map(padded);
  if (!date || 'text' in date) return mapped;
  return { problems: [{ column, reason: date.reason }, ...('problems' in mapped ? mapped.problems.filter((p) => p.column !== column) : [])] };
}

/** Rows of the workbook's data sheet; names the sheet in the result as soon as it is known. */
async function* sheetRows(input: Readable, result: ParsedUpload): AsyncGenerator<{ row: number; cells: string[]; dates?: number[] }> {
  for await (const r of workbookRows(input)) {
    result.sheet = r.sheet;
    yield r;
  }
}

/** The first chunk, then the rest of the stream. */
async function* replayed(first: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(next.value);
}

/** Reads the rest of a stream without keeping it, so the request ends cleanly. */
async function drain(iterator: AsyncIterator<unknown>): Promise<void> {
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next());
  } catch {
    // The request is over anyway.
  }
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
