import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import { upsertAreas, upsertSeries, type Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';

// National series 2015–2021. Under-five mortality (3.2.1, desired: decrease) and access to electricity (7.1.1, desired:
// increase) as in the UN SDG Global Database; poverty (1.1.1, desired: decrease) constructed to rise; malaria
// incidence (3.3.3) has no global rule giving a direction, so it is left out.
const NATIONAL: [string, string, number[]][] = [
  ['SH_DYN_MORT', 'PER_1000_LIVE_BIRTHS', [38.0, 36.0, 34.1, 32.2, 30.4, 28.8, 27.3]],
  ['EG_ACS_ELEC', 'PERCENT', [74.4, 75.9, 88.0, 91.8, 92.2, 96.2, 96.5]],
  ['SI_POV_DAY1', 'PERCENT', [14.0, 14.3, 14.9, 15.2, 15.8, 16.5, 17.1]],
  ['SH_STA_MALR', 'PER_1000_POP', [1.2, 1.5, 1.1, 1.6, 1.3, 1.4, 1.0]],
];
// Five districts in 2021: mortality ranks (aligned, −value) 3,4,2,5,1; electricity ranks 3,5,2,4,1.
const DISTRICTS = ['BD-01', 'BD-02', 'BD-03', 'BD-04', 'BD-05'];
const AREA_U5MR = [30, 28, 35, 25, 40];
const AREA_ELEC = [90, 97, 85, 95, 80];

async function seed(store: Store): Promise<void> {
  const rows: Observation[] = NATIONAL.flatMap(([series, unit, values]) =>
    values.map((value, i) => observation({ series, unit, period: year(String(2015 + i)), value })));
  DISTRICTS.forEach((area, i) => {
    rows.push(observation({ area, period: year('2021'), value: AREA_U5MR[i]! }));
    rows.push(observation({ series: 'EG_ACS_ELEC', unit: 'PERCENT', area, period: year('2021'), value: AREA_ELEC[i]! }));
  });
  await seedUnderFiveMortality(store, 'test:links', rows, async (trx) => {
    await upsertAreas(trx, DISTRICTS.map((code) => ({ code, parent: '050', level: 'district', names: { en: code }, m49: null, iso3: null, codes: {} })));
    await upsertSeries(trx, [
      { code: 'EG_ACS_ELEC', name: 'Proportion of population with access to electricity', unit: 'PERCENT', indicators: [{ indicatorId: '7.1.1', relation: 'measures' }] },
      { code: 'SI_POV_DAY1', name: 'Proportion of population below the international poverty line', unit: 'PERCENT', indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] },
      { code: 'SH_STA_MALR', name: 'Malaria incidence per 1,000 population at risk', unit: 'PER_1000_POP', indicators: [{ indicatorId: '3.3.3', relation: 'measures' }] },
    ]);
  });
}

for (const dialect of STORE_DIALECTS) {
  describe(`interlinkages API on ${dialect} with four national series 2015–2021`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);
    const get = async (url: string): Promise<{ status: number; body: any }> => {
      const r = await api.app.inject(url);
      return { status: r.statusCode, body: r.json() };
    };
    const key = (p: { a: { code: string }; b: { code: string } }) => `${p.a.code}~${p.b.code}`;

    it('GET /interlinkages classifies falling mortality with rising electricity a synergy and rising poverty a trade-off with both', async () => {
      const { status, body } = await get('/api/v1/interlinkages');
      assert.equal(status, 200);
      // Aligned: −mortality rises, electricity rises → ρ = 1; −poverty falls → ρ = −1 with each. 3 pairs of 3 indicators.
      // Exact p of |ρ| = 1 from 7 years: 2 of the 7! = 5,040 orderings.
      const p7 = 2 / 5040;
      assert.deepEqual(body.data.pairs.map((p: any) => [key(p), p.rho, p.p, p.n, p.class]), [
        ['1.1.1~3.2.1', -1, p7, 7, 'trade_off'], ['1.1.1~7.1.1', -1, p7, 7, 'trade_off'], ['3.2.1~7.1.1', 1, p7, 7, 'synergy'],
      ]);
      assert.deepEqual(body.data.counts, {
        indicators: 3, withoutDirection: ['3.3.3'], pairs: 3, synergy: 1, trade_off: 2, unclassified: 0, tooFewPoints: 0, constantSeries: 0,
      });
      assert.deepEqual(body.page, { total: 3, offset: 0, limit: 100 });
      assert.equal(body.data.pairs[0].a.direction, 'decrease');
    });

    it('GET /interlinkages filters by class, goal and indicator, pages, and minYears=8 leaves no pair of seven shared years', async () => {
      const synergies = await get('/api/v1/interlinkages?class=synergy');
      assert.deepEqual(synergies.body.data.pairs.map(key), ['3.2.1~7.1.1']);
      const goal7 = await get('/api/v1/interlinkages?goal=7');
      assert.deepEqual(goal7.body.data.pairs.map(key), ['1.1.1~7.1.1', '3.2.1~7.1.1']);
      const strict = await get('/api/v1/interlinkages?minYears=8');
      assert.equal(strict.body.page.total, 0);
      assert.equal(strict.body.data.counts.tooFewPoints, 3);
      const paged = await get('/api/v1/interlinkages?indicator=3.2.1&limit=1&offset=1');
      assert.deepEqual([paged.body.data.pairs.map(key), paged.body.page], [['3.2.1~7.1.1'], { total: 2, offset: 1, limit: 1 }]);
      const unlinked = await get('/api/v1/interlinkages?indicator=3.3.3');
      assert.equal(unlinked.status, 400);
      assert.match(unlinked.body.error.message, /parameter indicator: "3.3.3" has no national series with a desired direction/);
      assert.equal((await get('/api/v1/interlinkages?minYears=2')).status, 400);
      const bad = await get('/api/v1/interlinkages?class=friends');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /class/);
    });

    it('GET /interlinkages?difference=true turns the mortality–electricity trend synergy unclassified', async () => {
      // Yearly changes, aligned: mortality 2.0, 1.9, 1.9, 1.8, 1.6, 1.5 (ranks 6, 4.5, 4.5, 3, 2, 1); electricity 1.5,
      // 12.1, 3.8, 0.4, 4.0, 0.3 (ranks 3, 6, 4, 2, 5, 1); Sxy = 6.5, Sxx = 17, Syy = 17.5 → ρ = 6.5/√297.5 = 0.377
      // (0.371 if rounding splits the tie in 1.9), p ≈ 0.46 on 4 df.
      const { body } = await get('/api/v1/interlinkages?difference=true');
      const pair = body.data.pairs.find((p: any) => key(p) === '3.2.1~7.1.1');
      assert.equal(pair.class, 'unclassified');
      assert.equal(pair.n, 6);
      assert.ok(Math.abs(pair.rho - 0.377) < 0.01, String(pair.rho));
    });

    it('GET /interlinkages/matrix gives goals 1–3 and 1–7 all trade-offs and 3–7 all synergies', async () => {
      const { status, body } = await get('/api/v1/interlinkages/matrix');
      assert.equal(status, 200);
      assert.deepEqual(body.data.cells.map((c: any) => [c.goalA, c.goalB, c.pairs, c.shares.synergy, c.shares.trade_off]), [
        ['1', '3', 1, 0, 1], ['1', '7', 1, 0, 1], ['3', '7', 1, 1, 0],
      ]);
      assert.equal(body.data.goals.length, 17);
    });

    it('GET /indicators/7.1.1/interlinkages lists its partners strongest first with the shared years of both', async () => {
      const { status, body } = await get('/api/v1/indicators/7.1.1/interlinkages');
      assert.equal(status, 200);
      assert.equal(body.data.indicator.series, 'EG_ACS_ELEC');
      assert.deepEqual(body.data.partners.map((p: any) => [p.partner.code, p.class]), [['1.1.1', 'trade_off'], ['3.2.1', 'synergy']]);
      assert.deepEqual(body.data.partners[1].points[0], { year: 2015, value: 74.4, partnerValue: 38 });
      assert.equal(body.data.partners[1].points.length, 7);
      const left = await get('/api/v1/indicators/3.3.3/interlinkages');
      assert.deepEqual([left.body.data.indicator, left.body.data.reason], [null, 'no national series with a desired direction']);
      assert.equal((await get('/api/v1/indicators/99.9.9/interlinkages')).status, 404);
    });

    it('GET /interlinkages/areas correlates five districts in 2021: ρ = 0.9, exact p = 10/120, too weak to classify', async () => {
      // Rank differences 0, 1, 0, 1, 0: ρ = 1 − 6·2/(5·24) = 0.9; of the 120 orderings 1 + 4 reach ρ ≥ 0.9 and as many
      // ρ ≤ −0.9: p = 10/120 = 0.0833 > 0.05, so five areas do not make it a synergy.
      const { status, body } = await get('/api/v1/interlinkages/areas?level=district');
      assert.equal(status, 200);
      assert.equal(body.data.year, 2021);
      assert.equal(body.data.areas, 5);
      const [pair] = body.data.pairs;
      assert.equal(key(pair), '3.2.1~7.1.1');
      assert.ok(Math.abs(pair.rho - 0.9) < 1e-12);
      assert.ok(Math.abs(pair.p - 10 / 120) < 1e-12, String(pair.p));
      assert.equal(pair.class, 'unclassified');
      assert.equal((await get('/api/v1/interlinkages/areas?level=planet')).status, 400);
    });
  });
}
