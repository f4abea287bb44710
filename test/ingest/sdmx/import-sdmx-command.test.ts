import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { openStore, type Store } from '../../../src/store/index.ts';
import { freshStore } from '../../support/stores.ts';
import { RWANDA_DATA, RWANDA_DSD, setUpRwanda } from './rwanda-store.ts';

function cli(url: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'import', 'sdmx', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: url },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function observationCount(url: string): Promise<number> {
  const store = openStore(url);
  try {
    const row = await store.db.selectFrom('observations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await store.close();
  }
}

describe('sdg-tracker import sdmx', () => {
  let url: string;
  let dispose: () => Promise<void>;
  before(async () => {
    let store: Store;
    ({ store, url, dispose } = await freshStore('sqlite'));
    await setUpRwanda(store);
    await store.close();
  });
  after(async () => dispose());

  it('--dry-run --json prints one report object (2,330 read, 1,960 stored, 370 rejected) and writes nothing', async () => {
    const r = cli(url, RWANDA_DATA, '--dsd', RWANDA_DSD, '--dry-run', '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(report), ['rowsRead', 'rowsStored', 'rowsRejected', 'rejects']);
    assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [2330, 1960, 370]);
    assert.deepEqual(Object.keys(report.rejects[0]), ['file', 'line', 'column', 'reason']);
    assert.equal(await observationCount(url), 0);
  });

  it('--json imports the file and names each reject with file, line, column and reason', async () => {
    const r = cli(url, RWANDA_DATA, '--dsd', RWANDA_DSD, '--json');
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.rowsStored, 1960);
    assert.deepEqual(report.rejects.find((x: { column: string }) => x.column === 'SERIES'),
      { file: 'rwanda_2025_RWA-SDG_Data.xml', line: 1838, column: 'SERIES', reason: "SERIES code 'SH_SAN_HNDWSH' is not in CL_SERIES (NISR-SDGs 1.3)" });
    assert.equal(await observationCount(url), 1960);
  });

  it('prints a summary on stderr without --json, and {"error"} with exit code 1 for a missing file', () => {
    const ok = cli(url, RWANDA_DATA, '--dsd', RWANDA_DSD, '--dry-run', '--progress', 'none');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stderr, /SDMX import from .*rwanda_2025_RWA-SDG_Data\.xml \(dry run, nothing written\): 2330 rows read, 1960 stored, 370 rejected/);
    const missing = cli(url, 'no-such-file.xml', '--json');
    assert.equal(missing.status, 1);
    assert.deepEqual(JSON.parse(missing.stdout), { error: 'no-such-file.xml: no such file' });
  });
});
