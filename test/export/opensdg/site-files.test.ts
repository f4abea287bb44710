import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { initOpenSdgCountry } from '../../../src/cli/init.ts';
import { exportOpenSdg } from '../../../src/export/opensdg/index.ts';
import { decodeDimensions, type Store } from '../../../src/store/index.ts';
import { freshStore, postgresUnavailable } from '../../support/stores.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'opensdg-export');

/** Every file under `folder`, relative, sorted. */
function listFiles(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))).sort();
}

/** Store observations per indicator whose breakdown is all totals (Open SDG's headline rows). */
async function headlineCounts(store: Store): Promise<Map<string, number>> {
  const rows = await store.db.selectFrom('observations')
    .innerJoin('series_indicators', 'series_indicators.series_code', 'observations.series_code')
    .select(['series_indicators.indicator_id', 'observations.dimensions']).execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (Object.values(decodeDimensions(r.dimensions)).every((c) => c === '_T')) counts.set(r.indicator_id, (counts.get(r.indicator_id) ?? 0) + 1);
  }
  return counts;
}

for (const code of ['GBR', 'CAN']) {
  describe(`exportOpenSdg of the ${code} subset writes what Open SDG's site builder (sdg-build) reads`, { timeout: 120_000 }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let dir: string;
    let files: string[];
    let config: { languages: string[]; indicator_options: { non_disaggregation_columns: string[]; observation_attributes: string[] } };
    before(async () => {
      ({ store, dispose } = await freshStore('sqlite'));
      await initOpenSdgCountry(store, code, join(FIXTURES, code), 'none');
      dir = mkdtempSync(join(tmpdir(), 'opensdg-site-'));
      await exportOpenSdg(store, join(dir, code));
      files = listFiles(join(dir, code));
      config = parseYaml(readFileSync(join(dir, code, 'config_data.yml'), 'utf8')) as typeof config;
    });
    after(async () => {
      await dispose?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it('names files as sdg-build finds them: data/indicator_<g-t-i>.csv, indicator-config/ and meta/ <g-t-i>.yml, meta/<lang>/', () => {
      for (const f of files) assert.match(f, /^(config_data\.yml|data\/(indicator_|archived-)[0-9a-z]+(-[0-9a-z]+)+\.csv|(indicator-config|meta|meta\/fr)\/(archived-)?[0-9a-z]+(-[0-9a-z]+)+\.yml)$/, f);
      assert.deepEqual(config.languages, code === 'CAN' ? ['en', 'fr'] : ['en']);
    });

    it('writes every data file with Year first, Value last, a cell per column, a Year and a number in every row', () => {
      for (const f of files.filter((p) => p.startsWith('data/'))) {
        const [header, ...rows] = parseCsv(readFileSync(join(dir, code, f))) as string[][];
        assert.equal(header![0], 'Year', f);
        assert.equal(header!.at(-1), 'Value', f);
        for (const row of rows) {
          assert.equal(row.length, header!.length, f);
          assert.notEqual(row[0]!.trim(), '', f);
          assert.ok(Number.isFinite(Number(row.at(-1))) && row.at(-1)!.trim() !== '', `${f}: ${row.at(-1)}`);
        }
      }
    });

    it('writes totals as blank cells: no _T in a breakdown column, and a headline row (all breakdowns blank) for every stored all-total observation', async () => {
      const nonBreakdown = new Set([...config.indicator_options.non_disaggregation_columns, ...config.indicator_options.observation_attributes]);
      const expected = await headlineCounts(store);
      let headline = 0;
      for (const f of files.filter((p) => p.startsWith('data/'))) {
        const [header, ...rows] = parseCsv(readFileSync(join(dir, code, f))) as string[][];
        const breakdowns = header!.flatMap((h, i) => (nonBreakdown.has(h) ? [] : [i]));
        let blank = 0;
        for (const row of rows) {
          for (const i of breakdowns) assert.notEqual(row[i], '_T', `${f}: ${header![i]}`);
          if (breakdowns.every((i) => row[i] === '')) blank++;
        }
        const id = f.replace(/^data\/(indicator_)?/, '').replace(/\.csv$/, '').replace(/-/g, '.').replace(/^archived\./, 'archived-');
        assert.equal(blank, expected.get(id) ?? 0, f);
        headline += blank;
      }
      assert.ok(headline > 0);
    });

    it('writes breakdown codes as the labels Open SDG shows: Sex as Female and Male, never F or M', () => {
      let seen = 0;
      for (const f of files.filter((p) => p.startsWith('data/'))) {
        const [header, ...rows] = parseCsv(readFileSync(join(dir, code, f))) as string[][];
        const sex = header!.indexOf('Sex');
        if (sex < 0) continue;
        for (const row of rows) {
          assert.ok(!['F', 'M', '_T'].includes(row[sex]!), `${f}: ${row[sex]}`);
          if (row[sex] === 'Female' || row[sex] === 'Male') seen++;
        }
      }
      assert.ok(seen > 0);
    });

    it('writes every metadata file as a YAML mapping of field names', () => {
      for (const f of files.filter((p) => p.endsWith('.yml'))) {
        const value = parseYaml(readFileSync(join(dir, code, f), 'utf8')) as unknown;
        assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), f);
      }
    });
  });
}

describe('exportOpenSdg writes the same files from SQLite and PostgreSQL', { skip: postgresUnavailable() ?? false, timeout: 120_000 }, () => {
  it('exportOpenSdg of the GBR subset gives byte-identical repositories from both dialects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opensdg-dialects-'));
    const stores = [await freshStore('sqlite'), await freshStore('postgres')];
    try {
      for (const [i, s] of stores.entries()) {
        await initOpenSdgCountry(s.store, 'GBR', join(FIXTURES, 'GBR'), 'none', ['K02000001']);
        await exportOpenSdg(s.store, join(dir, String(i)));
      }
      const names = listFiles(join(dir, '0'));
      assert.deepEqual(listFiles(join(dir, '1')), names);
      for (const f of names) assert.equal(readFileSync(join(dir, '1', f), 'utf8'), readFileSync(join(dir, '0', f), 'utf8'), f);
    } finally {
      for (const s of stores) await s.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
