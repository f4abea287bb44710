import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import {
  BUNDLED_COUNTRY_DIR, loadBoundaries, loadCountryBundle, readCountryManifest, type BundleReport,
} from '../../src/ingest/country-bundle/index.ts';
import { boundaryLevels, getSetting, listAreaBoundaries, listAreas, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

for (const dialect of STORE_DIALECTS) {
  describe(`area outlines of the bundled Bangladesh folder on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let report: BundleReport;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
    });
    after(async () => dispose?.());

    it('loadCountryBundle matches the country, 8 division and 64 district features, none left over either way', async () => {
      assert.deepEqual(report.boundaries, { stored: { country: 1, division: 8, district: 64 }, unmatchedFeatures: [], areasWithoutFeature: [] });
      assert.deepEqual(await boundaryLevels(store.db), { country: 1, division: 8, district: 64 });
    });

    it('stores each outline under its area code, the country under its M49 code 050', async () => {
      const districts = await listAreaBoundaries(store.db, 'district');
      assert.deepEqual(districts.map((d) => d.areaCode), Array.from({ length: 64 }, (_, i) => `BD-${String(i + 1).padStart(2, '0')}`));
      assert.ok(districts.every((d) => d.geometry.type === 'Polygon' || d.geometry.type === 'MultiPolygon'));
      assert.deepEqual((await listAreaBoundaries(store.db, 'division')).map((d) => d.areaCode), ['BD-A', 'BD-B', 'BD-C', 'BD-D', 'BD-E', 'BD-F', 'BD-G', 'BD-H']);
      assert.deepEqual((await listAreaBoundaries(store.db, 'country')).map((d) => d.areaCode), ['050']);
    });

    it('keeps the attribution of the manifest in the setting area_attribution', async () => {
      assert.match(await getSetting(store.db, 'area_attribution') ?? '', /geoBoundaries \(CC BY 3\.0 IGO\)/);
    });

    it('prepareStore gives a database of the bundled country without outlines its outlines again', async () => {
      await store.db.deleteFrom('area_boundaries').execute();
      await prepareStore(store);
      assert.deepEqual(await boundaryLevels(store.db), { country: 1, division: 8, district: 64 });
    });

    it('loadBoundaries reports a feature whose key names no area and an area no feature outlines', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sdg-outlines-'));
      try {
        const square = { type: 'Polygon', coordinates: [[[90, 22], [91, 22], [91, 23], [90, 22]]] };
        writeFileSync(join(dir, 'divisions.geojson'), JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { iso_3166_2: 'BD-A' }, geometry: square },
            { type: 'Feature', properties: { iso_3166_2: 'BD-Z' }, geometry: square },
          ],
        }));
        const manifest = { ...readCountryManifest(BUNDLED_COUNTRY_DIR) };
        manifest.areas = { ...manifest.areas, boundaries: { division: 'divisions.geojson' } };
        const areas = await listAreas(store.db);
        const result = await store.db.transaction().execute((trx) => loadBoundaries(trx, dir, manifest, areas));
        assert.deepEqual(result.stored, { division: 1 });
        assert.deepEqual(result.unmatchedFeatures, [{ level: 'division', key: 'BD-Z' }]);
        assert.deepEqual(result.areasWithoutFeature, ['BD-B', 'BD-C', 'BD-D', 'BD-E', 'BD-F', 'BD-G', 'BD-H']);
        assert.deepEqual(await boundaryLevels(store.db), { country: 1, division: 1, district: 64 });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
