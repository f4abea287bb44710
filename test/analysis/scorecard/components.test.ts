import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  completeness, isOnTime, presenceOf, progress, quality, timeliness, type SubmissionFacts,
} from '../../../src/analysis/scorecard/index.ts';

const year = (y: number) => ({ kind: 'year' as const, start: `${y}-01-01`, end: `${y}-12-31` });
const quarter = (y: number, q: number) => ({
  kind: 'quarter' as const, start: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`,
  end: `${y}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`,
});
const submission = (overrides: Partial<SubmissionFacts>): SubmissionFacts => ({
  id: 1, indicator: '3.2.1', state: 'approved', submittedAt: '2025-05-01T10:00:00.000Z', deliveredPeriods: [year(2024)],
  warnings: 0, returns: 0, ...overrides,
});

describe('presenceOf', () => {
  it('counts data for the expected year: on 2025-06-30 year 2024 is expected', () => {
    const p = presenceOf('3.2.1', [year(2023), year(2024)], '2025-06-30');
    assert.deepEqual(p, { indicator: '3.2.1', expected: year(2024), present: true });
  });

  it('does not count data older than the expected period: 2023 when 2024 is expected', () => {
    assert.equal(presenceOf('3.2.1', [year(2022), year(2023)], '2025-06-30').present, false);
  });

  it('ignores periods ending after the moment: cycle 2016 (moment 2016-06-30) with 2015 missing but 2020 present', () => {
    assert.equal(presenceOf('3.2.1', [year(2014), year(2020)], '2016-06-30').present, false);
  });

  it('reads the periodicity from the latest period: quarters up to 2026-Q1 are complete on 2026-06-30', () => {
    const p = presenceOf('8.5.2', [quarter(2025, 4), quarter(2026, 1)], '2026-06-30');
    assert.deepEqual(p.expected, quarter(2026, 1));
    assert.equal(p.present, true);
  });

  it('expects an annual period of an indicator without data', () => {
    assert.deepEqual(presenceOf('1.1.1', [], '2026-06-30'), { indicator: '1.1.1', expected: year(2025), present: false });
  });
});

describe('completeness', () => {
  it('is the share of led indicators with data: 3 of 4 → 0.75', () => {
    assert.deepEqual(completeness([{ present: true }, { present: false }, { present: true }, { present: true }]),
      { value: 0.75, numerator: 3, denominator: 4 });
  });

  it('is null without indicators', () => {
    assert.equal(completeness([]), null);
  });
});

describe('timeliness', () => {
  it('counts an approved submission of 2024 data sent 2025-06-30 as on time and one sent 2025-07-01 as late: 1 of 2', () => {
    // deadline of 2024 = 2024-12-31 + 6 months = 2025-06-30; the date (UTC) is compared, so 23:59 that day is on time.
    const onTime = submission({ id: 1, submittedAt: '2025-06-30T23:59:00.000Z' });
    const late = submission({ id: 2, submittedAt: '2025-07-01T00:00:01.000Z' });
    assert.equal(isOnTime(onTime), true);
    assert.equal(isOnTime(late), false);
    assert.deepEqual(timeliness([onTime, late]), { value: 0.5, numerator: 1, denominator: 2 });
  });

  it('holds a submission to the earliest deadline among its periods: 2023 and 2024 sent 2025-01-10 are late (2023 was due 2024-06-30)', () => {
    assert.deepEqual(timeliness([submission({ submittedAt: '2025-01-10T08:00:00.000Z', deliveredPeriods: [year(2023), year(2024)] })]),
      { value: 0, numerator: 0, denominator: 1 });
  });

  it('leaves out submissions not approved or delivering no new period, and is null (not 0) when none is left', () => {
    const cases = [submission({ state: 'submitted' }), submission({ state: 'returned' }), submission({ deliveredPeriods: [] })];
    assert.equal(timeliness(cases), null);
    assert.equal(timeliness([]), null);
  });
});

describe('quality', () => {
  it('is 1 − (warnings + returns) per submission sent: 4 sent, 1 warning and 1 return → (4 − 2) / 4 = 0.5', () => {
    const sent = [submission({ warnings: 1 }), submission({ returns: 1 }), submission({}), submission({})];
    assert.deepEqual(quality(sent), { value: 0.5, numerator: 2, denominator: 4 });
  });

  it('is clamped at 0: 1 submission with 3 warnings and 1 return → max(0, 1 − 4) / 1 = 0', () => {
    assert.deepEqual(quality([submission({ warnings: 3, returns: 1 })]), { value: 0, numerator: 0, denominator: 1 });
  });

  it('counts returned and submitted ones but not drafts never sent; null without any sent', () => {
    // sent: the returned one (1 return) and the submitted one → (2 − 1) / 2 = 0.5
    const all = [submission({ state: 'returned', returns: 1 }), submission({ state: 'submitted' }), submission({ state: 'draft', submittedAt: null })];
    assert.deepEqual(quality(all), { value: 0.5, numerator: 1, denominator: 2 });
    assert.equal(quality([submission({ state: 'draft', submittedAt: null })]), null);
  });
});

describe('progress', () => {
  it('is the mean of (score + 5) / 10 over the scored indicators: 3 and −1 → (0.8 + 0.4) / 2 = 0.6', () => {
    const p = progress([3, -1, undefined])!;
    assert.equal(p.denominator, 2);
    assert.ok(Math.abs(p.numerator - 1.2) < 1e-12 && Math.abs(p.value - 0.6) < 1e-12);
  });

  it('gives 0 for −5 and 1 for 5, and null when nothing is scored', () => {
    assert.deepEqual(progress([-5]), { value: 0, numerator: 0, denominator: 1 });
    assert.deepEqual(progress([5]), { value: 1, numerator: 1, denominator: 1 });
    assert.equal(progress([undefined]), null);
  });
});
