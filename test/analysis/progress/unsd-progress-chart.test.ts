import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { YearValue } from '../../../src/analysis/progress/types.ts';
import { unsdProgressChart } from '../../../src/analysis/progress/unsd-progress-chart.ts';

/** Series from `year=value` pairs: series('2015=20', '2020=15'). */
function series(...pairs: string[]): YearValue[] {
  return pairs.map((p) => { const [y, v] = p.split('='); return { year: Number(y), value: Number(v) }; });
}

// Required CAGR 10 % a year: target 100·1.1^10 = 259.37 in 2030 from 100 in 2020; one year of data gives a = x − 1.
const tenPercent = { value: 100 * 1.1 ** 10, year: 2030 };
function withTarget(value2021: number) {
  return unsdProgressChart({ series: series('2020=100', `2021=${value2021}`), direction: 'increase', target: tenPercent });
}

describe('unsdProgressChart with a target', () => {
  it('classes a poverty rate falling from 20 to 15 in five years, aiming at 10 by 2030, as on track (ratio 1.24)', () => {
    // a = (15/20)^(1/5) − 1 = −0.05591; r = (10/20)^(1/15) − 1 = −0.04516; ratio = 0.05591 / 0.04516 = 1.238.
    const r = unsdProgressChart({ series: series('2015=20', '2020=15'), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'on_track');
    assert.ok(Math.abs(r.cagr! - -0.05591) < 1e-5);
    assert.ok(Math.abs(r.ratio! - 1.2381) < 1e-4);
  });

  it('puts ratio 0.96 on track and 0.94 in fair progress (boundary 0.95)', () => {
    // a = 109.6/100 − 1 = 0.096, r = 0.10 → 0.96; a = 0.094 → 0.94.
    assert.equal(withTarget(109.6).status, 'on_track');
    assert.ok(Math.abs(withTarget(109.6).ratio! - 0.96) < 1e-9);
    assert.equal(withTarget(109.4).status, 'fair_progress');
  });

  it('puts ratio 0.51 in fair progress and 0.49 in limited progress (boundary 0.5)', () => {
    // a = 0.051 → 0.51; a = 0.049 → 0.49.
    assert.equal(withTarget(105.1).status, 'fair_progress');
    assert.equal(withTarget(104.9).status, 'limited_progress');
  });

  it('puts ratio −0.09 in limited progress and −0.11 in deterioration (boundary −0.1)', () => {
    // a = 99.1/100 − 1 = −0.009 → −0.09; a = −0.011 → −0.11.
    assert.equal(withTarget(99.1).status, 'limited_progress');
    assert.equal(withTarget(98.9).status, 'deterioration');
    assert.ok(Math.abs(withTarget(98.9).ratio! - -0.11) < 1e-9);
  });

  it('classes a target already met as on track, with no ratio', () => {
    // 9 ≤ 10 with direction decrease: met. a = (9/20)^(1/7) − 1 = e^(ln 0.45 / 7) − 1 = −0.10780.
    const r = unsdProgressChart({ series: series('2015=20', '2022=9'), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.deepEqual({ status: r.status, ratio: r.ratio, targetMet: r.targetMet }, { status: 'on_track', ratio: undefined, targetMet: true });
    assert.ok(Math.abs(r.cagr! - -0.10780) < 1e-5);
  });

  it('classes a zero value meeting a zero target as on track, without a CAGR (0 has none)', () => {
    // 0 ≤ 0: met; (0/5)^(1/7) − 1 = −1 is not a growth rate worth showing, so cagr is left out.
    const r = unsdProgressChart({ series: series('2015=5', '2022=0'), direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.deepEqual(r, { status: 'on_track', targetMet: true });
  });

  it('takes a zero target as a required CAGR of −100 %: halving in five years is limited progress (ratio 0.129)', () => {
    // a = (10/20)^(1/5) − 1 = −0.12945; r = (0/20)^(1/15) − 1 = −1; ratio = 0.12945 → limited (−0.1 ≤ 0.129 < 0.5).
    const r = unsdProgressChart({ series: series('2015=20', '2020=10'), direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.equal(r.status, 'limited_progress');
    assert.ok(Math.abs(r.ratio! - 0.12945) < 1e-5);
  });

  it('classes a series that started past its target and fell back as deterioration, with no ratio', () => {
    // Increase wanted; 50 ≥ 40 in 2015, 35 < 40 in 2020: the target was met and is lost.
    const r = unsdProgressChart({ series: series('2015=50', '2020=35'), direction: 'increase', target: { value: 40, year: 2030 } });
    assert.deepEqual({ status: r.status, ratio: r.ratio }, { status: 'deterioration', ratio: undefined });
  });

  it('answers not_available / target_year_not_after_base_year for a target year at or before the base year', () => {
    const r = unsdProgressChart({ series: series('2015=50', '2020=55'), direction: 'increase', target: { value: 60, year: 2015 } });
    assert.deepEqual(r, { status: 'not_available', reason: 'target_year_not_after_base_year' });
  });
});

describe('unsdProgressChart without a target', () => {
  const trend = (v: number, direction: 'increase' | 'decrease' = 'increase') =>
    unsdProgressChart({ series: series('2020=100', `2021=${v}`), direction }).status;

  it('classes CAGR 1.1 % on track and 0.9 % fair (boundary 1 %)', () => {
    // c = 101.1/100 − 1 = 0.011; 100.9 → 0.009.
    assert.equal(trend(101.1), 'on_track');
    assert.equal(trend(100.9), 'fair_progress');
  });

  it('classes CAGR 0.6 % fair, 0.4 % and −0.4 % limited, −0.6 % deterioration (boundaries 0.5 %, −0.5 %)', () => {
    assert.equal(trend(100.6), 'fair_progress');
    assert.equal(trend(100.4), 'limited_progress');
    assert.equal(trend(99.6), 'limited_progress');
    assert.equal(trend(99.4), 'deterioration');
  });

  it('flips the sign for a decrease: a fall of 1.1 % a year is on track, a rise of 1.1 % deterioration', () => {
    // c = −(98.9/100 − 1) = 0.011; c = −(101.1/100 − 1) = −0.011.
    assert.equal(trend(98.9, 'decrease'), 'on_track');
    assert.equal(trend(101.1, 'decrease'), 'deterioration');
  });
});

describe('unsdProgressChart edge cases', () => {
  it('answers not_available / too_few_points for a single data point', () => {
    const r = unsdProgressChart({ series: series('2020=5'), direction: 'increase', target: { value: 10, year: 2030 } });
    assert.deepEqual(r, { status: 'not_available', reason: 'too_few_points' });
  });

  it('answers not_available / too_few_points for no data, or a base year that is the latest year', () => {
    assert.equal(unsdProgressChart({ series: [], direction: 'increase' }).reason, 'too_few_points');
    assert.equal(unsdProgressChart({ series: series('2015=5', '2020=6'), direction: 'increase', baseYear: 2020 }).reason, 'too_few_points');
  });

  it('answers not_available / no_data_in_base_year when the base year has no observation', () => {
    const r = unsdProgressChart({ series: series('2015=5', '2020=6'), direction: 'increase', baseYear: 2016 });
    assert.deepEqual(r, { status: 'not_available', reason: 'no_data_in_base_year' });
  });

  it('measures from the base year asked for, not the first point', () => {
    // Base 2016 = 100, 2017 = 102: c = 0.02 → on track; from 2015 = 200 it would be deterioration.
    const r = unsdProgressChart({ series: series('2015=200', '2016=100', '2017=102'), direction: 'increase', baseYear: 2016 });
    assert.equal(r.status, 'on_track');
    assert.ok(Math.abs(r.cagr! - 0.02) < 1e-12);
  });

  it('answers not_available / non_positive_value for a zero base value (no growth rate from 0)', () => {
    const r = unsdProgressChart({ series: series('2015=0', '2020=5'), direction: 'increase', target: { value: 10, year: 2030 } });
    assert.equal(r.reason, 'non_positive_value');
  });

  it('answers not_available / non_positive_value for negative values and mixed signs', () => {
    assert.equal(unsdProgressChart({ series: series('2015=-2', '2020=3'), direction: 'increase' }).reason, 'non_positive_value');
    assert.equal(unsdProgressChart({ series: series('2015=-2', '2020=-1'), direction: 'increase' }).reason, 'non_positive_value');
  });

  it('ignores points whose value is not a number and sorts the rest by year', () => {
    // Points 2021 = 101.1, 2020 = 100 (2022 = NaN ignored): c = 0.011 → on track.
    const r = unsdProgressChart({ series: [{ year: 2022, value: NaN }, { year: 2021, value: 101.1 }, { year: 2020, value: 100 }], direction: 'increase' });
    assert.equal(r.status, 'on_track');
  });
});
