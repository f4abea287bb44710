import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { Observation } from '../../src/domain/index.ts';
import {
  insertObservations, replaceAreaBoundaries, setSettings, upsertAreas, upsertProgressTargets, upsertSeries, upsertSource, type Store,
} from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

/**
 * Made-up figures. Barishal (BD-A) has districts BD-01 (population 300) and BD-02 (100); Chattogram (BD-B) has BD-03,
 * BD-04 (200 each) and BD-05 (100). Water (6.1.1, PERCENT, national target 100 by 2030, increase): the nation 50 → 90
 * (2015 → 2022); BD-01 50 → 52; BD-02 95 → 94; BD-03 80 and BD-04 85 in 2022 only; BD-05 none; women in 2022: BD-01 40,
 * BD-02 80. Deaths (3.2.1, NUMBER)
 * in 2022: 120, 30, 5, 7, 8.
 */
async function seed(store: Store): Promise<void> {
  await prepareStore(store);
  const area = (code: string, parent: string | null, level: string, name: string) => ({ code, parent, level, names: { en: name }, m49: code === '050' ? '050' : null, iso3: null, codes: {} });
  const districts: [string, string, number][] = [['BD-01', 'BD-A', 300], ['BD-02', 'BD-A', 100], ['BD-03', 'BD-B', 200], ['BD-04', 'BD-B', 200], ['BD-05', 'BD-B', 100]];
  const water = (a: string, y: string, value: number): Observation => observation({ series: 'TEST_WATER', unit: 'PERCENT', area: a, period: year(y), value });
  const deaths = (a: string, value: number): Observation => observation({ series: 'TEST_DEATHS', unit: 'NUMBER', area: a, period: year('2022'), value });
  const observations = [
    water('050', '2015', 50), water('050', '2022', 90), water('BD-01', '2015', 50), water('BD-01', '2022', 52),
    water('BD-02', '2015', 95), water('BD-02', '2022', 94), water('BD-03', '2022', 80), water('BD-04', '2022', 85),
    observation({ series: 'TEST_WATER', unit: 'PERCENT', area: 'BD-01', period: year('2022'), value: 40, dimensions: { SEX: 'F' } }),
    observation({ series: 'TEST_WATER', unit: 'PERCENT', area: 'BD-02', period: year('2022'), value: 80, dimensions: { SEX: 'F' } }),
    deaths('BD-01', 120), deaths('BD-02', 30), deaths('BD-03', 5), deaths('BD-04', 7), deaths('BD-05', 8),
    ...districts.map(([code, , pop]) => observation({ series: 'POP_TOTAL', unit: 'persons', area: code, period: year('2022'), value: pop, dimensions: { SEX: '_T' } })),
  ];
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [
      area('050', null, 'country', 'Bangladesh'), area('BD-A', '050', 'division', 'Barishal'), area('BD-B', '050', 'division', 'Chattogram'),
      ...districts.map(([code, parent]) => area(code, parent, 'district', `District ${code}`)),
    ]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh', area_attribution: 'Test outlines (CC BY 3.0 IGO)' });
    await upsertSeries(trx, [
      { code: 'TEST_WATER', name: 'Proportion of population using safely managed drinking water services', unit: 'PERCENT', indicators: [{ indicatorId: '6.1.1', relation: 'measures' }] },
      { code: 'TEST_DEATHS', name: 'Under-five deaths', unit: 'NUMBER', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] },
      { code: 'POP_TOTAL', name: 'Population', unit: 'persons', indicators: [] },
    ]);
    await upsertProgressTargets(trx, [
      { indicatorId: '6.1.1', dimensions: {}, source: 'national', direction: 'increase', milestones: {}, target: { year: 2030, value: 100 }, updatedAt: '2026-01-01T00:00:00Z', updatedBy: null },
      { indicatorId: '6.1.1', area: 'BD-01', dimensions: {}, source: 'national', direction: 'increase', milestones: {}, target: { year: 2030, value: 80 }, updatedAt: '2026-01-01T00:00:00Z', updatedBy: null },
    ]);
    await replaceAreaBoundaries(trx, ['district'], districts.map(([code], i) => ({
      areaCode: code, level: 'district', geometry: { type: 'Polygon', coordinates: [[[90 + i, 22], [91 + i, 22], [91 + i, 23], [90 + i, 22]]] },
    })));
    const source = await upsertSource(trx, { key: 'test:maps', kind: 'test', title: 'Maps test data', licence: 'CC BY 4.0' }, '2026-01-01');
    await insertObservations(store, trx, source, observations);
  });
}

for (const dialect of STORE_DIALECTS) {
  describe(`maps API on ${dialect} with two divisions of made-up district data`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);
    const get = (url: string) => answer(api.app, url);

    it('GET /areas/boundaries?level=district answers a FeatureCollection keyed by area code with names, parents, ETag and attribution', async () => {
      const r = await api.app.inject('/api/v1/areas/boundaries?level=district');
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.equal(body.type, 'FeatureCollection');
      assert.deepEqual(body.features.map((f: any) => f.id), ['BD-01', 'BD-02', 'BD-03', 'BD-04', 'BD-05']);
      assert.deepEqual(body.features[2].properties, { code: 'BD-03', name: 'District BD-03', level: 'district', parent: 'BD-B' });
      assert.equal(body.features[0].geometry.type, 'Polygon');
      assert.equal(body.attribution, 'Test outlines (CC BY 3.0 IGO)');
      assert.match(String(r.headers.etag), /^"[\w-]+"$/);
      assert.equal(r.headers['cache-control'], 'public, max-age=3600');
      const again = await api.app.inject({ url: '/api/v1/areas/boundaries?level=district', headers: { 'if-none-match': String(r.headers.etag) } });
      assert.equal(again.statusCode, 304);
    });

    it('GET /areas/boundaries answers 404 for a level without outlines', async () => {
      const r = await get('/api/v1/areas/boundaries?level=division');
      assert.equal(r.status, 404);
      assert.equal(r.body.error.code, 'NOT_FOUND');
    });

    it('GET /indicators/6.1.1/map?level=division weights Barishal by population and leaves Chattogram out (BD-05 has no value)', async () => {
      const r = await get('/api/v1/indicators/6.1.1/map?level=division');
      assert.equal(r.status, 200);
      const d = r.body.data;
      assert.equal(d.series, 'TEST_WATER');
      assert.deepEqual(d.levels, ['country', 'division', 'district']);
      assert.deepEqual(d.years, [2015, 2022]);
      // 2015: (50·300 + 95·100) / 400 = 24500 / 400 = 61.25; 2022: (52·300 + 94·100) / 400 = 25000 / 400 = 62.5.
      assert.deepEqual(d.values.map((v: any) => [v.area, v.year, v.method, v.derived]), [
        ['BD-A', 2015, 'population_weighted', true], ['BD-A', 2022, 'population_weighted', true],
      ]);
      close(d.values[0].value, 61.25);
      close(d.values[1].value, 62.5);
      assert.equal(d.values[0].name, 'Barishal');
      assert.deepEqual(d.national, [{ year: 2015, value: 50 }, { year: 2022, value: 90 }]);
      assert.equal(d.direction, 'increase');
      assert.deepEqual(d.targets, [{ area: 'BD-01', year: 2030, value: 80, direction: 'increase' }]);
      assert.equal(d.attribution, 'Test outlines (CC BY 3.0 IGO)');
    });

    it('GET /indicators/6.1.1/map?level=district answers every observed district value of every year', async () => {
      const d = (await get('/api/v1/indicators/6.1.1/map?level=district')).body.data;
      assert.deepEqual(d.values.map((v: any) => `${v.area} ${v.year} ${v.value}`), [
        'BD-01 2015 50', 'BD-02 2015 95', 'BD-01 2022 52', 'BD-02 2022 94', 'BD-03 2022 80', 'BD-04 2022 85',
      ]);
      assert.ok(d.values.every((v: any) => v.derived === undefined));
    });

    it('GET /indicators/6.1.1/map?dimension=SEX:F weights the women\'s values: (40·300 + 80·100) / 400 = 50', async () => {
      const d = (await get('/api/v1/indicators/6.1.1/map?level=division&dimension=SEX:F')).body.data;
      assert.deepEqual(d.values.map((v: any) => [v.area, v.year, v.value]), [['BD-A', 2022, 50]]);
      assert.deepEqual(d.national, []);
    });

    it('GET /indicators/3.2.1/map sums counts: Barishal 120 + 30 = 150, Chattogram 5 + 7 + 8 = 20, the nation 170', async () => {
      const d = (await get('/api/v1/indicators/3.2.1/map?level=division')).body.data;
      assert.deepEqual(d.values.map((v: any) => [v.area, v.value, v.method]), [['BD-A', 150, 'sum'], ['BD-B', 20, 'sum']]);
      assert.deepEqual(d.national, [{ year: 2022, value: 170, derived: true, method: 'sum' }]);
    });

    it('GET /indicators/6.1.1/areas compares each district with the nation and flags the pockets with their reason', async () => {
      const r = await get('/api/v1/indicators/6.1.1/areas?method=opensdg');
      assert.equal(r.status, 200);
      const d = r.body.data;
      assert.equal(d.national_status, 'substantial_progress');
      const row = (a: string) => d.areas.find((x: any) => x.area === a);
      // BD-01: 52 − 90 = −38, 52 / 90 = 0.5778; its own target (80 by 2030) applies.
      close(row('BD-01').difference, -38);
      close(row('BD-01').ratio, 52 / 90);
      assert.equal(row('BD-01').target.target.value, 80);
      assert.deepEqual(row('BD-01').pocket_reasons, ['behind_national', 'off_track_nation_on_track']);
      // BD-02: 94 is ahead of 90, but 95 → 94 is deterioration while the nation is on track.
      assert.equal(row('BD-02').progress.status, 'deterioration');
      assert.deepEqual(row('BD-02').pocket_reasons, ['off_track_nation_on_track']);
      // BD-03 and BD-04: one year only (not assessed), behind 90.
      assert.deepEqual(row('BD-03').pocket_reasons, ['behind_national']);
      assert.equal(row('BD-03').progress.status, 'not_available');
      assert.equal(row('BD-05'), undefined);
      assert.ok(d.areas.every((x: any) => x.pocket === x.pocket_reasons.length > 0));
    });

    it('GET /indicators/6.1.1/areas?year=2015 compares the 2015 values: BD-02 at 95 is ahead of 50 and no pocket by value', async () => {
      const d = (await get('/api/v1/indicators/6.1.1/areas?year=2015&method=opensdg')).body.data;
      assert.deepEqual(d.areas.map((x: any) => [x.area, x.national, x.difference]), [['BD-01', 50, 0], ['BD-02', 50, 45]]);
      assert.equal(d.areas[0].pocket_reasons.includes('behind_national'), false);
    });

    it('GET /areas/pockets lists per indicator the areas left behind', async () => {
      const d = (await get('/api/v1/areas/pockets?level=district&method=opensdg')).body.data;
      const water = d.indicators.find((i: any) => i.indicator === '6.1.1');
      assert.equal(water.areas_with_data, 4);
      assert.deepEqual(water.pockets.map((p: any) => p.area), ['BD-01', 'BD-02', 'BD-03', 'BD-04']);
      // The card names the series its figures are of, and says when the national value is worked out from districts.
      assert.equal(water.series_name, 'Proportion of population using safely managed drinking water services');
      assert.ok(water.national.every((n: any) => n.derived !== true || n.method === 'population_weighted'));
    });

    it('GET /areas/unmatched answers no codes when every observation names a stored area', async () => {
      assert.deepEqual((await get('/api/v1/areas/unmatched')).body, { data: [] });
    });

    it('GET /areas/unmatched names an observation area code that matches no area, with its count and indicators', async () => {
      await api.store.db.transaction().execute(async (trx) => {
        const source = await upsertSource(trx, { key: 'test:maps-unmatched', kind: 'test', title: 'Unmatched', licence: 'CC BY 4.0' }, '2026-01-02');
        await insertObservations(api.store, trx, source, [
          observation({ series: 'TEST_WATER', unit: 'PERCENT', area: 'BD-99', period: year('2021'), value: 1 }),
          observation({ series: 'TEST_WATER', unit: 'PERCENT', area: 'BD-99', period: year('2022'), value: 2 }),
        ]);
      });
      assert.deepEqual((await get('/api/v1/areas/unmatched')).body, { data: [{ code: 'BD-99', observations: 2, indicators: ['6.1.1'] }] });
    });

    it('GET /indicators/9.9.9/map answers 404 and a malformed dimension 400', async () => {
      assert.equal((await get('/api/v1/indicators/9.9.9/map')).status, 404);
      assert.equal((await get('/api/v1/indicators/6.1.1/map?dimension=sex')).status, 400);
    });
  });
}
