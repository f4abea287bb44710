import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapAnticipatedProgress, escapCurrentStatus, escapGoalScore } from '../../../src/analysis/progress/escap.ts';
import type { DesiredDirection, ProgressTarget, YearValue } from '../../../src/analysis/progress/types.ts';

/** Series from `year=value` pairs: series('2015=20', '2020=15'). */
function series(...pairs: string[]): YearValue[] {
  return pairs.map((p) => { const [y, v] = p.split('='); return { year: Number(y), value: Number(v) }; });
}
const near = (actual: number | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < eps, `${actual} ≉ ${expected}`);

// From 0 in 2020 to 100 by 2030; one year of data: expected share e = 1/10, index = v/100.
const hundred: ProgressTarget = { value: 100, year: 2030 };
const status = (v: number) => escapCurrentStatus({ series: series('2020=0', `2021=${v}`), direction: 'increase', target: hundred });

describe('escapCurrentStatus', () => {
  it('gives 40 → 55 of a 100 target (2015–2030) index 0.25 against 0.333 expected: behind the expected path', () => {
    // index = (55 − 40) / (100 − 40) = 0.25; expected = (2020 − 2015) / (2030 − 2015) = 0.3333.
    const r = escapCurrentStatus({ series: series('2015=40', '2020=55'), direction: 'increase', target: hundred });
    assert.equal(r.status, 'behind_expected_path');
    near(r.index, 0.25);
    near(r.expected, 1 / 3);
  });

  it('puts index 0.105 on the expected path and 0.095 behind it when 0.1 of the time has passed', () => {
    // index = 10.5/100 ≥ e = 0.1; 9.5/100 < 0.1.
    assert.equal(status(10.5).status, 'on_expected_path');
    assert.equal(status(9.5).status, 'behind_expected_path');
  });

  it('puts no change (index 0) behind the expected path and any move away (index −0.005) in regressing', () => {
    // index = 0/100 = 0; −0.5/100 = −0.005 < 0.
    assert.deepEqual(status(0), { status: 'behind_expected_path', index: 0, expected: 0.1 });
    assert.equal(status(-0.5).status, 'regressing');
  });

  it('gives a target met index 1, however far past it the value is', () => {
    // 120 ≥ 100: met; the index is capped at 1 so overshooting does not lift a goal's mean.
    assert.deepEqual(status(120), { status: 'target_achieved', index: 1, expected: 0.1 });
  });

  it('assesses a decrease through zero and negative values: 10 → 0 aiming at −10 is half way at half time', () => {
    // index = (0 − 10) / (−10 − 10) = 0.5; expected = (2025 − 2020) / (2030 − 2020) = 0.5 → on the path.
    const r = escapCurrentStatus({ series: series('2020=10', '2025=0'), direction: 'decrease', target: { value: -10, year: 2030 } });
    assert.deepEqual(r, { status: 'on_expected_path', index: 0.5, expected: 0.5 });
  });

  it('assesses mixed signs: −10 → 0 aiming at 10 is half way at half time', () => {
    // index = (0 − −10) / (10 − −10) = 0.5; expected 0.5.
    const r = escapCurrentStatus({ series: series('2020=-10', '2025=0'), direction: 'increase', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'on_expected_path');
  });

  it('classes a series that started past its target and fell back as regressing, without an index', () => {
    // 50 ≥ 40 in 2015, 35 < 40 in 2020; (35 − 50) / (40 − 50) = 1.5 would wrongly read as progress.
    const r = escapCurrentStatus({ series: series('2015=50', '2020=35'), direction: 'increase', target: { value: 40, year: 2030 } });
    assert.deepEqual(r, { status: 'regressing', expected: 1 / 3 });
  });

  it('caps the expected share at 1 after the target year', () => {
    // expected = (2032 − 2020) / (2030 − 2020) = 1.2 → 1; index 0.5 < 1 → behind.
    const r = escapCurrentStatus({ series: series('2020=0', '2032=50'), direction: 'increase', target: hundred });
    assert.deepEqual(r, { status: 'behind_expected_path', index: 0.5, expected: 1 });
  });

  it('answers not_available with its reason: no target, a single point, a base year without data, a target year too early', () => {
    assert.deepEqual(escapCurrentStatus({ series: series('2015=1', '2020=2'), direction: 'increase' }), { status: 'not_available', reason: 'no_target' });
    assert.equal(escapCurrentStatus({ series: series('2020=2'), direction: 'increase', target: hundred }).reason, 'too_few_points');
    assert.equal(escapCurrentStatus({ series: series('2015=1', '2020=2'), direction: 'increase', target: hundred, baseYear: 2016 }).reason, 'no_data_in_base_year');
    assert.equal(escapCurrentStatus({ series: series('2015=1', '2020=2'), direction: 'increase', target: { value: 9, year: 2015 } }).reason, 'target_year_not_after_base_year');
  });
});

describe('escapGoalScore', () => {
  it('averages the indicators’ indexes: (0.25 + 1 − 0.5) / 3 = 0.25', () => {
    assert.equal(escapGoalScore([0.25, 1, -0.5]), 0.25);
  });

  it('answers null for a goal with no assessed indicator', () => {
    assert.equal(escapGoalScore([]), null);
  });
});

describe('escapAnticipatedProgress', () => {
  const anticipated = (v: number, direction: DesiredDirection = 'increase') =>
    escapAnticipatedProgress({ series: series('2020=0', `2021=${v}`), direction, target: hundred });

  it('projects 20 → 15 (2015–2020) to 5 in 2030, past the target 10: maintain progress (ratio 1.5)', () => {
    // slope (15 − 20) / 5 = −1 a year; P = 15 − 1 × 10 = 5; ratio = (5 − 20) / (10 − 20) = 1.5.
    const r = escapAnticipatedProgress({ series: series('2015=20', '2020=15'), direction: 'decrease', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'maintain_progress');
    near(r.projected, 5);
    near(r.ratio, 1.5);
  });

  it('puts ratio 1.05 in maintain progress and 0.95 in accelerate progress (bound 1)', () => {
    // 0 → 10.5 in a year: P(2030) = 105, ratio 1.05; 0 → 9.5: P = 95, ratio 0.95.
    assert.equal(anticipated(10.5).status, 'maintain_progress');
    near(anticipated(9.5).ratio, 0.95);
    assert.equal(anticipated(9.5).status, 'accelerate_progress');
  });

  it('puts ratio 0.05 in accelerate progress and −0.05 in reverse trend (bound 0)', () => {
    // 0 → 0.5: P = 5, ratio 0.05; 0 → −0.5: P = −5, ratio −0.05.
    assert.equal(anticipated(0.5).status, 'accelerate_progress');
    assert.equal(anticipated(-0.5).status, 'reverse_trend');
  });

  it('takes configured bounds: with maintain at 0.9 a ratio of 0.95 is maintain progress', () => {
    const r = escapAnticipatedProgress({ series: series('2020=0', '2021=9.5'), direction: 'increase', target: hundred }, { maintain: 0.9, reverse: 0 });
    assert.equal(r.status, 'maintain_progress');
  });

  it('weights recent points more: 0, 1, 3 (2020–2022, weights 1, 2, 3) project to 15.7 in 2030, ratio 0.785', () => {
    // x = year − 2020. Weighted means: x̄ = (0 + 2 + 6) / 6 = 4/3, ȳ = (0 + 2 + 9) / 6 = 11/6.
    // Sxy = 1(−4/3)(−11/6) + 2(−1/3)(−5/6) + 3(2/3)(7/6) = 22/9 + 5/9 + 21/9 = 16/3; Sxx = 16/9 + 2/9 + 12/9 = 10/3.
    // slope 1.6; P(10) = 11/6 + 1.6 × (10 − 4/3) = 15.7; ratio = (15.7 − 0) / (20 − 0) = 0.785 → accelerate.
    const r = escapAnticipatedProgress({ series: series('2020=0', '2021=1', '2022=3'), direction: 'increase', target: { value: 20, year: 2030 } });
    near(r.projected, 15.7);
    assert.equal(r.status, 'accelerate_progress');
  });

  it('assesses mixed signs: −2 → 3 in a year projects to 48 by 2030, past the target 10', () => {
    // slope 5; P = −2 + 5 × 10 = 48; ratio = (48 + 2) / (10 + 2) = 4.1667.
    const r = escapAnticipatedProgress({ series: series('2020=-2', '2021=3'), direction: 'increase', target: { value: 10, year: 2030 } });
    assert.equal(r.status, 'maintain_progress');
    near(r.ratio, 50 / 12);
  });

  it('classes a target already met as target_achieved and a lost one as reverse_trend', () => {
    assert.deepEqual(anticipated(100), { status: 'target_achieved' });
    // 50 ≥ 40 in 2015, 35 in 2020: P(2030) = 35 − 3 × 10 = 5.
    const lost = escapAnticipatedProgress({ series: series('2015=50', '2020=35'), direction: 'increase', target: { value: 40, year: 2030 } });
    assert.equal(lost.status, 'reverse_trend');
    near(lost.projected, 5);
  });

  it('projects only from the base year on', () => {
    // Base 2016: 0 → 10.5 in 2017 (P = 10.5 × 14 = 147, ratio 1.47); the 2015 point of 200 is left out.
    const r = escapAnticipatedProgress({ series: series('2015=200', '2016=0', '2017=10.5'), direction: 'increase', target: hundred, baseYear: 2016 });
    assert.equal(r.status, 'maintain_progress');
    near(r.projected, 147);
  });

  it('answers not_available with its reason: no target, a single point, a base year without data', () => {
    assert.deepEqual(escapAnticipatedProgress({ series: series('2015=1', '2020=2'), direction: 'increase' }), { status: 'not_available', reason: 'no_target' });
    assert.equal(escapAnticipatedProgress({ series: series('2020=2'), direction: 'increase', target: hundred }).reason, 'too_few_points');
    assert.equal(escapAnticipatedProgress({ series: series('2015=1', '2020=2'), direction: 'increase', target: hundred, baseYear: 2016 }).reason, 'no_data_in_base_year');
  });
});

describe('escapCurrentStatus beside escapAnticipatedProgress', () => {
  const target = { value: 100, year: 2030 };

  it('class two points alike, because the line through them gives ratio = index / expected: 0 → 19 (2020–2022) is behind and accelerate', () => {
    // CSI: index = 19 / 100 = 0.19 < expected (2022 − 2020) / (2030 − 2020) = 0.2 → behind.
    // AP: slope 9.5 a year, P(2030) = 95, ratio 95 / 100 = 0.95 = 0.19 / 0.2 < 1 → accelerate.
    const points = series('2020=0', '2022=19');
    assert.equal(escapCurrentStatus({ series: points, direction: 'increase', target }).status, 'behind_expected_path');
    const ap = escapAnticipatedProgress({ series: points, direction: 'increase', target });
    assert.equal(ap.status, 'accelerate_progress');
    near(ap.ratio, 0.19 / 0.2);
  });

  it('part when recent points bend the weighted line: 0, 0, 19 (2020–2022) is behind the path yet projects past the target', () => {
    // CSI reads base and current only: index 0.19 < 0.2 → behind.
    // AP, weights 1, 2, 3 on x = year − 2020: x̄ = (0 + 2 + 6) / 6 = 4/3, ȳ = 3 × 19 / 6 = 9.5;
    // Sxy = 1(−4/3)(−9.5) + 2(−1/3)(−9.5) + 3(2/3)(9.5) = 12.667 + 6.333 + 19 = 38; Sxx = 16/9 + 2/9 + 12/9 = 10/3;
    // slope 11.4; P(10) = 9.5 + 11.4 × (10 − 4/3) = 108.3; ratio 1.083 ≥ 1 → maintain.
    const points = series('2020=0', '2021=0', '2022=19');
    assert.equal(escapCurrentStatus({ series: points, direction: 'increase', target }).status, 'behind_expected_path');
    const ap = escapAnticipatedProgress({ series: points, direction: 'increase', target });
    assert.equal(ap.status, 'maintain_progress');
    near(ap.projected, 108.3, 1e-9);
  });
});
