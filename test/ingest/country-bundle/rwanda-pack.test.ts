import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initCountryPack } from '../../../src/cli/init.ts';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import type { BundleReport } from '../../../src/ingest/country-bundle/index.ts';
import { allSettings, listAreas } from '../../../src/store/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../../support/stores.ts';

const RWANDA = new URL('../../../datasets/countries/rwa/', import.meta.url).pathname;

for (const dialect of STORE_DIALECTS) {
  describe(`initCountryPack on ${dialect} with the Rwanda pack, on a fresh database`, dialectOptions(dialect), () => {
    let report: BundleReport;
    let milliseconds = 0;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      const started = Date.now();
      report = await initCountryPack(store, RWANDA, 'none');
      milliseconds = Date.now() - started;
    });

    it('stores Rwanda under M49 646 with its 5 provinces and 30 districts, named in English and French', async (t) => {
      t.diagnostic(`Rwanda pack loaded in ${milliseconds} ms on ${dialect}`);
      const areas = await listAreas(api.store.db, 'fr');
      assert.equal(areas.length, 36);
      assert.deepEqual(['country', 'province', 'district'].map((l) => areas.filter((a) => a.level === l).length), [1, 5, 30]);
      assert.deepEqual(areas.find((a) => a.code === '2')?.name, 'Province du Sud');
      // District 23 (Nyaruguru) lies in province 2 (Southern Province): the first digit of its code.
      assert.deepEqual(areas.find((a) => a.code === '23'), { ...areas.find((a) => a.code === '23'), parent: '2', name: 'Nyaruguru' });
      assert.equal(areas.find((a) => a.level === 'country')?.code, '646');
      const settings = await allSettings(api.store.db);
      assert.deepEqual([settings.country, settings.country_name, settings.languages], ['646', 'Rwanda', '["en","fr"]']);
    });

    it('outlines the 5 provinces, every feature joined on its "id" to a province and none left over', async () => {
      assert.deepEqual(report.boundaries, { stored: { province: 5 }, unmatchedFeatures: [], areasWithoutFeature: [] });
      const rows = await api.store.db.selectFrom('area_boundaries').select(['area_code', 'level']).orderBy('area_code').execute();
      assert.deepEqual(rows.map((r) => `${r.area_code} ${r.level}`), ['1 province', '2 province', '3 province', '4 province', '5 province']);
    });

    it('stores the SDMX data through the importer: 2,330 observations read, each stored or rejected with file, line and reason', async (t) => {
      const source = report.sources[0]!;
      const r = source.report;
      t.diagnostic(`stored ${r.rowsStored}, rejected ${r.rowsRejected}`);
      assert.deepEqual([source.key, source.kind, source.file], ['bundle:rwa:nisr-sdg-data', 'sdmx', 'sdmx/rwanda_2025_RWA-SDG_Data.xml']);
      assert.equal(r.rowsRead, 2330);
      assert.equal(r.rowsStored + r.rowsRejected, 2330);
      assert.ok(r.rowsStored > 1500, `${r.rowsStored} stored`);
      for (const reject of r.rejects.filter((x) => x.line > 0)) assert.equal(reject.file, 'sdmx/rwanda_2025_RWA-SDG_Data.xml');
      const stored = await api.store.db.selectFrom('observations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(stored.n), r.rowsStored);
      const row = await api.store.db.selectFrom('data_sources').select(['title', 'observation_count']).where('key', '=', 'bundle:rwa:nisr-sdg-data').executeTakeFirstOrThrow();
      assert.deepEqual(row, { title: 'Rwanda SDG data 2025 (SDMX, NISR-SDGs:SDG 1.3)', observation_count: r.rowsStored });
    });

    it('the stored observations land on the country, the provinces and the districts, and no code is left unmatched', async () => {
      const byArea = await api.store.db.selectFrom('observations').select('area_code').distinct().execute();
      const codes = new Set(byArea.map((r) => r.area_code));
      assert.ok(codes.has('646') && codes.has('1') && codes.has('57'), [...codes].join(' '));
      assert.deepEqual((await api.app.inject('/api/v1/areas/unmatched')).json().data, []);
      // 1.1.1 in 2000: 82.3 % below the international poverty line (the first Obs of SI_POV_DAY1 in the data file).
      const body = (await api.app.inject('/api/v1/indicators/1.1.1/observations?series=SI_POV_DAY1&area=RW&from=2000&to=2000')).json();
      assert.deepEqual(body.data.map((o: { value: number }) => o.value), [82.3]);
    });

    it('loads the 31 organisations and the illustrative responsibility of 119 indicators', async () => {
      const governance = report.governance;
      assert.deepEqual([governance.organisations?.rowsStored, governance.organisations?.rowsRejected], [31, 0]);
      assert.deepEqual([governance.responsibilities?.rowsStored, governance.responsibilities?.rowsRejected, governance.responsibilities?.status], [133, 0, 'illustrative']);
      const leads = await api.store.db.selectFrom('indicator_responsibilities').select('indicator_id').where('role', '=', 'lead').execute();
      assert.equal(new Set(leads.map((l) => l.indicator_id)).size, 119);
    });

    it('GET /site answers Rwanda with its logo address and colours, and GET /site/logo the SVG', async () => {
      const site = (await api.app.inject('/api/v1/site')).json().data;
      assert.deepEqual(site.country, { code: '646', name: 'Rwanda', names: { en: 'Rwanda', fr: 'Rwanda' } });
      assert.deepEqual(site.branding.colours, { primary: '#20603D', accent: '#FAD201' });
      assert.match(site.branding.logo, /^\/api\/v1\/site\/logo\?v=[\w-]{16}$/);
      const logo = await api.app.inject(site.branding.logo);
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers['content-type'], 'image/svg+xml');
      assert.match(logo.body, /^<svg [^>]*aria-label="SDG Tracker Rwanda"/);
      const again = await api.app.inject({ url: site.branding.logo, headers: { 'if-none-match': String(logo.headers.etag) } });
      assert.equal(again.statusCode, 304);
    });
  });
}
