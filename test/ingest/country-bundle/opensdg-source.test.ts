import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCountryBundle, type BundleReport } from '../../../src/ingest/country-bundle/index.ts';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import { readFramework } from '../../../src/ingest/framework/index.ts';
import type { ImportReport } from '../../../src/ingest/reject-report.ts';
import { countObservations, saveFramework, type Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

const GBR = new URL('../../fixtures/opensdg/GBR/', import.meta.url).pathname;

/** A pack of the United Kingdom whose one source is the Open SDG fixture repository. */
function ukPack(dir: string): string {
  cpSync(GBR, join(dir, 'repo'), { recursive: true });
  writeFileSync(join(dir, 'areas.csv'), 'level,iso_3166_2,parent_iso,name_en\ncountry,GB,,United Kingdom\n');
  writeFileSync(join(dir, 'pack.yaml'), [
    'country: { m49: "826", iso3: GBR, iso2: GB, names: { en: United Kingdom } }',
    'languages: [en]', 'defaultLanguage: en',
    'areas: { codes: areas.csv, levels: [country] }',
    'sources:',
    '  - { id: ons, kind: opensdg, file: repo, title: UK SDG data, organisation: Office for National Statistics, licence: OGL-3.0, url: "https://sdgdata.gov.uk" }',
  ].join('\n'));
  return dir;
}

/** A fresh store with the framework, as `init` prepares it. */
async function storeWithFramework(dialect: 'sqlite' | 'postgres'): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const fresh = await freshStore(dialect);
  await fresh.store.db.transaction().execute((trx) => saveFramework(trx, readFramework()));
  return fresh;
}

for (const dialect of STORE_DIALECTS) {
  describe(`loadCountryBundle on ${dialect} with an opensdg source`, dialectOptions(dialect), () => {
    let dir: string;
    let pack: { store: Store; dispose: () => Promise<void> };
    let direct: { store: Store; dispose: () => Promise<void> };
    let report: BundleReport;
    let expected: ImportReport;
    before(async () => {
      dir = ukPack(mkdtempSync(join(tmpdir(), 'uk-pack-')));
      [pack, direct] = [await storeWithFramework(dialect), await storeWithFramework(dialect)];
      report = await loadCountryBundle(pack.store, dir);
      expected = await importOpenSdg(direct.store, join(dir, 'repo'), { countryArea: '826' });
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      await pack?.dispose();
      await direct?.dispose();
    });

    it('stores inside the pack\'s transaction what importOpenSdg stores on its own, under the key bundle:gbr:ons', async () => {
      const source = report.sources[0]!;
      assert.equal(source.key, 'bundle:gbr:ons');
      assert.deepEqual([source.report.rowsRead, source.report.rowsStored, source.report.rowsRejected], [expected.rowsRead, expected.rowsStored, expected.rowsRejected]);
      assert.ok(expected.rowsStored > 0);
      assert.equal(await countObservations(pack.store.db), await countObservations(direct.store.db));
      const row = await pack.store.db.selectFrom('data_sources').select(['kind', 'title', 'licence']).where('key', '=', 'bundle:gbr:ons').executeTakeFirstOrThrow();
      assert.deepEqual(row, { kind: 'opensdg', title: 'UK SDG data', licence: 'OGL-3.0' });
    });

    it('keeps the repository\'s own indicator settings rather than writing the pack\'s', async () => {
      const settings = async (store: Store): Promise<string[]> =>
        (await store.db.selectFrom('indicator_settings').select(['indicator_id', 'reporting_status']).orderBy('indicator_id').execute()).map((r) => `${r.indicator_id} ${r.reporting_status}`);
      assert.deepEqual(await settings(pack.store), await settings(direct.store));
      assert.equal(report.indicators.written, 0);
    });
  });
}
