import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregateOpenSdg, assessOpenSdg, limitCoefficient, openSdgScore, statusFromScore,
} from '../../../src/analysis/progress/open-sdg.ts';
import { openSdgSeriesTag, selectOpenSdgSeries } from '../../../src/analysis/progress/open-sdg-select.ts';
import type { YearValue } from '../../../src/analysis/progress/types.ts';

const pts = (...pairs: [number, number][]): YearValue[] => pairs.map(([year, value]) => ({ year, value }));
const near = (actual: number | undefined, expected: number, tolerance = 1e-6) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected}`);

describe('assessOpenSdg with a target', () => {
  it('compares observed with required growth: Canada 1.2.1 is substantial_progress, score 2.5186', () => {
    // CAGR_o = (10.2/14.5)^(1/8) − 1 = −0.0430174; CAGR_r = (7.25/14.5)^(1/15) − 1 = −0.0451584;
    // R = (+1)(−1)(−0.0430174) / 0.0451584 = 0.95259 ≥ 0.95; score = 7.1429·0.95259 − 4.2857 = 2.51856.
    const r = assessOpenSdg({ series: pts([2015, 14.5], [2023, 10.2]), direction: 'decrease', target: { value: 7.25, year: 2030 } });
    assert.equal(r.status, 'substantial_progress');
    near(r.ratio, 0.9525901792);
    near(r.score, 2.5185563911);
  });

  it('gives target_achieved and score 5 when the current value is at or beyond the target', () => {
    // decrease, current 7 ≤ target 7.25 → target met, whatever the growth.
    const r = assessOpenSdg({ series: pts([2015, 14.5], [2023, 7]), direction: 'decrease', target: { value: 7.25, year: 2030 } });
    assert.deepEqual([r.status, r.score], ['target_achieved', 5]);
  });

  it('gives not_available when the target equals the base value and is not met (no growth is required)', () => {
    // CAGR_r = (10/10)^(1/15) − 1 = 0: the ratio would divide by zero.
    const r = assessOpenSdg({ series: pts([2015, 10], [2020, 12]), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'not_available');
    assert.match(r.reason ?? '', /no growth is required/);
  });
});

describe('assessOpenSdg without a target', () => {
  it('classes the growth rate against 1.5 % / 0.5 % / 0 % and scores it', () => {
    // 100 → 110 in 5 years: 1.1^(1/5) − 1 = 0.019245 ≥ 0.015 → substantial; score min(500·0.019245 − 5, 5) = 4.6224.
    const up = assessOpenSdg({ series: pts([2015, 100], [2020, 110]), direction: 'increase' });
    assert.equal(up.status, 'substantial_progress');
    near(up.cagr, 0.0192448765);
    near(up.score, 4.6224382457);
    // 100 → 105: 0.0098058 in [0.005, 0.015) → moderate; score 250·0.0098058 − 1.25 = 1.20145.
    const moderate = assessOpenSdg({ series: pts([2015, 100], [2020, 105]), direction: 'increase' });
    assert.equal(moderate.status, 'moderate_progress');
    near(moderate.score, 1.2014494184);
    // 100 → 101: 0.0019920 in [0, 0.005) → limited; score 500·0.0019920 − 2.5 = −1.50398.
    const limited = assessOpenSdg({ series: pts([2015, 100], [2020, 101]), direction: 'increase' });
    assert.equal(limited.status, 'limited_progress');
    near(limited.score, -1.5039761667);
    // Same 100 → 110 when a decrease is wanted: −0.019245 < 0 → deterioration; score 125·(−0.019245) − 2.5 = −4.90561.
    const down = assessOpenSdg({ series: pts([2015, 100], [2020, 110]), direction: 'decrease' });
    assert.equal(down.status, 'deterioration');
    near(down.score, -4.9056095614);
  });

  it('scales the thresholds by the natural-limit coefficient: Canada 1.3.1 children, 90 → 93.2 of 100', () => {
    // C = 1 − 0.9^4.44 = 0.373622; high = 0.015·C = 0.0056043; CAGR = (93.2/90)^(1/6) − 1 = 0.0058400 ≥ high →
    // substantial (it would be only moderate without the limit); score 500·0.0058400/0.373622 − 5 = 2.81539.
    const r = assessOpenSdg({ series: pts([2015, 90], [2021, 93.2]), direction: 'increase', limit: 100 });
    assert.equal(r.status, 'substantial_progress');
    near(r.coefficient, 0.373621645);
    near(r.score, 2.8153866454);
  });

  it('gives substantial_progress and score 5 when the base value sits at the limit and holds it', () => {
    // C = 1 − (100/100)^4.44 = 0: every threshold is 0 and CAGR 0 meets them.
    const r = assessOpenSdg({ series: pts([2015, 100], [2020, 100]), direction: 'increase', limit: 100 });
    assert.deepEqual([r.status, r.score, r.coefficient], ['substantial_progress', 5, 0]);
  });
});

describe('assessOpenSdg edge cases', () => {
  it('gives not_available for no data and for a single data point', () => {
    assert.equal(assessOpenSdg({ series: [], direction: 'increase' }).reason, 'no data');
    // one year (2020): base year 2015 has no data, 2020 is taken as base, 2020 − 2020 < 1.
    const single = assessOpenSdg({ series: pts([2020, 5]), direction: 'increase' });
    assert.equal(single.status, 'not_available');
    assert.match(single.reason ?? '', /at least two/);
  });

  it('takes the next year with data when the base year has none, and refuses a base year after the data', () => {
    // base 2015 missing → 2016: 100 → 110 over 2016…2020 = 1.1^(1/4) − 1 = 0.024114.
    const r = assessOpenSdg({ series: pts([2016, 100], [2020, 110]), direction: 'increase' });
    assert.equal(r.baseYear, 2016);
    near(r.cagr, 1.1 ** 0.25 - 1);
    const late = assessOpenSdg({ series: pts([2016, 100], [2020, 110]), direction: 'increase', baseYear: 2025 });
    assert.equal(late.status, 'not_available');
    assert.match(late.reason ?? '', /base year 2025 is after the latest data \(2020\)/);
  });

  it('uses 0.001 for a zero base value, as published', () => {
    // (1/0.001)^(1/5) − 1 = 1000^0.2 − 1 = 2.98107 → substantial, score capped at 5.
    const r = assessOpenSdg({ series: pts([2015, 0], [2020, 1]), direction: 'increase' });
    assert.equal(r.status, 'substantial_progress');
    near(r.cagr, 2.9810717055);
    assert.equal(r.score, 5);
  });

  it('flips the growth sign for negative values: −10 → −5 is an increase', () => {
    // s = −1; CAGR = (−5/−10)^(1/5) − 1 = −0.129449; value = (−1)(+1)(−0.129449) = 0.129449 → substantial, score 5.
    const r = assessOpenSdg({ series: pts([2015, -10], [2020, -5]), direction: 'increase' });
    assert.equal(r.status, 'substantial_progress');
    near(r.cagr, 0.1294494367);
    assert.equal(r.score, 5);
  });

  it('gives not_available for base and current values of opposite signs', () => {
    const r = assessOpenSdg({ series: pts([2015, -5], [2020, 5]), direction: 'increase' });
    assert.equal(r.status, 'not_available');
    assert.match(r.reason ?? '', /opposite signs/);
  });
});

describe('openSdgScore, limitCoefficient, statusFromScore and aggregateOpenSdg', () => {
  it('scores ratios linearly around 0.6 and caps at ±5', () => {
    // 7.1429·0.6 − 4.2857 = 0.00004 ≈ 0; 4.1667·0 − 2.5 = −2.5; 4.1667·(−1) − 2.5 → −6.67, capped −5.
    near(openSdgScore(0.6, { withTarget: true }), 0.00004, 1e-9);
    assert.equal(openSdgScore(0, { withTarget: true }), -2.5);
    assert.equal(openSdgScore(-1, { withTarget: true }), -5);
    assert.equal(openSdgScore(2, { withTarget: true }), 5);
  });

  it('gives coefficient 1 far from the limit and mirrors it above a minimum limit', () => {
    assert.equal(limitCoefficient(250, 100), 1);
    // b = 110 > l = 100: 1 − ((200 − 110)/100)^4.44 = 1 − 0.9^4.44 = 0.373622, as for 90.
    near(limitCoefficient(110, 100), limitCoefficient(90, 100), 1e-12);
  });

  it('classes indicator scores at the 2.5 / 0 / −2.5 boundaries', () => {
    assert.deepEqual([2.5, 0, -2.5, -2.5001].map((s) => statusFromScore(s)),
      ['substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration']);
  });

  it('averages groups first, then the indicator: Canada 9.c.1 scores 3.5152', () => {
    // (5 + 0.5456 + mean(5, 5)) / 3 = 10.5456 / 3 = 3.5152 → substantial; a series without score does not count.
    const series = (score?: number) => ({ ...(score === undefined ? {} : { score }), targetAchieved: false });
    const r = aggregateOpenSdg([series(5), series(0.5456), aggregateOpenSdg([series(5), series(5)]), series()]);
    near(r.score, 10.5456 / 3);
    assert.equal(r.status, 'substantial_progress');
    assert.equal(aggregateOpenSdg([{ score: 5, targetAchieved: true }]).status, 'target_achieved');
    assert.equal(aggregateOpenSdg([series()]).status, 'not_available');
  });
});

describe('selectOpenSdgSeries and openSdgSeriesTag', () => {
  const header = ['Year', 'Series', 'Sex', 'GeoCode', 'Progress', 'Value'];
  const rows = [
    { Year: '2015/2016', Series: 'A', Sex: '', GeoCode: '', Progress: '10', Value: '11' },
    { Year: '2020/2021', Series: 'A', Sex: '', GeoCode: '', Progress: '12', Value: '13' },
    { Year: '2020/2021', Series: 'A', Sex: 'Female', GeoCode: '', Progress: '', Value: '9' },
    { Year: '2020/2021', Series: 'B', Sex: '', GeoCode: '', Progress: '', Value: '1' },
  ];

  it('cuts year ranges to their first year, takes the Progress column and the headline of the series', () => {
    assert.deepEqual(selectOpenSdgSeries(rows, header, { series: 'A' }), { points: pts([2015, 10], [2020, 12]) });
  });

  it('gives no data for a disaggregation value the table lacks, and a reason when several series remain', () => {
    assert.deepEqual(selectOpenSdgSeries(rows, header, { series: 'A', disaggregation: [{ field: 'Sex', value: 'Male' }] }), { points: [] });
    assert.match((selectOpenSdgSeries(rows, header, {}) as { reason: string }).reason, /several sub-series remain in column Series/);
  });

  it('labels a series as published, leading underscores dropped', () => {
    assert.equal(openSdgSeriesTag('16-3-1', { series: 'Physical violence', disaggregation: [{ field: 'T', value: '_Physical assault' }] }),
      '16-3-1 / Physical violence / Physical assault');
  });
});
