import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readAreaCodesCsv } from '../../src/ingest/areas/index.ts';
import { ImportError } from '../../src/ingest/reject-report.ts';

const FIXTURE = new URL('../fixtures/areas/bd-admin-codes-excerpt.csv', import.meta.url).pathname;
const BANGLADESH = { m49: '050', iso3: 'BGD', iso2: 'BD' };

describe('readAreaCodesCsv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-areas-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  /** The fixture (CRLF, as published) with its lines changed by `edit`, written to a temp file. */
  const variant = (name: string, edit: (lines: string[]) => string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, edit(readFileSync(FIXTURE, 'utf8').trimEnd().split('\r\n')).join('\r\n'));
    return path;
  };

  it('puts the country under its M49 code and hangs divisions and districts below it, in file order', async () => {
    const { areas, report } = await readAreaCodesCsv(FIXTURE, BANGLADESH);
    assert.deepEqual(report, { rowsRead: 6, rowsStored: 6, rowsRejected: 0, rejects: [] });
    assert.deepEqual(areas.map((a) => [a.code, a.parent, a.level]), [
      ['050', null, 'country'], ['BD-C', '050', 'division'], ['BD-H', '050', 'division'],
      ['BD-13', 'BD-C', 'district'], ['BD-34', 'BD-H', 'district'], ['BD-41', 'BD-H', 'district'],
    ]);
  });

  it('keeps every name_<lang> column as a name and the P-code and ISO alpha-2 as codes', async () => {
    const { areas } = await readAreaCodesCsv(FIXTURE, BANGLADESH);
    assert.deepEqual(areas[0], {
      code: '050', parent: null, level: 'country', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' },
      m49: '050', iso3: 'BGD', codes: { iso2: 'BD', pcode: 'BD' },
    });
    assert.deepEqual(areas.find((a) => a.code === 'BD-C'), {
      code: 'BD-C', parent: '050', level: 'division', names: { en: 'Dhaka', bn: 'ঢাকা' }, m49: null, iso3: null, codes: { pcode: 'BD30' },
    });
  });

  it('rejects a row whose parent was not read before it, naming line, column and parent, and so its children too', async () => {
    const file = variant('no-mymensingh.csv', (lines) => lines.filter((l) => !l.startsWith('division,BD-H,')));
    const { areas, report } = await readAreaCodesCsv(file, BANGLADESH);
    assert.deepEqual(areas.map((a) => a.code), ['050', 'BD-C', 'BD-13']);
    assert.deepEqual(report.rejects, [
      { file, line: 5, column: 'parent_iso', reason: 'parent "BD-H" of area BD-34 is not an area read before it' },
      { file, line: 6, column: 'parent_iso', reason: 'parent "BD-H" of area BD-41 is not an area read before it' },
    ]);
    assert.equal(report.rowsRead, report.rowsStored + report.rowsRejected);
  });

  it('rejects a repeated code and a row without a name in the default language', async () => {
    const file = variant('bad-rows.csv', (lines) => [...lines, lines[4]!, lines[5]!.replace('BD-34', 'BD-99').replace(',Mymensingh,', ',,')]);
    const { report } = await readAreaCodesCsv(file, BANGLADESH);
    assert.deepEqual(report.rejects.map((r) => [r.line, r.column, r.reason]), [
      [8, 'iso_3166_2', 'area code "BD-13" appears twice'],
      [9, 'name_en', 'area BD-99 has no name in "en"'],
    ]);
  });

  it('throws ImportError naming the file and the missing column', async () => {
    const file = variant('no-parent.csv', (lines) => lines.map((l) => l.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*),[^,]*,/, '$1,')));
    await assert.rejects(readAreaCodesCsv(file, BANGLADESH), (e: unknown) => e instanceof ImportError && e.file === file && /missing column "parent_iso"/.test(e.message));
  });
});
