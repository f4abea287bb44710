import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cycleMoment, deadlineOf, DEFAULT_REPORTING_CALENDAR, expectedPeriod, parseReportingCalendar,
} from '../../../src/analysis/scorecard/index.ts';

const year = (y: number) => ({ kind: 'year' as const, start: `${y}-01-01`, end: `${y}-12-31` });

describe('reporting calendar', () => {
  it('deadlineOf makes annual data due 6 months after the year: 2024 → 2025-06-30', () => {
    assert.equal(deadlineOf(year(2024)), '2025-06-30');
  });

  it('deadlineOf makes a quarter due at the end of the third month after it: 2025-Q4 (ends 12-31) → 2026-03-31', () => {
    assert.equal(deadlineOf({ kind: 'quarter', start: '2025-10-01', end: '2025-12-31' }), '2026-03-31');
  });

  it('deadlineOf makes a month due at the end of the second month after it: 2024-12 → 2025-02-28', () => {
    assert.equal(deadlineOf({ kind: 'month', start: '2024-12-01', end: '2024-12-31' }), '2025-02-28');
  });

  it('deadlineOf reads a fiscal year by its last day: 2014/15 (ends 2015-12-31) → 2016-06-30', () => {
    assert.equal(deadlineOf({ kind: 'fiscal-year', start: '2014-01-01', end: '2015-12-31' }), '2016-06-30');
  });

  it('expectedPeriod gives year Y−1 from 30 June of Y on, and Y−2 the day before', () => {
    assert.deepEqual(expectedPeriod('annual', '2026-06-30'), year(2025));
    assert.deepEqual(expectedPeriod('annual', '2026-06-29'), year(2024));
    assert.deepEqual(expectedPeriod('annual', '2026-11-29'), year(2025));
  });

  it('expectedPeriod of a quarterly indicator on 2026-06-30 is 2026-Q1 (due 2026-06-30), on 2026-06-29 2025-Q4', () => {
    assert.deepEqual(expectedPeriod('quarterly', '2026-06-30'), { kind: 'quarter', start: '2026-01-01', end: '2026-03-31' });
    assert.deepEqual(expectedPeriod('quarterly', '2026-06-29'), { kind: 'quarter', start: '2025-10-01', end: '2025-12-31' });
  });

  it('expectedPeriod of a monthly indicator on 2026-03-15 is 2025-12 (due 2026-02-28), not 2026-01 (due 2026-03-31)', () => {
    assert.deepEqual(expectedPeriod('monthly', '2026-03-15'), { kind: 'month', start: '2025-12-01', end: '2025-12-31' });
  });

  it('cycleMoment is 30 June of the cycle, or today while that day is to come', () => {
    assert.equal(cycleMoment(2024), '2024-06-30');
    assert.equal(cycleMoment(2026, DEFAULT_REPORTING_CALENDAR, '2026-03-01'), '2026-03-01');
    assert.equal(cycleMoment(2026, DEFAULT_REPORTING_CALENDAR, '2026-11-29'), '2026-06-30');
  });

  it('parseReportingCalendar overrides the keys given: annual 9 → 2024 due 2025-09-30', () => {
    const calendar = parseReportingCalendar('{"annual": 9}');
    assert.deepEqual(calendar, { annual: 9, quarterly: 3, monthly: 2 });
    assert.equal(deadlineOf(year(2024), calendar), '2025-09-30');
    assert.equal(cycleMoment(2025, calendar), '2025-09-30');
    assert.deepEqual(parseReportingCalendar(null), DEFAULT_REPORTING_CALENDAR);
  });

  it('parseReportingCalendar refuses unknown periodicities, fractions and non-objects, naming the value', () => {
    assert.throws(() => parseReportingCalendar('{"weekly": 1}'), /unknown periodicity "weekly"/);
    assert.throws(() => parseReportingCalendar('{"annual": 1.5}'), /annual must be whole months 0…36, got 1.5/);
    assert.throws(() => parseReportingCalendar('[6]'), /must be an object/);
    assert.throws(() => parseReportingCalendar('six'), /not JSON: six/);
  });
});
