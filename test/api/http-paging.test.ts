import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Series } from '../../src/domain/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { seedBangladesh, UNDER_FIVE_MORTALITY } from '../support/country-seed.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

/** Three mortality series of goal 3, each rising 2015–2022 (moving away from their targets), under-five by sex. */
const SERIES: Series[] = [
  UNDER_FIVE_MORTALITY,
  { code: 'SH_STA_MORT', name: 'Maternal mortality ratio', unit: 'PER_100000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.1.1', relation: 'measures' }] },
  { code: 'SH_DYN_NMRT', name: 'Neonatal mortality rate', unit: 'PER_1000_LIVE_BIRTHS', indicators: [{ indicatorId: '3.2.2', relation: 'measures' }] },
];

function observations() {
  const rows = [];
  for (let y = 2015; y <= 2022; y++) {
    const t = y - 2015;
    rows.push(observation({ series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', period: year(String(y)), dimensions: { SEX: '_T', AGE: 'Y0T4' }, value: 30 + t }));
    rows.push(observation({ series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', period: year(String(y)), dimensions: { SEX: 'F', AGE: 'Y0T4' }, value: 28 + t * 0.5 }));
    rows.push(observation({ series: 'SH_DYN_MORT', unit: 'PER_1000_LIVE_BIRTHS', period: year(String(y)), dimensions: { SEX: 'M', AGE: 'Y0T4' }, value: 32 + t * 1.5 }));
    rows.push(observation({ series: 'SH_STA_MORT', unit: 'PER_100000_LIVE_BIRTHS', period: year(String(y)), dimensions: {}, value: 170 + 5 * t }));
    rows.push(observation({ series: 'SH_DYN_NMRT', unit: 'PER_1000_LIVE_BIRTHS', period: year(String(y)), dimensions: {}, value: 15 + t }));
  }
  return rows;
}

for (const dialect of STORE_DIALECTS) {
  describe(`paging of the progress and gap lists on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => seedBangladesh(store, 'test:paging', SERIES, observations()));
    const get = async (url: string) => {
      const r = await api.app.inject(url);
      assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
      return { body: r.json(), link: r.headers.link as string | undefined };
    };

    it('GET /progress/indicators?limit=1&offset=1 answers the second indicator of the whole list, page {total 3, offset 1, limit 1} and Link', async () => {
      const all = (await get('/api/v1/progress/indicators')).body;
      assert.deepEqual(all.page, { total: 3, offset: 0, limit: 1000 });
      const { body, link } = await get('/api/v1/progress/indicators?limit=1&offset=1');
      assert.deepEqual(body.page, { total: 3, offset: 1, limit: 1 });
      assert.deepEqual(body.data.indicators, [all.data.indicators[1]]);
      assert.equal(link, '</api/v1/progress/indicators?limit=1&offset=0>; rel="first", </api/v1/progress/indicators?limit=1&offset=0>; rel="prev", '
        + '</api/v1/progress/indicators?limit=1&offset=2>; rel="next", </api/v1/progress/indicators?limit=1&offset=2>; rel="last"');
    });

    it('GET /progress/off-track pages its worst-first list the same way', async () => {
      const all = (await get('/api/v1/progress/off-track')).body;
      const total = all.data.indicators.length;
      assert.ok(total >= 2, `${total} off track`);
      assert.equal(all.page.total, total);
      const { body } = await get(`/api/v1/progress/off-track?limit=1&offset=${total - 1}`);
      assert.deepEqual(body.data.indicators, [all.data.indicators[total - 1]]);
      assert.deepEqual(body.page, { total, offset: total - 1, limit: 1 });
    });

    it('GET /gaps?offset= moves both lists on together; page.total is the longer list', async () => {
      const all = (await get('/api/v1/gaps?limit=200')).body;
      const total = Math.max(all.data.largest.length, all.data.widening.length);
      assert.ok(total >= 1);
      assert.deepEqual(all.page, { total, offset: 0, limit: 200 });
      const { body } = await get('/api/v1/gaps?limit=1&offset=1');
      assert.deepEqual(body.data.largest, all.data.largest.slice(1, 2));
      assert.deepEqual(body.data.widening, all.data.widening.slice(1, 2));
    });

    it('a limit above the maximum is refused with 400 BAD_PARAMETER naming it', async () => {
      const r = await api.app.inject('/api/v1/progress/off-track?limit=5000');
      assert.equal(r.statusCode, 400);
      assert.match(r.json().error.message, /^parameter limit:/);
    });
  });
}
