import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eurostat } from '../../../src/analysis/progress/eurostat.ts';
import type { DesiredDirection, YearValue } from '../../../src/analysis/progress/types.ts';

/** Series from `year=value` pairs: series('2015=20', '2020=15'). */
function series(...pairs: string[]): YearValue[] {
  return pairs.map((p) => { const [y, v] = p.split('='); return { year: Number(y), value: Number(v) }; });
}

// Required growth 10 % a year: target 100·1.1^10 = 259.37 in 2030 from 100 in 2020; one year of data gives a = x − 1.
const tenPercent = { value: 100 * 1.1 ** 10, year: 2030 };
const withTarget = (value2021: number) =>
  eurostat({ series: series('2020=100', `2021=${value2021}`), direction: 'increase', target: tenPercent });
const trend = (value2021: number, direction: DesiredDirection = 'increase') =>
  eurostat({ series: series('2020=100', `2021=${value2021}`), direction }).status;

describe('eurostat with a quantitative target', () => {
  it('classes 96 % of the required rate as significant and 94 % as moderate progress (boundary 95 %)', () => {
    // a = 109.6/100 − 1 = 0.096, r = 0.10 → 0.96; a = 0.094 → 0.94.
    assert.equal(withTarget(109.6).status, 'significant_progress');
    assert.ok(Math.abs(withTarget(109.6).ratio! - 0.96) < 1e-9);
    assert.equal(withTarget(109.4).status, 'moderate_progress');
  });

  it('classes 61 % as moderate and 59 % as insufficient progress (boundary 60 %)', () => {
    // a = 0.061 → 0.61; a = 0.059 → 0.59.
    assert.equal(withTarget(106.1).status, 'moderate_progress');
    assert.equal(withTarget(105.9).status, 'insufficient_progress');
  });

  it('classes no change as insufficient progress and −1 % of the required rate as movement away (boundary 0 %)', () => {
    // a = 100/100 − 1 = 0 → ratio 0 (insufficient, the bound is inclusive); a = 99.9/100 − 1 = −0.001 → −0.01.
    assert.deepEqual(withTarget(100), { status: 'insufficient_progress', cagr: 0, ratio: 0, targetMet: false });
    assert.equal(withTarget(99.9).status, 'movement_away');
  });

  it('classes a falling rate aiming lower: 20 → 15 in five years against 10 by 2030 is significant progress', () => {
    // a = (15/20)^(1/5) − 1 = −0.05591; r = (10/20)^(1/15) − 1 = −0.04516; ratio = 1.238 ≥ 0.95.
    const r = eurostat({ series: series('2015=20', '2020=15'), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'significant_progress');
    assert.ok(Math.abs(r.ratio! - 1.2381) < 1e-4);
  });

  it('classes a target already met as significant progress with targetMet, and a zero meeting a zero target too', () => {
    // 9 ≤ 10 (decrease): met. 0 ≤ 0: met; no CAGR from a zero value.
    const met = eurostat({ series: series('2015=20', '2022=9'), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.equal(met.status, 'significant_progress');
    assert.equal(met.targetMet, true);
    const zero = eurostat({ series: series('2015=5', '2022=0'), direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.deepEqual(zero, { status: 'significant_progress', targetMet: true });
  });

  it('classes a series that started past its target and fell back as movement away', () => {
    // Increase wanted; 50 ≥ 40 in 2015, 35 < 40 in 2020.
    const r = eurostat({ series: series('2015=50', '2020=35'), direction: 'increase', target: { value: 40, year: 2030 } });
    assert.equal(r.status, 'movement_away');
    assert.equal(r.ratio, undefined);
  });

  it('takes a zero target as required growth of −100 %: halving in five years is insufficient progress (12.9 %)', () => {
    // a = (10/20)^(1/5) − 1 = −0.12945; r = 0^(1/15) − 1 = −1; ratio 0.129 < 0.6.
    const r = eurostat({ series: series('2015=20', '2020=10'), direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.equal(r.status, 'insufficient_progress');
    assert.ok(Math.abs(r.ratio! - 0.12945) < 1e-5);
  });
});

describe('eurostat without a target', () => {
  it('classes growth of 1.92 % a year as significant progress', () => {
    // c = (110/100)^(1/5) − 1 = e^(ln 1.1 / 5) − 1 = 0.019245 > 1 %.
    const r = eurostat({ series: series('2015=100', '2020=110'), direction: 'increase' });
    assert.equal(r.status, 'significant_progress');
    assert.ok(Math.abs(r.cagr! - 0.019245) < 1e-6);
  });

  it('classes 1.1 % as significant and 0.9 % as moderate progress (boundary 1 %)', () => {
    // c = 101.1/100 − 1 = 0.011; 100.9 → 0.009.
    assert.equal(trend(101.1), 'significant_progress');
    assert.equal(trend(100.9), 'moderate_progress');
  });

  it('classes a flat series and −0.9 % as moderate movement away, −1.1 % as significant movement away', () => {
    // c = 0 (not above 0) → moderate movement away; 99.1 → −0.009; 98.9 → −0.011 < −1 %.
    assert.equal(trend(100), 'moderate_movement_away');
    assert.equal(trend(99.1), 'moderate_movement_away');
    assert.equal(trend(98.9), 'significant_movement_away');
  });

  it('flips the sign for a decrease: a fall of 1.1 % a year is significant progress', () => {
    // c = −(98.9/100 − 1) = 0.011.
    assert.equal(trend(98.9, 'decrease'), 'significant_progress');
    assert.equal(trend(101.1, 'decrease'), 'significant_movement_away');
  });
});

describe('eurostat edge cases', () => {
  it('answers not_available / too_few_points for a single data point', () => {
    assert.deepEqual(eurostat({ series: series('2020=5'), direction: 'increase' }), { status: 'not_available', reason: 'too_few_points' });
  });

  it('answers not_available / no_data_in_base_year when the base year has no observation', () => {
    const r = eurostat({ series: series('2015=5', '2020=6'), direction: 'increase', baseYear: 2016 });
    assert.deepEqual(r, { status: 'not_available', reason: 'no_data_in_base_year' });
  });

  it('answers not_available / non_positive_value for a zero base, negative values and mixed signs', () => {
    assert.equal(eurostat({ series: series('2015=0', '2020=5'), direction: 'increase' }).reason, 'non_positive_value');
    assert.equal(eurostat({ series: series('2015=-2', '2020=-1'), direction: 'increase' }).reason, 'non_positive_value');
    assert.equal(eurostat({ series: series('2015=-2', '2020=3'), direction: 'increase', target: { value: 5, year: 2030 } }).reason, 'non_positive_value');
  });

  it('answers not_available / target_year_not_after_base_year for a target year before the data', () => {
    const r = eurostat({ series: series('2015=5', '2020=6'), direction: 'increase', target: { value: 9, year: 2010 } });
    assert.equal(r.reason, 'target_year_not_after_base_year');
  });
});
