/**
 * `npm run bench:import [-- <folder>]`: how fast the Open SDG importer fills a SQLite store, against the fastest
 * possible insert of the same rows. See bench/README.md for what the figures mean.
 *
 * 1. imports the UK Open SDG repository (default `../shared/data/opensdg/GBR` beside the repository root) into a
 *    fresh temporary SQLite store, timing the whole importOpenSdg call (metadata, parsing, mapping, inserts, commit);
 * 2. reads the stored observation rows back, and inserts them into the same, freshly migrated table in another file
 *    through one raw better-sqlite3 prepared statement in one transaction;
 * 3. prints both rates, their ratio (import / raw) and the peak resident memory of the import.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { importOpenSdg } from '../src/ingest/opensdg/index.ts';
import { migrateToLatest, openStore } from '../src/store/index.ts';

const COLUMNS = [
  'series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit',
  'unit_mult', 'value', 'obs_status', 'nature', 'comment', 'attributes', 'source_id',
] as const;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'opensdg', 'GBR'));
const work = mkdtempSync(join(tmpdir(), 'sdg-bench-'));

try {
  const store = openStore(`file:${join(work, 'import.db')}`);
  await migrateToLatest(store);
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const report = await importOpenSdg(store, folder, { countryArea: '826' });
  const importSeconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const rows = store.sqlite!.prepare(`SELECT ${COLUMNS.join(', ')} FROM observations ORDER BY id`).raw().all() as unknown[][];
  await store.close();

  const rawSeconds = await rawInsert(join(work, 'raw.db'), rows);
  const importRate = report.rowsStored / importSeconds;
  const rawRate = rows.length / rawSeconds;
  console.log(`Open SDG import of ${folder}`);
  console.log(`rows read ${report.rowsRead}, stored ${report.rowsStored}, rejected ${report.rowsRejected}\n`);
  console.table([
    { path: 'importOpenSdg (whole import)', rows: report.rowsStored, seconds: round(importSeconds), 'rows/s': Math.round(importRate) },
    { path: 'raw prepared INSERT, one transaction', rows: rows.length, seconds: round(rawSeconds), 'rows/s': Math.round(rawRate) },
  ]);
  console.log(`ratio import / raw: ${round(importRate / rawRate)}`);
  console.log(`peak RSS during the import: ${Math.round(peakRssMb)} MB (${Math.round(baseRssMb)} MB before it started)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Seconds to insert `rows` into a freshly migrated observations table, as openStore configures SQLite. */
async function rawInsert(path: string, rows: unknown[][]): Promise<number> {
  const store = openStore(`file:${path}`);
  await migrateToLatest(store);
  await store.close();
  const db = new SQLite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const sourceId = rows[0]?.[COLUMNS.length - 1] ?? 1;
  db.prepare(`INSERT INTO data_sources (id, key, kind, title, imported_at, observation_count) VALUES (?, 'bench', 'bench', 'bench', '', 0)`)
    .run(sourceId);
  const insert = db.prepare(`INSERT INTO observations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  const started = performance.now();
  db.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
