import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leastSquares, projectBoth, projectProgress } from '../../../src/analysis/progress/projection.ts';
import type { DesiredDirection, ProgressTarget, YearValue } from '../../../src/analysis/progress/types.ts';

/** Series from `year=value` pairs: series('2015=20', '2022=15'). */
function series(...pairs: string[]): YearValue[] {
  return pairs.map((p) => { const [y, v] = p.split('='); return { year: Number(y), value: Number(v) }; });
}
const near = (actual: number | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < eps, `${actual} ≉ ${expected}`);
const ten: ProgressTarget = { value: 10, year: 2030 };
const input = (direction: DesiredDirection, ...pairs: string[]) => ({ series: series(...pairs), direction, target: ten });

describe('projectProgress with cagr', () => {
  it('takes 20 → 15 over 2015–2022 to a target of 10 in 2032 (crossing 2031.87)', () => {
    // r = (15/20)^(1/7) − 1 = −0.040264; crossing = 2022 + ln(10/15) / ln(1 − 0.040264)
    //   = 2022 + (−0.405465) / (−0.041097) = 2022 + 9.8661 = 2031.866 → first whole year 2032.
    const p = projectProgress('cagr', input('decrease', '2015=20', '2022=15'));
    near(p.rate, 0.75 ** (1 / 7) - 1);
    near(p.rate, -0.040264, 1e-6);
    near(p.crossing, 2031.866, 1e-3);
    assert.equal(p.metYear, 2032);
    assert.equal(p.reason, undefined);
  });

  it('projects one value per year from 2023 to 2030 by compound growth from the latest value', () => {
    // 2023: 15 · 0.75^(1/7); 2030: 15 · 0.75^(8/7) = 15 · exp(8/7 · ln 0.75) = 15 · exp(−0.328780) = 15 · 0.719802
    //   = 10.7970 (still above 10, met only in 2032).
    const p = projectProgress('cagr', input('decrease', '2015=20', '2022=15'));
    assert.deepEqual(p.points.map((q) => q.year), [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    near(p.points[0]?.value, 15 * 0.75 ** (1 / 7));
    near(p.points.at(-1)?.value, 15 * 0.75 ** (8 / 7));
    near(p.points.at(-1)?.value, 10.7970, 1e-4);
  });

  it('meets an increase target: 50 → 60 over 2015–2020 reaches 80 in 2028', () => {
    // r = 1.2^(1/5) − 1 = 0.037137; crossing = 2020 + ln(80/60) / ln(1.037137) = 2020 + 0.287682 / 0.036464
    //   = 2020 + 7.8895 = 2027.89 → 2028.
    const p = projectProgress('cagr', { series: series('2015=50', '2020=60'), direction: 'increase', target: { value: 80, year: 2030 } });
    near(p.crossing, 2027.89, 1e-2);
    assert.equal(p.metYear, 2028);
  });

  it('gives no met year, reason moving_away, when 20 → 25 moves away from a lower target', () => {
    const p = projectProgress('cagr', input('decrease', '2015=20', '2022=25'));
    assert.equal(p.metYear, null);
    assert.equal(p.reason, 'moving_away');
    assert.equal(p.points.length, 8);
  });

  it('gives no met year, reason not_by_2100, when 20 → 19.9 would take until about 2983', () => {
    // years = 7 · ln(10/19.9) / ln(19.9/20) = 7 · (−0.68815) / (−0.0050125) = 961 → 2983 > 2100.
    const p = projectProgress('cagr', input('decrease', '2015=20', '2022=19.9'));
    assert.deepEqual([p.metYear, p.reason], [null, 'not_by_2100']);
  });

  it('gives no met year, reason not_by_2100, for a target of 0 that compound decline never reaches', () => {
    const p = projectProgress('cagr', { series: series('2015=20', '2022=15'), direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.deepEqual([p.metYear, p.reason], [null, 'not_by_2100']);
  });

  it('gives no met year, reason already_met, when the latest value 9 is below the target 10', () => {
    const p = projectProgress('cagr', input('decrease', '2015=20', '2022=9'));
    assert.deepEqual([p.metYear, p.reason], [null, 'already_met']);
  });

  it('cannot project from a zero base value, a single point, or without a target', () => {
    assert.equal(projectProgress('cagr', input('increase', '2015=0', '2022=15')).reason, 'non_positive_value');
    assert.equal(projectProgress('cagr', input('decrease', '2022=15')).reason, 'too_few_points');
    assert.equal(projectProgress('cagr', { series: series('2015=20', '2022=15'), direction: 'decrease' }).reason, 'no_target');
    assert.deepEqual(projectProgress('cagr', input('decrease', '2022=15')).points, []);
  });
});

describe('projectProgress with linear', () => {
  it('draws the line through 20 → 15 over 2015–2022 to 10 in 2029', () => {
    // slope = −5/7 = −0.714286 a year; crossing = 2022 + (10 − 15) / (−5/7) = 2022 + 7 = 2029.
    const p = projectProgress('linear', input('decrease', '2015=20', '2022=15'));
    near(p.rate, -5 / 7);
    near(p.crossing, 2029, 1e-6);
    assert.equal(p.metYear, 2029);
    near(p.points.at(-1)?.value, 15 - (5 / 7) * 8, 1e-9); // 2030: 9.2857
  });

  it('fits three points by least squares: 20, 18, 13 in 2015, 2018, 2021 reach 10 in 2024 and 3 in 2030', () => {
    // x̄ = 2018, ȳ = 17; x − x̄ = −3, 0, 3; y − ȳ = 3, 1, −4; Σxy = −9 − 12 = −21; Σxx = 18; b = −7/6.
    // crossing = 2018 + (10 − 17) / (−7/6) = 2018 + 6 = 2024; value in 2030 = 17 − 7/6 · 12 = 3.
    const p = projectProgress('linear', input('decrease', '2015=20', '2018=18', '2021=13'));
    near(p.rate, -7 / 6);
    near(p.crossing, 2024, 1e-6);
    assert.equal(p.metYear, 2024);
    near(p.points.at(-1)?.value, 3, 1e-9);
  });

  it('uses only the points from the base year on', () => {
    // With base year 2018 the 2010 point is left out: line through 18 (2018) and 13 (2021), slope −5/3;
    // crossing = 2021 + (10 − 13) / (−5/3) = 2021 + 1.8 = 2022.8 → 2023.
    const p = projectProgress('linear', { ...input('decrease', '2010=40', '2018=18', '2021=13'), baseYear: 2018 });
    near(p.rate, -5 / 3);
    assert.equal(p.metYear, 2023);
  });

  it('counts a fitted line already past the target as met the year after the latest observation', () => {
    // 30, 5, 11 in 2015, 2016, 2017: b = (−1·(30−15.333) + 1·(11−15.333)) / 2 = −9.5, ȳ = 15.333 at 2016;
    // crossing = 2016 + (10 − 15.333) / (−9.5) = 2016.56, before 2017 whose 11 is not yet ≤ 10 → met 2018.
    const p = projectProgress('linear', input('decrease', '2015=30', '2016=5', '2017=11'));
    near(p.crossing, 2016 + (10 - 46 / 3) / -9.5, 1e-6);
    assert.equal(p.metYear, 2018);
  });

  it('assesses zero and negative values, which the linear trend allows', () => {
    // −2 → 0 over 2015–2020: slope 0.4; crossing = 2020 + 10 / 0.4 = 2045 → 2045 (after the 2030 target year).
    const p = projectProgress('linear', { series: series('2015=-2', '2020=0'), direction: 'increase', target: ten });
    assert.equal(p.metYear, 2045);
  });

  it('gives moving_away for a flat series', () => {
    assert.equal(projectProgress('linear', input('decrease', '2015=15', '2022=15')).reason, 'moving_away');
  });

  it('gives not_by_2100 when 20 → 19.9 over seven years would need 693 more years', () => {
    // slope = −0.1/7; (10 − 19.9) / (−0.1/7) = 693 → 2715.
    assert.equal(projectProgress('linear', input('decrease', '2015=20', '2022=19.9')).reason, 'not_by_2100');
  });
});

describe('leastSquares and projectBoth', () => {
  it('leastSquares gives slope −7/6 and the line through the means for 20, 18, 13', () => {
    const { slope, intercept } = leastSquares(series('2015=20', '2018=18', '2021=13'));
    near(slope, -7 / 6);
    near(intercept + slope * 2018, 17, 1e-9);
  });

  it('projectBoth returns the cagr and the linear projection of one series', () => {
    const both = projectBoth(input('decrease', '2015=20', '2022=15'));
    assert.deepEqual([both.cagr.metYear, both.linear.metYear], [2032, 2029]);
  });
});
