import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { restoreFormulaText } from '../../export/csv/index.ts';
import { MalformedUploadError, utf8Guard } from './utf8-guard.ts';

export { MalformedUploadError } from './utf8-guard.ts';

/** One record of a streamed CSV: its cells and the 1-based line it starts on (the header is line 1). */
export interface StreamedRow {
  row: number;
  cells: string[];
}

/** A record the CSV parser could not read (a stray quote in a cell): its line, the 0-based cell when known, and why. */
export interface SkippedRow {
  row: number;
  column: number | null;
  reason: string;
}

/**
 * Streams the records of an uploaded CSV (UTF-8, BOM tolerated, or UTF-16 with its BOM; `"` quotes, LF or CRLF), so
 * memory follows the record, not the file. Blank lines are skipped and still counted, so `row` is the line a
 * spreadsheet or an editor shows. Records may have any number of cells; the reader checks them. Each cell is passed
 * through restoreFormulaText, so a CSV the product wrote (the template, whose formula-like texts carry a leading `'`)
 * reads back as the text it was written from. A record the parser cannot read (a stray quote, a quote not closed) is
 * answered as a SkippedRow whose reason says how to mend it, in line order, and reading goes on after it.
 * @throws MalformedUploadError at the first byte that is not UTF-8 (see utf8Guard), after the records before its line.
 * @example for await (const r of csvStreamRows(file, ',')) if ('cells' in r) … // { row: 2, cells: ['2021', 'SH_DYN_MORT', …] }
 */
export async function* csvStreamRows(input: Readable, delimiter: string): AsyncGenerator<StreamedRow | SkippedRow> {
  const guard = utf8Guard();
  const parser = input.pipe(guard).pipe(parse({
    bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, skip_records_with_error: true,
  }));
  let failure: MalformedUploadError | null = null;
  input.on('error', (e) => guard.destroy(e));
  guard.on('error', (e) => {
    if (!(e instanceof MalformedUploadError)) return parser.destroy(e);
    failure = e;
    parser.end();
  });
  // Skips come as events while records wait to be read: they are answered in line order (by csv-parse's line count).
  const skipped: { lines: number; column: number | null; reason: string; unclosed: boolean }[] = [];
  parser.on('skip', (e: CsvError & { lines?: number; column?: number | string; field?: string }) => {
    const lines = e.lines ?? 1;
    if (skipped.at(-1)?.lines === lines) return;
    const column = typeof e.column === 'number' ? e.column : null;
    skipped.push({ lines, column, reason: `malformed CSV: ${parserReason(e, column)}`, unclosed: e.code === 'CSV_QUOTE_NOT_CLOSED' });
  });
  let doubled = 0;
  let lastEnd = 0;
  // An unclosed quote is found at the end of the file: it opened on the line after the last record read.
  const skip = (s: (typeof skipped)[number]): SkippedRow => ({
    row: Math.max(1, (s.unclosed ? lastEnd + 1 : s.lines) - doubled), column: s.column, reason: s.reason,
  });
  // info.lines is the line a record ends on, and csv-parse counts a CRLF inside a quoted cell as two lines: both
  // are taken off, as in tidy-csv's csvRecords.
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length > 0 && skipped[0]!.lines < info.lines) yield skip(skipped.shift()!);
    let spanned = 0;
    for (const v of record) {
      if (v.length === 0 || (v.indexOf('\n') < 0 && v.indexOf('\r') < 0)) continue;
      doubled += v.match(/\r\n/g)?.length ?? 0;
      spanned += v.match(/\r\n|\r|\n/g)?.length ?? 0;
    }
    const row = info.lines - doubled - spanned;
    lastEnd = info.lines;
    if (failure && row >= (failure as MalformedUploadError).row) break;
    yield { row, cells: record.map(restoreFormulaText) };
  }
  for (const s of skipped) yield skip(s);
  if (failure) throw failure;
}

/** What went wrong, in words that say how to mend the file, for the CSV parser's error codes; its own message else. */
function parserReason(err: CsvError & { field?: string }, column: number | null): string {
  const cell = column === null ? 'a cell' : `cell ${column + 1}`;
  switch (err.code) {
    case 'INVALID_OPENING_QUOTE':
      return `a quote in the middle of ${cell} (it starts ${JSON.stringify(err.field ?? '')}); put the whole cell in quotes and double`
        + ' the quotes inside it, e.g. "Survey ""APSC"" provisional"; this line was not read';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `text after the closing quote of ${cell}; double a quote that belongs to the text (""); this line was not read`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opens a cell on this line and is never closed; this line and the ones after it were not read';
    default:
      return `${err.message}; this line was not read`;
  }
}

/**
 * The delimiter of a CSV from its first line: `,` unless the line has more `;` or tab characters outside quotes
 * (spreadsheets in many locales save CSV with `;`).
 * @example sniffDelimiter('TIME_PERIOD;SERIES;OBS_VALUE\n') // ';'
 */
export function sniffDelimiter(start: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of start) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  return counts[';']! > counts[',']! && counts[';']! >= counts['\t']! ? ';' : counts['\t']! > counts[',']! ? '\t' : ',';
}
