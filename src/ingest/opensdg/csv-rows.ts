import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { ImportError } from '../reject-report.ts';

/** One CSV record: its cells and the 1-based line it starts on. The first record is the header. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Thrown when the CSV parser gives up on a file; `line` is where the failing record starts. */
export class MalformedCsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** Bytes read at a time: memory follows this, not the file size. */
const CHUNK = 1 << 16;

/**
 * Reads a UTF-8 CSV file in chunks of records (RFC 4180 through papaparse; comma-separated, `"` quotes, LF or CRLF).
 * A BOM is dropped; blank lines are skipped but still counted, so `line` is the record's first physical line even
 * after blank lines or quoted cells spanning lines. Rows may have any number of cells: the caller checks them.
 * Reads are synchronous, chunk by chunk, which is several times faster than a stream for many small files.
 * @throws ImportError when the file cannot be read; MalformedCsvError when it is not CSV (an unclosed quote).
 * @example for (const rows of csvRows('GBR/data/indicator_1-2-1.csv', 'data/indicator_1-2-1.csv')) for (const { line, cells } of rows) …
 */
export function* csvRows(path: string, label: string): Generator<CsvRow[]> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new ImportError(label, `cannot read the file (${(e as Error).message})`);
  }
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    const lines = { next: 1 };
    let carry = '';
    let first = true;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK, null);
      } catch (e) {
        throw new ImportError(label, `cannot read the file (${(e as Error).message})`);
      }
      let text = carry + (read > 0 ? decoder.write(buffer.subarray(0, read)) : decoder.end());
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      if (read === 0) {
        if (text !== '') yield parseRecords(text.replace(/\r?\n$/, ''), lines);
        return;
      }
      const cut = lastRecordEnd(text);
      if (cut < 0) {
        carry = text;
        continue;
      }
      carry = text.slice(cut + 1);
      yield parseRecords(text.slice(0, text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut), lines);
    }
  } finally {
    closeSync(fd);
  }
}

/** Parses whole records (no trailing line break) and numbers them from `lines.next`. */
function parseRecords(text: string, lines: { next: number }): CsvRow[] {
  const result = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', skipEmptyLines: false });
  const failure = result.errors.find((e) => e.type === 'Quotes' && e.code === 'MissingQuotes');
  const rows: CsvRow[] = [];
  for (let i = 0; i < result.data.length; i++) {
    const cells = result.data[i]!;
    const line = lines.next;
    if (failure && failure.row === i) throw new MalformedCsvError(line, `unclosed quote in the record starting on line ${line}`);
    lines.next += 1 + breaksIn(cells);
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    rows.push({ line, cells });
  }
  return rows;
}

/**
 * The index of the last line break outside a quoted cell, or -1. Quotes are read as papaparse reads them: a quote
 * opens a quoted cell only at the start of a cell, `""` inside one is an escaped quote, and a quote elsewhere
 * (`5" screen`) is text.
 */
function lastRecordEnd(text: string): number {
  let last = -1;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (c === QUOTE && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (c === NEWLINE) {
      last = i;
      cellStart = true;
    } else {
      cellStart = c === COMMA || c === RETURN;
    }
  }
  return last;
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

function breaksIn(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  }
  return n;
}
