import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initBundledCountry } from '../../src/cli/init.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { upsertAreas, type Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { observation, year } from '../support/builders.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { seedUnderFiveMortality } from '../support/country-seed.ts';

const close = (actual: number, expected: number, digits = 6): void => {
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);
};

/**
 * Under-five mortality (UN SDG Global Database figures for 2015–2017) by sex, made-up rural and urban figures for
 * 2016 and 2018, and a made-up Barishal (BD-A) total for 2017.
 */
async function seed(store: Store): Promise<void> {
  const bySex = { _T: [38.0, 36.0, 34.1], F: [35.3, 33.5, 31.6], M: [40.5, 38.4, 36.4] };
  const observations = [
    ...Object.entries(bySex).flatMap(([sex, values]) => values.map((value, i) => observation({ period: year(String(2015 + i)), dimensions: { SEX: sex }, value, unit: 'PER_1000_LIVE_BIRTHS' }))),
    ...[['R', 50, 40], ['U', 50, 60]].flatMap(([code, v2016, v2018]) => [
      observation({ period: year('2016'), dimensions: { URBANISATION: code as string }, value: v2016 as number, unit: 'PER_1000_LIVE_BIRTHS' }),
      observation({ period: year('2018'), dimensions: { URBANISATION: code as string }, value: v2018 as number, unit: 'PER_1000_LIVE_BIRTHS' }),
    ]),
    observation({ period: year('2017'), area: 'BD-A', dimensions: { SEX: '_T' }, value: 40, unit: 'PER_1000_LIVE_BIRTHS' }),
  ];
  await seedUnderFiveMortality(store, 'test:gaps', observations, async (trx) => {
    await upsertAreas(trx, [{ code: 'BD-A', parent: '050', level: 'division', names: { en: 'Barishal' }, m49: null, iso3: null, codes: {} }]);
  });
}

for (const dialect of STORE_DIALECTS) {
  describe(`gaps API on ${dialect} with under-five mortality by sex, urbanisation and area`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seed);
    const get = async (url: string): Promise<{ status: number; body: any }> => {
      const r = await api.app.inject(url);
      return { status: r.statusCode, body: r.json() };
    };

    it('GET /indicators/3.2.1/gaps gives female vs male with a stable gap, rural vs urban widening, Barishal vs the country', async () => {
      const { status, body } = await get('/api/v1/indicators/3.2.1/gaps');
      assert.equal(status, 200);
      assert.equal(body.data.area.code, '050');
      const [series] = body.data.series;
      assert.deepEqual(body.data.series.map((s: { series: string }) => s.series), ['SH_DYN_MORT']);
      const dim = (id: string) => series.dimensions.find((d: { id: string }) => d.id === id).pairs[0];
      const sex = dim('SEX');
      assert.deepEqual([sex.a.code, sex.b.code, sex.context], ['F', 'M', []]);
      // Gaps 35.3 − 40.5 = −5.2, 33.5 − 38.4 = −4.9, 31.6 − 36.4 = −4.8; ḡ = −14.9/3 = −4.96667;
      // Sxy = (−1)(−5.2 + 4.96667) + (1)(−4.8 + 4.96667) = 0.23333 + 0.16667 = 0.4, Sxx = 2 → slope 0.2;
      // |ĝ| 5.16667 (2015) → 4.76667 (2017): −0.2 a year; tolerance 1 % of mean(37.9, 35.95, 34.0) = 0.3595 → stable.
      assert.deepEqual(sex.years.map((y: { gap: number }) => Math.round(y.gap * 10) / 10), [-5.2, -4.9, -4.8]);
      assert.equal(sex.trend.class, 'stable');
      assert.equal(sex.trend.basis, 'least_squares');
      close(sex.trend.slope, 0.2);
      close(sex.trend.distanceChange, -0.2);
      close(sex.trend.tolerance, 0.3595);
      close(sex.latest.ratio, 31.6 / 36.4); // 0.868132
      const urban = dim('URBANISATION');
      // 2016: 50 − 50 = 0; 2018: 40 − 60 = −20 → |gap| 0 → 20 over 2 years: +10 a year ≫ 1 % of 50 → widening (two years).
      assert.deepEqual([urban.a.code, urban.b.code, urban.trend.class, urban.trend.basis], ['R', 'U', 'widening', 'two_years']);
      close(urban.trend.distanceChange, 10);
      close(urban.latest.ratio, 40 / 60);
      const area = dim('REF_AREA');
      // 2017: 40 − 34.1 = 5.9; ratio 40 / 34.1 = 1.173021; adjusted 2 − 34.1 / 40 = 1.1475; one year: no trend.
      assert.deepEqual([area.a.code, area.a.name, area.b.code, area.trend.class], ['BD-A', 'Barishal', '050', 'single_year']);
      close(area.latest.gap, 5.9);
      close(area.latest.ratio, 1.173021);
      close(area.latest.adjustedRatio, 1.1475);
    });

    it('GET /gaps ranks by latest distance from parity: rural 0.3333, Barishal 0.1475, female 0.1319; only rural widens', async () => {
      const { body } = await get('/api/v1/gaps');
      // |1 − 40/60| = 0.33333; |1 − 1.1475| = 0.1475; |1 − 31.6/36.4| = 0.131868.
      assert.deepEqual(body.data.largest.map((g: { dimension: { code: string }; a: { code: string } }) => `${g.dimension.code}:${g.a.code}`),
        ['URBANISATION:R', 'REF_AREA:BD-A', 'SEX:F']);
      close(body.data.largest[0].distance, 1 / 3);
      close(body.data.largest[1].distance, 0.1475);
      close(body.data.largest[2].distance, 0.131868);
      assert.deepEqual(body.data.largest[0].indicator, { code: '3.2.1', title: body.data.largest[0].indicator.title });
      assert.deepEqual(body.data.widening.map((g: { a: { code: string } }) => g.a.code), ['R']);
      const sexOnly = await get('/api/v1/gaps?dimension=SEX&limit=5');
      assert.deepEqual(sexOnly.body.data.largest.map((g: { a: { code: string } }) => g.a.code), ['F']);
      assert.deepEqual(sexOnly.body.data.widening, []);
    });

    it('GET /indicators/9.9.9/gaps answers 404 and /gaps?dimension=COLOUR 400', async () => {
      assert.equal((await get('/api/v1/indicators/9.9.9/gaps')).status, 404);
      assert.equal((await get('/api/v1/gaps?dimension=COLOUR')).status, 400);
      assert.equal((await get('/api/v1/indicators/3.2.1/gaps?area=XYZ')).status, 400);
    });
  });

  describe(`gaps API on ${dialect} over the bundled Bangladesh data`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await initBundledCountry(store, 'none');
    });

    it('GET /indicators/8.5.2/gaps: unemployment 15+ of women 6.68 % vs men 3.32 % in 2017, parity 2.012, widening since 2000', async () => {
      const body = (await api.app.inject('/api/v1/indicators/8.5.2/gaps?series=SL_TLF_UEM')).json();
      const sex = body.data.series[0].dimensions.find((d: { id: string }) => d.id === 'SEX').pairs
        .find((p: { context: { code: string }[] }) => p.context.map((c) => c.code).join() === 'Y_GE15');
      assert.deepEqual(sex.latest.year, 2017);
      close(sex.latest.gap, 3.36); // 6.68 − 3.32
      close(sex.latest.ratio, 2.012048); // 6.68 / 3.32
      // Nine common years 2000–2017, gaps 0.08 … 3.36: t̄ = 2008.778, ḡ = 2.738889; least-squares slope 0.181723 a year
      // (worked independently); |ĝ| 1.1438 (2000) → 4.2331 (2017) grows 0.181723 a year > tolerance 0.047172 → widening.
      assert.equal(sex.years.length, 9);
      close(sex.trend.slope, 0.181723);
      close(sex.trend.tolerance, 0.047172);
      assert.equal(sex.trend.class, 'widening');
      const list = (await api.app.inject('/api/v1/gaps?dimension=SEX&limit=200')).json();
      assert.ok(list.data.widening.some((g: { indicator: { code: string }; series: string }) => g.indicator.code === '8.5.2' && g.series === 'SL_TLF_UEM'));
    });
  });
}
