import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import type { ImportReport } from '../../../src/ingest/reject-report.ts';
import { countObservations, type Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Two indicators sharing the SDMX series VC_DSR_AFFCT, as Open SDG writes a series serving several indicators into
 * each one's file. 11-5-1 repeats 2015 word for word, gives 2016 another value, 2017 another observation status,
 * adds 2018, and has its own 2015 row twice (the second written 100.0).
 */
const REPOSITORY: Record<string, string> = {
  'data/indicator_1-5-1.csv': [
    'Year,SERIES,Units,Value',
    '2015,VC_DSR_AFFCT,NUMBER,100',
    '2016,VC_DSR_AFFCT,NUMBER,120',
    '2017,VC_DSR_AFFCT,NUMBER,130',
    '2016,VC_DSR_MISS,NUMBER,7',
  ].join('\n'),
  'data/indicator_11-5-1.csv': [
    'Year,SERIES,Units,Observation status,Value',
    '2015,VC_DSR_AFFCT,NUMBER,,100',
    '2016,VC_DSR_AFFCT,NUMBER,,125',
    '2017,VC_DSR_AFFCT,NUMBER,Normal Value,130',
    '2018,VC_DSR_AFFCT,NUMBER,,140',
    '2015,VC_DSR_AFFCT,NUMBER,,100.0',
  ].join('\n'),
};

function writeRepository(folder: string): void {
  for (const [path, text] of Object.entries(REPOSITORY)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), `${text}\n`);
  }
}

const SAME = 'duplicate: same series, area, period, breakdown and unit as';

for (const dialect of STORE_DIALECTS) {
  describe(`importOpenSdg of a series shared by two indicators on ${dialect}`, dialectOptions(dialect), () => {
    let dir: string;
    let store: Store;
    let dispose: () => Promise<void>;
    let report: ImportReport;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'opensdg-repeated-'));
      writeRepository(join(dir, 'repo'));
      ({ store, dispose } = await freshStore(dialect));
      report = await importOpenSdg(store, join(dir, 'repo'), { countryArea: '050' });
    });
    after(async () => {
      await dispose?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it('importOpenSdg reads 9 rows: stores 5, counts 1 as repeated and rejects 3, so rowsRead = rowsStored + rowsRejected + rowsRepeated', async () => {
      // 1-5-1: 4 stored. 11-5-1: 2015 repeated, 2016 and 2017 differ, 2018 stored, second 2015 a duplicate in its file.
      assert.deepEqual(
        { read: report.rowsRead, stored: report.rowsStored, repeated: report.rowsRepeated, rejected: report.rowsRejected },
        { read: 9, stored: 5, repeated: 1, rejected: 3 },
      );
      assert.equal(await countObservations(store.db), 5);
    });

    it('importOpenSdg rejects a repeat with another value or attribute naming both, and a second copy within one file naming its line', () => {
      assert.deepEqual(report.rejects, [
        { file: 'data/indicator_11-5-1.csv', line: 3, column: '', reason: `${SAME} data/indicator_1-5-1.csv line 3, but another value: "120" there, "125" here` },
        { file: 'data/indicator_11-5-1.csv', line: 4, column: '', reason: `${SAME} data/indicator_1-5-1.csv line 4, but another OBS_STATUS: "" there, "A" here` },
        { file: 'data/indicator_11-5-1.csv', line: 6, column: '', reason: `${SAME} line 2` },
      ]);
    });

    it('importOpenSdg links the shared series to both indicators and stores each of its observations once', async () => {
      const links = await store.db.selectFrom('series_indicators').select(['series_code', 'indicator_id'])
        .orderBy('series_code').orderBy('indicator_id').execute();
      assert.deepEqual(links.map((l) => `${l.series_code} ${l.indicator_id}`), ['VC_DSR_AFFCT 1.5.1', 'VC_DSR_AFFCT 11.5.1', 'VC_DSR_MISS 1.5.1']);
      const rows = await store.db.selectFrom('observations').select(['time_period', 'value', 'obs_status'])
        .where('series_code', '=', 'VC_DSR_AFFCT').orderBy('time_period').execute();
      assert.deepEqual(rows.map((r) => ({ ...r })), [
        { time_period: '2015', value: 100, obs_status: null },
        { time_period: '2016', value: 120, obs_status: null },
        { time_period: '2017', value: 130, obs_status: null },
        { time_period: '2018', value: 140, obs_status: null },
      ]);
    });

    it('importOpenSdg run again gives the same report', async () => {
      assert.deepEqual(await importOpenSdg(store, join(dir, 'repo'), { countryArea: '050' }), report);
    });
  });
}

describe('sdg-tracker import opensdg of a series shared by two indicators', { timeout: 60_000 }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'opensdg-repeated-cli-'));
    writeRepository(join(dir, 'repo'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function cli(db: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'import', 'opensdg', join(dir, 'repo'), '--country-area', 'BGD', ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${join(dir, db)}` },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('import opensdg --json prints rowsRepeated beside rows read, stored and rejected', () => {
    const r = cli('json.db', '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as ImportReport;
    assert.deepEqual({ read: report.rowsRead, stored: report.rowsStored, rejected: report.rowsRejected, repeated: report.rowsRepeated },
      { read: 9, stored: 5, rejected: 3, repeated: 1 });
  });

  it('import opensdg states the repeated rows on the line after rows read, stored and rejected', () => {
    const r = cli('text.db', '--progress', 'none');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stderr.split('\n').slice(0, 2), [
      `Open SDG import from ${join(dir, 'repo')}: 9 rows read, 5 stored, 3 rejected`,
      '  1 row repeats a series already read under another indicator: linked, not stored twice',
    ]);
  });
});
