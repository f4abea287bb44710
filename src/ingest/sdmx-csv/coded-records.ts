import { createReadStream } from 'node:fs';
import { csvStreamRows } from '../upload/csv-stream.ts';
import { codeOfLabelled, columnId, isSdmxCsvHeader } from './coded-columns.ts';

/** Columns that describe the structure of SDMX-CSV 1.0 and 2.0, not an observation. */
const STRUCTURE_COLUMNS = new Set(['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME']);

/** One SDMX-CSV record as given: values by component ID (blank cells left out), or a record the parser skipped. */
export type CodedRecord =
  | { line: number; values: Record<string, string> }
  | { line: number; problem: string };

/**
 * Streams an SDMX-CSV 1.0 or 2.0 file (UTF-8, `,` separated, quoted line breaks allowed) as records of component
 * values, without reading any code: the header gives each column's ID (a labelled header `SEX: Sex` reads `SEX`),
 * structure columns (DATAFLOW, STRUCTURE, STRUCTURE_ID, STRUCTURE_NAME) are left out, `ACTION` is kept, and a blank
 * cell means the component is not given. In a labelled file the cells of columns `coded(id)` says are coded lose
 * their label (`F: Female` → `F`). Lines are those an editor shows (a record with a quoted line break counts its
 * lines). Rows the CSV parser cannot read come as `{ line, problem }`.
 * @throws Error when the first record is not an SDMX-CSV header (`DATAFLOW` or `STRUCTURE` first).
 * @example for await (const r of codedRecords('data.csv', (id) => id !== 'COMMENT_OBS')) … // { line: 2, values: { SERIES: 'SI_POV_DAY1', … } }
 */
export async function* codedRecords(path: string, coded: (id: string) => boolean): AsyncGenerator<CodedRecord> {
  let ids: string[] | null = null;
  let labelled = false;
  for await (const row of csvStreamRows(createReadStream(path), ',')) {
    if (!('cells' in row)) {
      yield { line: row.row, problem: row.reason };
      continue;
    }
    if (!ids) {
      if (!isSdmxCsvHeader(row.cells)) throw new Error(`not SDMX-CSV: the header starts "${row.cells[0] ?? ''}" (expected DATAFLOW or STRUCTURE)`);
      ids = row.cells.map(columnId);
      labelled = row.cells.some((c) => columnId(c) !== c.replace(/^\uFEFF/, '').trim());
      continue;
    }
    const values: Record<string, string> = {};
    ids.forEach((id, i) => {
      const cell = (row.cells[i] ?? '').trim();
      if (cell === '' || STRUCTURE_COLUMNS.has(id)) return;
      values[id] = labelled && coded(id) ? codeOfLabelled(cell) : cell;
    });
    if (row.cells.length !== ids.length) {
      yield { line: row.row, problem: `wrong cell count: ${row.cells.length} cells where the header has ${ids.length}` };
      continue;
    }
    yield { line: row.row, values };
  }
}
