import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { initOpenSdgCountry } from '../../../src/cli/init.ts';
import { exportOpenSdg, type OpenSdgExportReport } from '../../../src/export/opensdg/index.ts';
import type { ImportReport } from '../../../src/ingest/reject-report.ts';
import { countObservations, type Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { differences, type StoreContent, storeContent } from './store-content.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * Real repositories: subsets of the UK's and Canada's (opensdg-export/, about 1.6 MB of data each) and the excerpts
 * of odd forms the importer is tested on (opensdg/). Figures: rows read, stored, indicators and data files exported,
 * counted once by the first import and the export (see the report of the export work).
 */
const SETS = [
  { name: 'GBR subset', code: 'GBR', national: ['K02000001'], folder: join(FIXTURES, 'opensdg-export', 'GBR'), read: 17094, stored: 16704, indicators: 67, dataFiles: 64 },
  { name: 'CAN subset', code: 'CAN', national: [], folder: join(FIXTURES, 'opensdg-export', 'CAN'), read: 20576, stored: 18806, indicators: 68, dataFiles: 67 },
  { name: 'GBR odd forms', code: 'GBR', national: [], folder: join(FIXTURES, 'opensdg', 'GBR'), read: 34, stored: 28, indicators: 17, dataFiles: 14 },
  { name: 'CAN odd forms', code: 'CAN', national: [], folder: join(FIXTURES, 'opensdg', 'CAN'), read: 27, stored: 26, indicators: 10, dataFiles: 8 },
];

/** Asserts two lists of stored lines are equal, showing the first lines only one of them has. */
function assertSameLines(first: string[], second: string[], what: string): void {
  const d = differences(first, second);
  assert.deepEqual(d, { onlyFirst: [], onlySecond: [] }, `${what} differ`);
  assert.equal(second.length, first.length, `${what}: ${first.length} in, ${second.length} out`);
}

for (const dialect of STORE_DIALECTS) {
  for (const set of SETS) {
    describe(`exportOpenSdg of the ${set.name} read back by importOpenSdg on ${dialect}`, { ...dialectOptions(dialect), timeout: 120_000 }, () => {
      let first: { store: Store; dispose: () => Promise<void> };
      let second: { store: Store; dispose: () => Promise<void> };
      let imported: ImportReport;
      let exported: OpenSdgExportReport;
      let reimported: ImportReport;
      let before1: StoreContent;
      let after2: StoreContent;
      let dir: string;
      before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'opensdg-export-'));
        first = await freshStore(dialect);
        imported = await initOpenSdgCountry(first.store, set.code, set.folder, 'none', set.national);
        exported = await exportOpenSdg(first.store, join(dir, set.code));
        second = await freshStore(dialect);
        reimported = await initOpenSdgCountry(second.store, set.code, join(dir, set.code), 'none', set.national);
        before1 = await storeContent(first.store.db);
        after2 = await storeContent(second.store.db);
      });
      after(async () => {
        await first?.dispose();
        await second?.dispose();
        rmSync(dir, { recursive: true, force: true });
      });

      it(`writes ${set.stored} of ${set.read} rows read (the rest rejected on first import), ${set.indicators} indicators, ${set.dataFiles} data files, and nothing it cannot carry`, async () => {
        assert.deepEqual({ read: imported.rowsRead, stored: imported.rowsStored }, { read: set.read, stored: set.stored });
        assert.equal(await countObservations(first.store.db), set.stored);
        assert.deepEqual({ observations: exported.observations, indicators: exported.indicators, dataFiles: exported.dataFiles, notes: exported.notes },
          { observations: set.stored, indicators: set.indicators, dataFiles: set.dataFiles, notes: [] });
      });

      it(`is read back row for row: ${set.stored} observations in, ${set.stored} out, no reject`, async () => {
        assert.deepEqual({ read: reimported.rowsRead, stored: reimported.rowsStored, rejects: reimported.rejects },
          { read: set.stored, stored: set.stored, rejects: [] });
        assert.equal(await countObservations(second.store.db), set.stored);
      });

      it('gives identical observations: series, area, period, breakdown, unit, unit multiplier, attributes and value', () => {
        assertSameLines(before1.observations, after2.observations, 'observations');
      });

      it('gives identical series names and indicator links', () => {
        assertSameLines(before1.series, after2.series, 'series');
        assertSameLines(before1.seriesLinks, after2.seriesLinks, 'series links');
      });

      it('gives identical breakdowns and GeoCode areas with their names and levels', () => {
        assertSameLines(before1.dimensions, after2.dimensions, 'breakdowns');
        assertSameLines(before1.areas, after2.areas, 'areas');
      });

      it('gives identical indicator settings and metadata in every language, fields in the same order', () => {
        assertSameLines(before1.settings, after2.settings, 'settings');
        assertSameLines(before1.metadata, after2.metadata, 'metadata');
        assert.equal(new Set(after2.metadata.map((l) => (JSON.parse(l) as string[])[1])).size, set.code === 'CAN' ? 2 : 1);
      });
    });
  }
}
