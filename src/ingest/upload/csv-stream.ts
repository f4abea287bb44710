import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** One record of a streamed CSV: its cells and the 1-based line it starts on (the header is line 1). */
export interface StreamedRow {
  row: number;
  cells: string[];
}

/** Thrown when the CSV cannot be read on: `row` is the line the parser stopped at. */
export class MalformedUploadError extends Error {
  constructor(readonly row: number, message: string) {
    super(message);
  }
}

/**
 * Streams the records of an uploaded CSV (UTF-8, BOM tolerated, `"` quotes, LF or CRLF), so memory follows the
 * record, not the file. Blank lines are skipped and still counted, so `row` is the line a spreadsheet or an editor
 * shows. Records may have any number of cells; the reader checks them.
 * @throws MalformedUploadError naming the line where the parser stopped (an unclosed quote, a stray quote in a cell).
 * @example for await (const { row, cells } of csvStreamRows(file, ',')) …
 */
export async function* csvStreamRows(input: Readable, delimiter: string): AsyncGenerator<StreamedRow> {
  const parser = input.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }));
  input.on('error', (e) => parser.destroy(e));
  let doubled = 0;
  try {
    // info.lines is the line a record ends on, and csv-parse counts a CRLF inside a quoted cell as two lines: both
    // are taken off, as in tidy-csv's csvRecords.
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      let spanned = 0;
      for (const v of record) {
        if (v.length === 0 || (v.indexOf('\n') < 0 && v.indexOf('\r') < 0)) continue;
        doubled += v.match(/\r\n/g)?.length ?? 0;
        spanned += v.match(/\r\n|\r|\n/g)?.length ?? 0;
      }
      yield { row: info.lines - doubled - spanned, cells: record };
    }
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    if (err.code === undefined || !err.code.startsWith('CSV_')) throw e;
    throw new MalformedUploadError(err.lines ?? 0, err.message);
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
