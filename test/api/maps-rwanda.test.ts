import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initCountryPack } from '../../src/cli/init.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { insertObservations, upsertSeries, upsertSource } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const RWANDA = new URL('../../datasets/countries/rwa/', import.meta.url).pathname;
const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

/**
 * The maps API on a store built from the Rwanda pack: levels country / province / district, outlines for the 5
 * provinces only, no population series. Figures are read by hand from datasets/countries/rwa/sdmx/rwanda_2025_RWA-SDG_Data.xml:
 * SH_STA_BRTC (3.1.2, births attended by skilled health personnel, PT), lines 690–724.
 */
for (const dialect of STORE_DIALECTS) {
  describe(`maps API on ${dialect} with the Rwanda pack (country, province, district)`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await initCountryPack(store, RWANDA, 'none');
    });
    const get = (url: string) => answer(api.app, url);

    it('GET /areas/levels answers the stored levels top first: 1 country, 5 provinces with outlines, 30 districts without', async () => {
      const { status, body } = await get('/api/v1/areas/levels');
      assert.equal(status, 200);
      assert.deepEqual(body.data, [
        { level: 'country', depth: 0, areas: 1, outlines: 0 },
        { level: 'province', depth: 1, areas: 5, outlines: 5 },
        { level: 'district', depth: 2, areas: 30, outlines: 0 },
      ]);
    });

    it('GET /areas/boundaries?level=province answers the 5 province outlines keyed by code, with names and the country as parent', async () => {
      const r = await api.app.inject('/api/v1/areas/boundaries?level=province');
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.equal(body.type, 'FeatureCollection');
      assert.equal(body.features.length, 5);
      assert.deepEqual(body.features.map((f: any) => f.id), ['1', '2', '3', '4', '5']);
      assert.deepEqual(body.features[1].properties, { code: '2', name: 'Southern Province', level: 'province', parent: '646' });
      assert.match(body.attribution, /^Province outlines: sustainabledevelopment-rwanda\/sdg-data-rwanda/);
      // without a level, the finest level holding outlines: the provinces, not the districts (which have none)
      assert.deepEqual((await api.app.inject('/api/v1/areas/boundaries?lang=fr')).json().features.map((f: any) => f.properties.name),
        ['Ville de Kigali', 'Province du Sud', 'Province de l\'Ouest', 'Province du Nord', 'Province de l\'Est']);
    });

    it('a level the store does not hold is a 400 naming the stored levels; a stored level without outlines a 404', async () => {
      for (const url of ['/api/v1/areas/boundaries?level=division', '/api/v1/indicators/3.1.2/map?level=division',
        '/api/v1/indicators/3.1.2/areas?level=division', '/api/v1/areas/pockets?level=division']) {
        const r = await get(url);
        assert.equal(r.status, 400, url);
        assert.equal(r.body.error.code, 'BAD_PARAMETER');
        assert.match(r.body.error.message, /unknown level "division": the stored levels are country, province, district/);
      }
      assert.equal((await get('/api/v1/areas/boundaries?level=district')).status, 404);
    });

    it('GET /indicators/3.1.2/map?level=province answers the provinces\' values of the SDMX file, and derives nothing without a population', async () => {
      const { status, body } = await get('/api/v1/indicators/3.1.2/map?level=province');
      assert.equal(status, 200);
      const d = body.data;
      assert.deepEqual([d.series, d.unit, d.level], ['SH_STA_BRTC', 'PT', 'province']);
      assert.deepEqual(d.levels, ['country', 'province']);
      assert.deepEqual(d.years, [2015, 2020]);
      // The file, REF_AREA 1 to 5: 2015 94.5, 90.1, 90.5, 92.2, 88.9; 2020 97.3 (City of Kigali, line 707), 92.9, 93.8, 96.7, 93.0.
      assert.deepEqual(d.values.map((v: any) => `${v.area} ${v.year} ${v.value}`), [
        '1 2015 94.5', '2 2015 90.1', '3 2015 90.5', '4 2015 92.2', '5 2015 88.9',
        '1 2020 97.3', '2 2020 92.9', '3 2020 93.8', '4 2020 96.7', '5 2020 93',
      ]);
      assert.equal(d.values.find((v: any) => v.area === '1' && v.year === 2020).name, 'City of Kigali');
      assert.ok(d.values.every((v: any) => v.derived === undefined));
      // The nation's own values (REF_AREA RW, lines 691–695), observed, none derived.
      assert.deepEqual(d.national, [
        { year: 2005, value: 38.6 }, { year: 2008, value: 52 }, { year: 2010, value: 69 }, { year: 2015, value: 91 }, { year: 2020, value: 94.2 },
      ]);
      assert.deepEqual(d.aggregation, {
        method: null, reason: 'no_population', population_series: null,
        text: 'Rates and shares are not derived for larger areas: no population series is stored to weight them.',
      });
    });

    it('GET /indicators/3.1.2/areas?level=province sets each province beside the nation: Southern 92.9 − 94.2 = −1.3 in 2020', async () => {
      const { status, body } = await get('/api/v1/indicators/3.1.2/areas?level=province&method=opensdg');
      assert.equal(status, 200);
      const rows = body.data.areas;
      assert.deepEqual(rows.map((r: any) => [r.area, r.year, r.value, r.national]), [
        ['1', 2020, 97.3, 94.2], ['2', 2020, 92.9, 94.2], ['3', 2020, 93.8, 94.2], ['4', 2020, 96.7, 94.2], ['5', 2020, 93, 94.2],
      ]);
      close(rows[1].difference, -1.3);
      // 3.1.2 rises towards 100 %: the three provinces below 94.2 are behind the nation.
      assert.deepEqual(rows.filter((r: any) => r.pocket_reasons.includes('behind_national')).map((r: any) => r.area), ['2', '3', '5']);
    });

    it('GET /areas/pockets?level=province lists 3.1.2 with its 5 provinces, and the default level is the districts', async () => {
      const province = (await get('/api/v1/areas/pockets?level=province&method=opensdg')).body.data;
      assert.equal(province.level, 'province');
      const births = province.indicators.find((i: any) => i.indicator === '3.1.2');
      assert.equal(births.areas_with_data, 5);
      assert.deepEqual(births.pockets.filter((p: any) => p.reasons.includes('behind_national')).map((p: any) => p.name),
        ['Southern Province', 'Western Province', 'Eastern Province']);
      assert.equal((await get('/api/v1/areas/pockets')).body.data.level, 'district');
    });

    it('a count held by districts only is summed up the tree: City of Kigali 10 + 20 + 30 = 60, and no nation while other provinces lack districts', async () => {
      await api.store.db.transaction().execute(async (trx) => {
        await upsertSeries(trx, [{ code: 'TEST_CLINICS', name: 'Health facilities', unit: 'NUMBER', indicators: [{ indicatorId: '3.8.1', relation: 'measures' }] }]);
        const source = await upsertSource(trx, { key: 'test:rwanda-counts', kind: 'test', title: 'Made-up counts', licence: 'CC BY 4.0' }, '2026-01-01');
        // Nyarugenge (11), Gasabo (12) and Kicukiro (13) are the districts of the City of Kigali (1).
        await insertObservations(api.store, trx, source, [['11', 10], ['12', 20], ['13', 30]].map(([area, value]) =>
          observation({ series: 'TEST_CLINICS', unit: 'NUMBER', area: String(area), period: year('2022'), value: Number(value) })));
      });
      const d = (await get('/api/v1/indicators/3.8.1/map?series=TEST_CLINICS&level=province')).body.data;
      assert.deepEqual(d.values.map((v: any) => [v.area, v.year, v.value, v.derived, v.method]), [['1', 2022, 60, true, 'sum']]);
      assert.deepEqual(d.national, []);
      assert.deepEqual([d.aggregation.method, d.aggregation.reason], ['sum', 'sum']);
      assert.deepEqual(d.levels, ['province', 'district']);
    });
  });
}
