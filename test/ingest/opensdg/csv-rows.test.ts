import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type CsvRow, csvRows, MalformedCsvError } from '../../../src/ingest/opensdg/csv-rows.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'opensdg');
const work = mkdtempSync(join(tmpdir(), 'sdg-csv-rows-'));
after(() => rmSync(work, { recursive: true, force: true }));

function rowsOf(path: string): CsvRow[] {
  return [...csvRows(path, path)].flat();
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe('csvRows', () => {
  it('csvRows numbers records by their first line through CRLF line ends and blank lines (GBR 16-7-1)', () => {
    assert.deepEqual(rowsOf(join(FIXTURES, 'GBR', 'data', 'indicator_16-7-1.csv')), [
      { line: 1, cells: ['Year', 'Value'] },
      { line: 2, cells: ['There is no data for this indicator yet', ''] },
    ]);
  });

  it('csvRows skips a blank first line and still counts it (GBR 3-3-5 starts with one)', () => {
    const rows = rowsOf(join(FIXTURES, 'GBR', 'data', 'indicator_3-3-5.csv'));
    assert.deepEqual(rows.map((r) => [r.line, r.cells[0]]), [[2, 'Year'], [3, '2009']]);
  });

  it('csvRows unquotes cells, keeps doubled quotes and line breaks inside quotes, and drops a BOM', () => {
    const path = file('quoted.csv', '\uFEFF"Year","Note","Value"\r\n2015,"two\r\nlines, ""quoted""",1\r\n\r\n2016,,2');
    assert.deepEqual(rowsOf(path), [
      { line: 1, cells: ['Year', 'Note', 'Value'] },
      { line: 2, cells: ['2015', 'two\r\nlines, "quoted"', '1'] },
      { line: 5, cells: ['2016', '', '2'] },
    ]);
  });

  it('csvRows gives the same rows and lines when records and quoted line breaks straddle its 64 KiB chunks', () => {
    const lines = ['Year,Series,Value'];
    for (let i = 0; i < 6000; i++) lines.push(i % 7 === 0 ? `${2000 + (i % 20)},"multi\nline ${i}",${i}` : `${2000 + (i % 20)},series ${i},${i}`);
    const rows = rowsOf(file('large.csv', `${lines.join('\n')}\n`));
    assert.equal(rows.length, 6001);
    let line = 1;
    for (const [i, row] of rows.entries()) {
      assert.equal(row.line, line, `record ${i}`);
      line += 1 + (row.cells[1]!.includes('\n') ? 1 : 0);
      if (i > 0) assert.equal(row.cells[2], String(i - 1));
    }
  });

  it('csvRows throws MalformedCsvError with the line of a record whose quote never closes', () => {
    const path = file('unclosed.csv', 'Year,Value\n2015,1\n2016,"2\n2017,3\n');
    assert.throws(() => rowsOf(path), (e: unknown) => e instanceof MalformedCsvError && e.line === 3);
  });

  it('csvRows reads a quote inside a cell as text, as papaparse does, even with quoted line breaks in later chunks', () => {
    const lines = ['Year,Series,Value', '2015,5" screen,1'];
    for (let i = 0; i < 3000; i++) lines.push(i % 50 === 0 ? `2016,"two\nlines ${i}",${i}` : `2016,series ${i},${i}`);
    const rows = rowsOf(file('stray-quote.csv', `${lines.join('\n')}\n`));
    assert.equal(rows.length, 3002);
    assert.deepEqual(rows[1], { line: 2, cells: ['2015', '5" screen', '1'] });
    assert.deepEqual(rows.at(-1)?.cells, ['2016', 'series 2999', '2999']);
  });
});
