import { createReadStream, existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import { ImportError } from '../reject-report.ts';

/** One data record of a CSV file: its fields by header name and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

/**
 * Streams a UTF-8 CSV file (header on line 1, BOM tolerated) record by record, so memory stays flat whatever the
 * file size. Blank lines are skipped; their lines still count.
 * @throws ImportError when the file is missing, is not CSV (with the line csv-parse stopped at), or lacks one of
 *   `required` columns (naming every missing one).
 * @example for await (const { line, record } of csvRecords('data.csv', ['year', 'value'])) console.log(line, record.value)
 */
export async function* csvRecords(file: string, required: readonly string[] = []): AsyncGenerator<CsvRecord> {
  if (!existsSync(file)) throw new ImportError(file, 'file does not exist');
  const parser = createReadStream(file).pipe(parse({
    bom: true,
    columns: (header: string[]) => {
      const missing = required.filter((c) => !header.includes(c));
      if (missing.length > 0) {
        throw new ImportError(file, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (header: ${header.join(',')})`);
      }
      return header;
    },
    skip_empty_lines: true,
    info: true,
  }));
  try {
    // info.lines is the line a record ends on, as csv-parse counts: it counts a CRLF inside a quoted cell as two
    // lines, so those are taken off (for this record and every later one), and the record's own breaks give its start.
    let doubled = 0;
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      let spanned = 0;
      for (const v of Object.values(record)) {
        doubled += v.match(/\r\n/g)?.length ?? 0;
        spanned += v.match(/\r\n|\r|\n/g)?.length ?? 0;
      }
      yield { line: info.lines - doubled - spanned, record };
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const err = e as Error & { lines?: number };
    throw new ImportError(file, `line ${err.lines ?? '?'}: ${err.message}`);
  }
}
