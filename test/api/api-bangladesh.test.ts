import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { initBundledCountry } from '../../src/cli/init.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { apiSuite } from '../support/api-suite.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const UNSD_FILE = new URL('../../datasets/countries/bgd/indicators/unsd-sdg-database/unsd-sdg-bgd-all-series.csv', import.meta.url);
const source = parse(readFileSync(UNSD_FILE), { columns: true }) as Record<string, string>[];

/** `year value` pairs of a series in the source file, sorted: the dimension-independent content of the series. */
function sourcePairs(series: string): string[] {
  return source.filter((r) => r.series === series).map((r) => `${r.year} ${Number(r.value)}`).sort();
}

for (const dialect of STORE_DIALECTS) {
  describe(`API on ${dialect} over the bundled Bangladesh data`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await initBundledCountry(store, 'none');
    });

    const json = async (url: string): Promise<any> => (await api.app.inject(url)).json();

    for (const [indicator, series] of [['3.2.1', 'SH_DYN_MORT'], ['1.1.1', 'SI_POV_DAY1'], ['5.3.1', 'SP_DYN_MRBF18'], ['6.1.1', 'SH_H2O_SAFE']] as const) {
      it(`GET /indicators/${indicator}/observations?series=${series} returns exactly the source file's ${sourcePairs(series).length} observations`, async () => {
        const body = await json(`/api/v1/indicators/${indicator}/observations?series=${series}&area=BGD`);
        assert.equal(body.page.total, sourcePairs(series).length);
        assert.deepEqual(body.data.map((o: { timePeriod: string; value: number }) => `${o.timePeriod} ${o.value}`).sort(), sourcePairs(series));
      });
    }

    it('under-five mortality 2021 is 27.3 for both sexes, 25.2 for girls, 29.2 for boys', async () => {
      for (const [sex, value] of [['_T', 27.3], ['F', 25.2], ['M', 29.2]] as const) {
        const body = await json(`/api/v1/indicators/3.2.1/observations?series=SH_DYN_MORT&SEX=${sex}&from=2021&to=2021`);
        assert.deepEqual(body.data.map((o: { value: number }) => o.value), [value], `SEX=${sex}`);
      }
    });

    it('GET /goals/3 shows 3.2.1 as complete with its latest national total', async () => {
      const body = await json('/api/v1/goals/3');
      const u5 = body.data.targets.find((t: { code: string }) => t.code === '3.2').indicators.find((i: { code: string }) => i.code === '3.2.1');
      assert.equal(u5.reportingStatus, 'complete');
      assert.equal(u5.latest.value, 27.3);
      assert.equal(u5.latest.timePeriod, '2021');
    });

    it('GET /areas lists Bangladesh, 8 divisions and 64 districts, in Bengali on request', async () => {
      const body = await json('/api/v1/areas?lang=bn');
      assert.equal(body.data.length, 73);
      assert.deepEqual(body.data.filter((a: { level: string }) => a.level === 'division').length, 8);
      assert.equal(body.data.find((a: { code: string }) => a.code === 'BD-C').name, 'ঢাকা');
    });

    it('the site is Bangladesh, and the country answers to BGD, BD and 050 alike', async () => {
      const site = await json('/api/v1/site');
      assert.equal(site.data.country.code, '050');
      for (const alias of ['BGD', 'BD', '050', '50']) {
        const body = await json(`/api/v1/indicators/3.2.1/observations?series=SH_DYN_MORT&area=${alias}&SEX=_T&from=2021&to=2021`);
        assert.equal(body.data[0]?.value, 27.3, `area=${alias}`);
      }
    });
  });
}
