import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { setUpCountry } from '../../../src/cli/set-up-country.ts';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import { countObservations } from '../../../src/store/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../../support/stores.ts';
import { storeDigest } from './store-digest.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const GBR = resolve(ROOT, '..', 'shared', 'data', 'opensdg', 'GBR');
const GBR_FIXTURE = join(ROOT, 'test', 'fixtures', 'opensdg', 'GBR');
const SOURCE_KEY = 'opensdg:uk';
/** Rows read (hence inserted, progress is reported after each stored batch) before the child is killed. */
const KILL_AFTER_ROWS = 20_000;

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  rowsSeen: number;
}

/**
 * Runs `sdg-tracker import opensdg <GBR> --progress plain --json` against `databaseUrl`; with `killAfterRows`, sends
 * SIGKILL as soon as a progress line on stderr reports that many rows read.
 */
function importWithCli(databaseUrl: string, killAfterRows?: number): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [
      '--import', 'tsx', 'src/cli/index.ts', 'import', 'opensdg', GBR,
      '--country-area', '826', '--source-key', SOURCE_KEY, '--progress', 'plain', '--json',
    ], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let rowsSeen = 0;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const rows = /(\d+) rows/.exec(line);
        if (rows) rowsSeen = Math.max(rowsSeen, Number(rows[1]));
        if (killAfterRows !== undefined && rowsSeen >= killAfterRows && child.exitCode === null) child.kill('SIGKILL');
      }
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, rowsSeen }));
  });
}

for (const dialect of STORE_DIALECTS) {
  const missing = existsSync(GBR) ? null : `${GBR} is not there (the real repositories live in ../shared beside the repository)`;
  const skip = missing ?? (dialect === 'postgres' ? (postgresUnavailable() ?? false) : false);

  describe(`sdg-tracker import opensdg killed half-way on ${dialect}`, { skip, timeout: 180_000 }, () => {
    it('an import killed with SIGKILL after inserting rows leaves the database exactly as before, and a new run completes', async () => {
      const { store, url, dispose } = await freshStore(dialect);
      try {
        await prepareStore(store);
        await setUpCountry(store, '826');
        await importOpenSdg(store, GBR_FIXTURE, { countryArea: '826', sourceKey: SOURCE_KEY });
        const before = await storeDigest(store.db);

        const killed = await importWithCli(url, KILL_AFTER_ROWS);
        assert.equal(killed.signal, 'SIGKILL', `the import ended by itself (exit ${killed.code}) before it could be killed`);
        assert.ok(killed.rowsSeen >= KILL_AFTER_ROWS);
        assert.equal(await storeDigest(store.db), before);

        const completed = await importWithCli(url);
        assert.equal(completed.code, 0);
        const report = JSON.parse(completed.stdout) as { rowsRead: number; rowsStored: number; rowsRejected: number; rowsRepeated: number };
        assert.equal(report.rowsRead, report.rowsStored + report.rowsRejected + report.rowsRepeated);
        const source = await store.db.selectFrom('data_sources').select(['id', 'observation_count']).where('key', '=', SOURCE_KEY)
          .executeTakeFirstOrThrow();
        assert.equal(source.observation_count, report.rowsStored);
        assert.equal(await countObservations(store.db, source.id), report.rowsStored);
        assert.notEqual(await storeDigest(store.db), before);
      } finally {
        await dispose();
      }
    });
  });
}
