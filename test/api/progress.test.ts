import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setSettings, upsertProgressTargets, type Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';

/** Under-five mortality in Bangladesh, UN SDG Global Database (SH_DYN_MORT, 2015–2021, deaths per 1,000 live births). */
const U5MR: Record<string, number[]> = {
  _T: [38.0, 36.0, 34.1, 32.2, 30.4, 28.8, 27.3],
  F: [35.3, 33.5, 31.6, 29.9, 28.2, 26.6, 25.2],
  M: [40.5, 38.4, 36.4, 34.4, 32.6, 30.8, 29.2],
};

async function seed(store: Store): Promise<void> {
  await seedUnderFiveMortality(store, 'test:u5mr', Object.entries(U5MR).flatMap(([sex, values]) =>
    values.map((value, i) => observation({ period: year(String(2015 + i)), dimensions: { SEX: sex, AGE: 'Y0T4' }, value, unit: 'PER_1000_LIVE_BIRTHS' }))));
}

for (const dialect of STORE_DIALECTS) {
  describe(`progress API on ${dialect} with under-five mortality 2015–2021`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);
    const get = async (url: string): Promise<{ status: number; body: any }> => {
      const r = await api.app.inject(url);
      return { status: r.statusCode, body: r.json() };
    };

    it('GET /progress/indicators/3.2.1 applies the global rule "≤ 25 per 1,000" and puts UNSD at on_track with ratio 1.948', async () => {
      const { status, body } = await get('/api/v1/progress/indicators/3.2.1');
      assert.equal(status, 200);
      const total = body.data.series.find((s: { dimensions: Record<string, string> }) => s.dimensions.SEX === '_T');
      assert.equal(body.data.series.length, 1, 'the national view reads the total key only');
      assert.deepEqual(total.target, { source: 'global', direction: 'decrease', milestones: {}, target: { year: 2030, value: 25 }, rule: '≤ 25 per 1,000' });
      assert.deepEqual(total.base, { year: 2015, value: 38 });
      // Actual CAGR (27.3/38)^(1/6) − 1 = −0.053626; required (25/38)^(1/15) − 1 = −0.027528; ratio 1.948 ≥ 0.95.
      assert.equal(total.results.unsd.status, 'on_track');
      assert.ok(Math.abs(total.results.unsd.ratio - 1.948) < 0.001, String(total.results.unsd.ratio));
      assert.equal(total.results.opensdg.status, 'substantial_progress');
      // Gap: expected on the straight path in 2021 = 38 + (25 − 38)·6/15 = 32.8; CAGR trend in 2030 = 27.3·0.946374^9 = 16.62;
      // met when 27.3·0.946374^t = 25 → t = ln(25/27.3)/ln(0.946374) = 1.597 → 2022.6 → 2023.
      assert.ok(Math.abs(total.gap.expected - 32.8) < 1e-9);
      assert.ok(Math.abs(total.gap.projected - 16.62) < 0.01, String(total.gap.projected));
      assert.equal(total.gap.metYear, 2023);
      assert.equal(total.projections.cagr.metYear, 2023);
      assert.equal(total.projections.cagr.points.at(-1).year, 2030);
    });

    it('GET /progress/snapshot counts 3.2.1 under goal 3 as on_track (UNSD) and SEX:F reads the female key', async () => {
      const { body } = await get('/api/v1/progress/snapshot?method=unsd');
      assert.deepEqual(body.data.national, { total: 1, assessed: 1, counts: { on_track: 1 }, shares: { on_track: 1 }, status: 'on_track' });
      assert.deepEqual(body.data.goals.map((g: { code: string }) => g.code), ['3']);
      const female = await get('/api/v1/progress/indicators/3.2.1?dimension=SEX:F');
      // Female: (25.2/35.3)^(1/6) − 1 = −0.054624 over (25/35.3)^(1/15) − 1 = −0.022738 → ratio 2.402.
      assert.ok(Math.abs(female.body.data.series[0].results.unsd.ratio - 2.402) < 0.001);
      const scopes = await get('/api/v1/progress/scopes');
      assert.deepEqual(scopes.body.data.dimensions.find((d: { id: string }) => d.id === 'SEX').codes.map((c: { code: string }) => c.code), ['F', 'M']);
    });

    it('a national target of 10 by 2030 replaces the global one: fair progress, off track, met in 2040 at this pace', async () => {
      await upsertProgressTargets(api.store.db, [{
        indicatorId: '3.2.1', dimensions: {}, source: 'national', direction: 'decrease', baseline: { year: 2015, value: 38 },
        milestones: { 2020: 30, 2025: 20 }, target: { year: 2030, value: 10 }, updatedAt: '2026-11-29T00:00:00.000Z', updatedBy: null,
      }]);
      const { body } = await get('/api/v1/progress/indicators/3.2.1');
      const total = body.data.series[0];
      assert.equal(total.target.source, 'national');
      assert.deepEqual(total.target.milestones, { 2020: 30, 2025: 20 });
      // Required (10/38)^(1/15) − 1 = −0.085154; ratio 0.053626 / 0.085154 = 0.6297: UNSD fair (0.5–0.95), Open SDG moderate (0.6–0.95).
      assert.ok(Math.abs(total.results.unsd.ratio - 0.6297) < 0.001, String(total.results.unsd.ratio));
      assert.equal(total.results.unsd.status, 'fair_progress');
      assert.equal(total.results.opensdg.status, 'moderate_progress');
      const off = await get('/api/v1/progress/off-track?method=unsd');
      assert.deepEqual(off.body.data.indicators.map((i: { indicator: string }) => i.indicator), ['3.2.1']);
      // Expected in 2021: 38 + (10 − 38)·6/15 = 26.8; met: ln(10/27.3)/ln(0.946374) = 18.22 years → 2039.2 → 2040.
      assert.ok(Math.abs(off.body.data.indicators[0].gap.expected - 26.8) < 1e-9);
      assert.equal(off.body.data.indicators[0].gap.metYear, 2040);
      assert.equal(off.body.data.indicators[0].targetSource, 'national');
    });

    it('ESCAP Anticipated Progress reads the national thresholds: the same ratio is classed by the bounds chosen', async () => {
      const before = await get('/api/v1/progress/indicators/3.2.1?dimension=SEX:_T');
      const ap = before.body.data.series[0].results['escap-ap'];
      assert.ok(ap.ratio > 0 && ap.ratio < 1, `ratio ${ap.ratio} lies between the default bounds 0 and 1`);
      assert.equal(ap.status, 'accelerate_progress');
      // A maintain bound below the ratio turns the same series to maintain_progress.
      await setSettings(api.store.db, { progress_escap_thresholds: JSON.stringify({ maintain: ap.ratio - 0.01, reverse: -1 }) });
      const after = await get('/api/v1/progress/indicators/3.2.1?dimension=SEX:_T');
      assert.equal(after.body.data.series[0].results['escap-ap'].status, 'maintain_progress');
      await setSettings(api.store.db, { progress_escap_thresholds: JSON.stringify({ maintain: 1, reverse: 0 }) });
    });

    it('the national default method and unknown names: settings choose, bad method is 400, unknown indicator 404', async () => {
      await setSettings(api.store.db, { progress_method: 'eurostat' });
      const methods = await get('/api/v1/progress/methods');
      assert.equal(methods.body.data.default, 'eurostat');
      assert.equal((await get('/api/v1/progress/snapshot')).body.data.method, 'eurostat');
      assert.equal((await get('/api/v1/progress/snapshot?method=best')).status, 400);
      assert.equal((await get('/api/v1/progress/indicators/9.9.9')).status, 404);
      // Scopes no data hold are named, not answered with an empty snapshot; an alias of the country's code is accepted.
      const area = await get('/api/v1/progress/snapshot?area=ZZZ');
      assert.equal(area.status, 400);
      assert.match(area.body.error.message, /area.*no reference area "ZZZ"/);
      assert.match((await get('/api/v1/progress/snapshot?dimension=FOO:bar')).body.error.message, /no data are broken down by FOO/);
      assert.match((await get('/api/v1/progress/indicators/3.2.1?dimension=SEX:Q')).body.error.message, /no data have SEX = Q/);
      assert.equal((await get('/api/v1/progress/snapshot?area=BGD')).body.data.scope.area, '050');
      // asOf: a date is the end of that day; before the data were published nothing is assessed.
      assert.equal((await get('/api/v1/progress/snapshot?asOf=2020-01-01')).body.data.national.total, 0);
    });
  });
}
