import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initBundledCountry } from '../../../src/cli/init.ts';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import type { BundleReport } from '../../../src/ingest/country-bundle/index.ts';
import { boundaryLevels, countObservations, listAreas } from '../../../src/store/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../../support/stores.ts';

for (const dialect of STORE_DIALECTS) {
  describe(`the bundled Bangladesh pack on ${dialect}, loaded as npm start does`, dialectOptions(dialect), () => {
    let report: BundleReport;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      report = await initBundledCountry(store, 'none');
    });

    it('loads what the country folder loaded before it became a pack: areas, outlines, observations, organisations', async () => {
      // The counts the Bangladesh tests have always held: 1 + 8 + 64 areas; 9,580 UN + 4,928 census + 12 WDI rows;
      // 76 organisations, 596 responsibility rows; 184 unique indicators with data (198 listing codes without a framework).
      assert.equal((await listAreas(api.store.db)).length, 73);
      assert.deepEqual(await boundaryLevels(api.store.db), { country: 1, division: 8, district: 64 });
      assert.deepEqual(report.sources.map((s) => [s.id, s.report.rowsStored, s.report.rowsRejected]),
        [['unsd-sdg-database', 9580, 35], ['bbs-census-2022', 4928, 0], ['wdi-primary-completion', 12, 0]]);
      assert.equal(await countObservations(api.store.db), 9580 + 4928 + 12);
      assert.deepEqual([report.governance.organisations?.rowsStored, report.governance.responsibilities?.rowsStored, report.governance.targets], [76, 596, null]);
      assert.equal(report.indicators.withData, 184);
    });

    it('GET /site carries the pack\'s logo address and colours; GET /site/logo answers the SVG with an ETag', async () => {
      const site = (await api.app.inject('/api/v1/site')).json().data;
      assert.equal(site.country.code, '050');
      assert.deepEqual(site.branding.colours, { primary: '#006A4E', accent: '#F42A41' });
      assert.equal(site.branding.logo, `/api/v1/site/logo?v=${report.branding?.logo ? (await api.store.db.selectFrom('settings').select('value').where('key', '=', 'site_logo_digest').executeTakeFirstOrThrow()).value : ''}`);
      const logo = await api.app.inject(site.branding.logo);
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers['content-type'], 'image/svg+xml');
      assert.equal(logo.headers['x-content-type-options'], 'nosniff');
      assert.match(String(logo.headers['content-security-policy']), /default-src 'none'/);
      assert.match(logo.body, /aria-label="SDG Tracker Bangladesh"/);
    });
  });

  describe(`GET /site on ${dialect} before any pack is loaded`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => prepareStore(store));
    it('answers no logo and no colours, and GET /site/logo 404 NOT_FOUND', async () => {
      const site = (await api.app.inject('/api/v1/site')).json().data;
      assert.deepEqual(site.branding, { logo: null, colours: null });
      const logo = await api.app.inject('/api/v1/site/logo');
      assert.deepEqual([logo.statusCode, logo.json().error.code], [404, 'NOT_FOUND']);
    });
  });
}
