import { parse } from 'csv-parse/sync';
import type { Reject } from '../reject-report.ts';

/** One data row of a CSV text: its fields by header name, the 1-based line it starts on, and its field count. */
export interface CsvTextRow {
  line: number;
  record: Record<string, string>;
  fields: number;
}

/** A CSV text read whole: its header and rows, or the reject that stops it from being read at all. */
export interface CsvText {
  header: string[];
  rows: CsvTextRow[];
  /** Why the text cannot be read at all (then `rows` is empty), or null. */
  problem: Reject | null;
}

/**
 * Reads a small UTF-8 CSV text (an upload or a file read whole; header on line 1, BOM tolerated, blank lines skipped
 * but counted). A text that is not CSV, or whose header lacks one of `required`, gives a `problem` naming the line
 * (and the first missing column) instead of rows. Rows with more or fewer fields than the header are kept with their
 * `fields` count, for the caller to reject.
 * @example readCsvText('id,name\nBBS,Bangladesh Bureau of Statistics\n', 'organisations.csv', ['id', 'name'])
 *   // { header: ['id', 'name'], rows: [{ line: 2, record: { id: 'BBS', name: 'Bangladesh Bureau of Statistics' }, fields: 2 }], problem: null }
 */
export function readCsvText(text: string, file: string, required: readonly string[]): CsvText {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { header: [], rows: [], problem: { file, line: err.lines ?? 0, column: '', reason: `not a CSV file: ${err.message}` } };
  }
  const [head, ...body] = records;
  if (!head) return { header: [], rows: [], problem: { file, line: 0, column: '', reason: 'the file is empty (it needs a header line)' } };
  const header = head.record.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      header, rows: [],
      problem: { file, line: 1, column: missing[0]!, reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (header: ${header.join(',')})` },
    };
  }
  // info.lines is the line a record ends on, counting a CRLF inside a quoted cell twice (as csvRecords explains).
  let doubled = 0;
  const rows = body.map(({ record, info }) => {
    let spanned = 0;
    for (const v of record) {
      doubled += v.match(/\r\n/g)?.length ?? 0;
      spanned += v.match(/\r\n|\r|\n/g)?.length ?? 0;
    }
    return {
      line: info.lines - doubled - spanned,
      record: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
      fields: record.length,
    };
  });
  return { header, rows, problem: null };
}
