import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { insertObservations, setSettings, upsertAreas, upsertSeries, upsertSource, type Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/** Under-five mortality in Bangladesh, UN SDG Global Database (SH_DYN_MORT, 2020–2021, by sex). */
const U5MR = [
  ['2020', '_T', 28.8], ['2020', 'F', 26.6], ['2020', 'M', 30.8],
  ['2021', '_T', 27.3], ['2021', 'F', 25.2], ['2021', 'M', 29.2],
] as const;

async function seed(store: Store): Promise<void> {
  await prepareStore(store);
  await store.db.transaction().execute(async (trx) => {
    await upsertAreas(trx, [{ code: '050', parent: null, level: 'country', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' }, m49: '050', iso3: 'BGD', codes: {} }]);
    await setSettings(trx, { country: '050', country_name: 'Bangladesh' });
    await upsertSeries(trx, [{ code: 'SH_DYN_MORT', name: 'Under-five mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.1', relation: 'measures' }] }]);
    const source = await upsertSource(trx, { key: 'test:u5mr', kind: 'test', title: 'UN SDG Global Database', licence: 'CC BY 4.0' }, '2026-01-01');
    await insertObservations(store, trx, source, U5MR.map(([y, sex, value]) => observation({ period: year(y), dimensions: { SEX: sex, AGE: 'Y0T4' }, value })));
  });
}

for (const dialect of STORE_DIALECTS) {
  describe(`API on ${dialect} with under-five mortality by sex`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);

    const get = async (url: string): Promise<{ status: number; body: any }> => {
      const r = await api.app.inject(url);
      return { status: r.statusCode, body: r.headers['content-type']?.toString().startsWith('application/json') ? r.json() : r.body };
    };

    it('GET /goals lists 17 goals; goal 3 counts 3.2.1 as complete only once data settings say so', async () => {
      const { status, body } = await get('/api/v1/goals');
      assert.equal(status, 200);
      assert.equal(body.data.length, 17);
      assert.deepEqual(body.data[2], {
        code: '3', title: 'Ensure healthy lives and promote well-being for all at all ages', short: 'Good health and well-being',
        colour: '#4C9F38', indicatorCount: 28, reportingStatus: { complete: 0, inprogress: 0, notstarted: 28, notapplicable: 0 },
      });
    });

    it('GET /goals/3 gives 3.2.1 its latest total value, 27.3 in 2021', async () => {
      const { body } = await get('/api/v1/goals/3');
      const target = body.data.targets.find((t: { code: string }) => t.code === '3.2');
      assert.deepEqual(target.indicators[0].latest, {
        timePeriod: '2021', value: 27.3, unit: 'PER_1000_LIVE_BIRTHS', unitName: 'Per 1,000 live births', series: 'SH_DYN_MORT', relation: 'measures',
      });
    });

    it('GET /indicators pages 235 unique indicators and lists 1.5.1 under its three targets', async () => {
      const { body } = await get('/api/v1/indicators?limit=500');
      assert.equal(body.page.total, 235);
      const disasters = body.data.find((i: { id: string }) => i.id === '1.5.1');
      assert.deepEqual(disasters.listings.map((l: { code: string }) => l.code), ['1.5.1', '11.5.1', '13.1.1']);
    });

    it('GET /indicators/3.2.1 describes its series with SEX codes named from the SDMX code list', async () => {
      const { body } = await get('/api/v1/indicators/3.2.1');
      const [series] = body.data.series;
      assert.equal(series.code, 'SH_DYN_MORT');
      assert.equal(series.observationCount, 6);
      assert.deepEqual(series.areas, [{ code: '050', name: 'Bangladesh', level: 'country', parent: null }]);
      const sex = series.dimensions.find((d: { id: string }) => d.id === 'SEX');
      assert.deepEqual(sex, { id: 'SEX', name: 'Sex', codes: [{ code: '_T', name: 'Both sexes or no breakdown by sex' }, { code: 'F', name: 'Female' }, { code: 'M', name: 'Male' }] });
    });

    it('GET /indicators/{code}/observations filters by SEX and period and pages', async () => {
      const { body } = await get('/api/v1/indicators/3.2.1/observations?SEX=F&from=2021');
      assert.equal(body.page.total, 1);
      assert.equal(body.data[0].value, 25.2);
      assert.deepEqual(body.data[0].dimensions, { AGE: 'Y0T4', SEX: 'F' });
      const all = await get('/api/v1/indicators/3.2.1/observations?limit=2&offset=2');
      assert.deepEqual(all.body.page, { total: 6, offset: 2, limit: 2 });
    });

    it('format=csv answers the whole selection with one column per dimension', async () => {
      const { status, body } = await get('/api/v1/indicators/3.2.1/observations?format=csv&SEX=M');
      assert.equal(status, 200);
      assert.equal(body, 'INDICATOR,SERIES,REF_AREA,TIME_PERIOD,AGE,SEX,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,NATURE,COMMENT_OBS\n'
        + '3.2.1,SH_DYN_MORT,050,2020,Y0T4,M,30.8,PER_1000_LIVE_BIRTHS,,,,\n'
        + '3.2.1,SH_DYN_MORT,050,2021,Y0T4,M,29.2,PER_1000_LIVE_BIRTHS,,,,\n');
    });

    it('answers 400 naming the parameter, and 404 for an unknown indicator', async () => {
      const unknownDimension = await get('/api/v1/indicators/3.2.1/observations?COLOUR=red');
      assert.equal(unknownDimension.status, 400);
      assert.equal(unknownDimension.body.error.message, 'parameter COLOUR: is not a dimension of indicator 3.2.1 (its dimensions: AGE, SEX)');
      const badYear = await get('/api/v1/indicators/3.2.1/observations?to=soon');
      assert.equal(badYear.status, 400);
      assert.match(badYear.body.error.message, /^parameter to: /);
      const missing = await get('/api/v1/indicators/99.9.9');
      assert.deepEqual(missing, { status: 404, body: { error: { code: 'NOT_FOUND', message: 'no indicator "99.9.9"', statusCode: 404 } } });
    });

    it('refuses what the indicator does not have: a code, a series, a unit, an impossible date, an unknown parameter', async () => {
      const cases: [string, string][] = [
        ['/api/v1/indicators/3.2.1/observations?SEX=Q', 'parameter SEX: "Q" is not a code of SEX in indicator 3.2.1 (its codes: F, M, _T)'],
        ['/api/v1/indicators/3.2.1/observations?series=NOPE', 'parameter series: "NOPE" is not a series of indicator 3.2.1 with data (its series: SH_DYN_MORT)'],
        ['/api/v1/indicators/3.2.1/observations?unit=NOPE', 'parameter unit: "NOPE" is not a unit of indicator 3.2.1 (its units: PER_1000_LIVE_BIRTHS)'],
        ['/api/v1/indicators/3.2.1/observations?from=2015-02-30', 'parameter from: must be a year (2015) or an ISO date (2015-07-01)'],
        ['/api/v1/goals?colour=red', 'parameter colour: unknown parameter'],
        ['/api/v1/indicators?goal=18', 'parameter goal: there is no goal 18'],
      ];
      for (const [url, message] of cases) {
        const { status, body } = await get(url);
        assert.deepEqual({ status, message: body.error.message }, { status: 400, message }, url);
      }
    });

    it('asOf before the first publication answers an empty list for a series, unit or code the data has now, and 400 for one it never had', async () => {
      const before = '2025-06-30';
      for (const query of ['', '&series=SH_DYN_MORT', '&unit=PER_1000_LIVE_BIRTHS', '&SEX=F', '&series=SH_DYN_MORT&SEX=F&AGE=Y0T4']) {
        const { status, body } = await get(`/api/v1/indicators/3.2.1/observations?asOf=${before}${query}`);
        assert.deepEqual({ status, data: body.data, total: body.page?.total }, { status: 200, data: [], total: 0 }, query);
      }
      const csv = await get(`/api/v1/indicators/3.2.1/observations?asOf=${before}&series=SH_DYN_MORT&format=csv`);
      assert.deepEqual([csv.status, csv.body.split('\n')[0]?.slice(0, 30)], [200, 'INDICATOR,SERIES,REF_AREA,TIME']);
      const never = await get(`/api/v1/indicators/3.2.1/observations?asOf=${before}&series=NOPE`);
      assert.deepEqual([never.status, never.body.error.message],
        [400, 'parameter series: "NOPE" is not a series of indicator 3.2.1 with data (its series: SH_DYN_MORT)']);
      const after = await get('/api/v1/indicators/3.2.1/observations?asOf=2026-06-30&series=SH_DYN_MORT&SEX=F');
      assert.deepEqual(after.body.data.map((o: { value: number }) => o.value), [26.6, 25.2]);
    });

    it('names the attribute codes an indicator uses and lets any web page read the API', async () => {
      const { body } = await get('/api/v1/indicators/3.2.1');
      assert.equal(body.data.codeNames.UNIT_MEASURE.PER_1000_LIVE_BIRTHS, 'Per 1,000 live births');
      assert.equal(body.data.codeNames.NATURE.E, 'Estimated');
      const r = await api.app.inject({ url: '/api/v1/goals', headers: { origin: 'https://example.org' } });
      assert.equal(r.headers['access-control-allow-origin'], '*');
    });

    it('serves an OpenAPI 3 document describing every route', async () => {
      const { body } = await get('/api/openapi.json');
      assert.equal(body.openapi.startsWith('3.'), true);
      for (const path of ['/api/v1/goals', '/api/v1/goals/{goal}', '/api/v1/indicators', '/api/v1/indicators/{code}', '/api/v1/indicators/{code}/observations', '/api/v1/areas', '/api/v1/reporting-status', '/api/v1/site']) {
        assert.ok(body.paths[path], `${path} is documented`);
      }
    });
  });
}
