import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimePeriod } from '../../src/domain/index.ts';
import { sdmxTimePeriod } from '../../src/export/sdmx/index.ts';
import { parseTimePeriod, splitPeriodNote, TimePeriodError } from '../../src/ingest/time-period.ts';

/** [as written in a real file (which one), expected period]. */
const REAL_FORMS: [string, string, TimePeriod][] = [
  ['2015', 'most files', { kind: 'year', label: '2015', start: '2015-01-01', end: '2015-12-31' }],
  ['2021.0', 'GBR 17-10-1', { kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' }],
  ['2014/15', 'GBR 3-7-1', { kind: 'fiscal-year', label: '2014/15', start: '2014-01-01', end: '2015-12-31' }],
  ['2020/2021', 'CAN 1-4-2', { kind: 'fiscal-year', label: '2020/21', start: '2020-01-01', end: '2021-12-31' }],
  ['2001/2002', 'GBR 10-4-2', { kind: 'fiscal-year', label: '2001/02', start: '2001-01-01', end: '2002-12-31' }],
  ['2019/20 [Note 5]', 'GBR 8-8-1', { kind: 'fiscal-year', label: '2019/20', start: '2019-01-01', end: '2020-12-31' }],
  ['2013 Q1', 'GBR 10-c-1', { kind: 'quarter', label: '2013-Q1', start: '2013-01-01', end: '2013-03-31' }],
  ['2024 Q4', 'CAN 10-3-1', { kind: 'quarter', label: '2024-Q4', start: '2024-10-01', end: '2024-12-31' }],
  ['1993 01', 'GBR 2-c-1', { kind: 'month', label: '1993-01', start: '1993-01-01', end: '1993-01-31' }],
  ['2020 02', 'GBR 2-c-1 (leap year)', { kind: 'month', label: '2020-02', start: '2020-02-01', end: '2020-02-29' }],
  ['1987-1991', 'GBR 6-6-1', { kind: 'range', label: '1987-1991', start: '1987-01-01', end: '1991-12-31' }],
  ['2010-2015', 'CAN 10-1-1', { kind: 'range', label: '2010-2015', start: '2010-01-01', end: '2015-12-31' }],
  ['2001-2005 (baseline)', 'GBR 6-6-1', { kind: 'range', label: '2001-2005', start: '2001-01-01', end: '2005-12-31' }],
  ['2003-05', 'GBR 3-1-1', { kind: 'range', label: '2003-2005', start: '2003-01-01', end: '2005-12-31' }],
  ['2010-12', 'GBR 3-1-1', { kind: 'range', label: '2010-2012', start: '2010-01-01', end: '2012-12-31' }],
  ['2016/18 (baseline)', 'CAN 6-6-1', { kind: 'range', label: '2016-2018', start: '2016-01-01', end: '2018-12-31' }],
  ['2019/21', 'CAN 2-5-2', { kind: 'range', label: '2019-2021', start: '2019-01-01', end: '2021-12-31' }],
  ['2018 to 2020', 'GBR 16-1-3', { kind: 'range', label: '2018-2020', start: '2018-01-01', end: '2020-12-31' }],
  ['1980 to 1990', 'CAN 10-7-4', { kind: 'range', label: '1980-1990', start: '1980-01-01', end: '1990-12-31' }],
  ['2002/03-2007/08', 'GBR 10-1-1', { kind: 'range', label: '2002/03-2007/08', start: '2002-01-01', end: '2008-12-31' }],
  ['2007/08 to 2008/09', 'GBR 10-3-1', { kind: 'range', label: '2007/08-2008/09', start: '2007-01-01', end: '2009-12-31' }],
  ['17 May to 11 June 2023', 'GBR 16-6-2', { kind: 'date-range', label: '2023-05-17/2023-06-11', start: '2023-05-17', end: '2023-06-11' }],
];

describe('parseTimePeriod', () => {
  for (const [text, where, expected] of REAL_FORMS) {
    it(`parseTimePeriod reads "${text}" (${where}) as ${expected.kind} ${expected.label}, ${expected.start} to ${expected.end}`, () => {
      assert.deepEqual(parseTimePeriod(text), expected);
    });
  }

  it('parseTimePeriod reads the forms the brief names: 2014-15 and 2019 20 as fiscal years, 2024-Q1 and Q1 2024 as quarters', () => {
    assert.equal(parseTimePeriod('2014-15').label, '2014/15');
    assert.equal(parseTimePeriod('2014-15').kind, 'fiscal-year');
    assert.equal(parseTimePeriod('2019 20').label, '2019/20');
    assert.deepEqual(parseTimePeriod('2024-Q1'), parseTimePeriod('Q1 2024'));
    assert.equal(parseTimePeriod('2024-Q1').label, '2024-Q1');
  });

  it('parseTimePeriod takes a first date without a year from the end date, or the year before when its month is later', () => {
    assert.deepEqual(parseTimePeriod('15 May to 14 June 2020'),
      { kind: 'date-range', label: '2020-05-15/2020-06-14', start: '2020-05-15', end: '2020-06-14' });
    assert.equal(parseTimePeriod('15 December to 14 January 2021').label, '2020-12-15/2021-01-14');
  });

  it('parseTimePeriod reads months written as names and as YYYY-MM, and a century-crossing fiscal year', () => {
    assert.equal(parseTimePeriod('May 2020').label, '2020-05');
    assert.deepEqual(parseTimePeriod('2020-05'), { kind: 'month', label: '2020-05', start: '2020-05-01', end: '2020-05-31' });
    assert.deepEqual(parseTimePeriod('1999/00'), { kind: 'fiscal-year', label: '1999/00', start: '1999-01-01', end: '2000-12-31' });
  });

  it('parseTimePeriod in sdmx notation reads YYYY-MM as a month even when it could be a short span', () => {
    assert.equal(parseTimePeriod('2005-07').kind, 'range');
    assert.equal(parseTimePeriod('1993-01').kind, 'month');
    assert.deepEqual(parseTimePeriod('2005-07', 'sdmx'), { kind: 'month', label: '2005-07', start: '2005-07-01', end: '2005-07-31' });
  });

  it('parseTimePeriod in sdmx notation gives back every canonical label unchanged', () => {
    for (const [, , period] of REAL_FORMS) assert.deepEqual(parseTimePeriod(period.label, 'sdmx'), period, period.label);
  });

  it('parseTimePeriod reads SDMX reporting periods of a calendar reporting year in either notation', () => {
    const cases: [string, TimePeriod][] = [
      ['2014-A1', { kind: 'year', label: '2014', start: '2014-01-01', end: '2014-12-31' }],
      ['2020-S2', { kind: 'date-range', label: '2020-07-01/2020-12-31', start: '2020-07-01', end: '2020-12-31' }],
      ['2020-T2', { kind: 'date-range', label: '2020-05-01/2020-08-31', start: '2020-05-01', end: '2020-08-31' }],
      ['2024-Q4', { kind: 'quarter', label: '2024-Q4', start: '2024-10-01', end: '2024-12-31' }],
      ['2020-M02', { kind: 'month', label: '2020-02', start: '2020-02-01', end: '2020-02-29' }],
      // ISO 8601 weeks: 4 January 2020 is a Saturday, so week 1 runs Monday 30 December 2019 to Sunday 5 January 2020;
      // 2020 starts on a Wednesday of a leap year, so it has a week 53 (28 December 2020 to 3 January 2021).
      ['2020-W01', { kind: 'date-range', label: '2019-12-30/2020-01-05', start: '2019-12-30', end: '2020-01-05' }],
      ['2020-W53', { kind: 'date-range', label: '2020-12-28/2021-01-03', start: '2020-12-28', end: '2021-01-03' }],
      ['2020-D366', { kind: 'date-range', label: '2020-12-31/2020-12-31', start: '2020-12-31', end: '2020-12-31' }],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(parseTimePeriod(text, 'sdmx'), expected, text);
      assert.deepEqual(parseTimePeriod(text), expected, text);
    }
  });

  it('parseTimePeriod reads SDMX time ranges start/duration as the export writes them: 2010-01-01/P6Y is the range 2010-2015', () => {
    const cases: [string, TimePeriod][] = [
      ['2010-01-01/P6Y', { kind: 'range', label: '2010-2015', start: '2010-01-01', end: '2015-12-31' }],
      ['2002-01-01/P7Y', { kind: 'range', label: '2002-2008', start: '2002-01-01', end: '2008-12-31' }],
      ['2016-01-01/P1Y', { kind: 'year', label: '2016', start: '2016-01-01', end: '2016-12-31' }],
      // 15 May + 31 days = 15 June, less one day: 14 June (17 days of May and 14 of June).
      ['2020-05-15/P31D', { kind: 'date-range', label: '2020-05-15/2020-06-14', start: '2020-05-15', end: '2020-06-14' }],
      // A dated range that happens to cover one month is written in days and stays a date range.
      ['2020-05-01/P31D', { kind: 'date-range', label: '2020-05-01/2020-05-31', start: '2020-05-01', end: '2020-05-31' }],
      ['2020-04-01/P3M', { kind: 'quarter', label: '2020-Q2', start: '2020-04-01', end: '2020-06-30' }],
      ['2020-05-01/P1M', { kind: 'month', label: '2020-05', start: '2020-05-01', end: '2020-05-31' }],
      ['2019-07-01/P1Y', { kind: 'date-range', label: '2019-07-01/2020-06-30', start: '2019-07-01', end: '2020-06-30' }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(parseTimePeriod(text, 'sdmx'), expected, text);
  });

  it('parseTimePeriod reads every period the SDMX export writes (sdmxTimePeriod) back to the stored period or, for fiscal years, its calendar year', () => {
    for (const [, , period] of REAL_FORMS) {
      const back = parseTimePeriod(sdmxTimePeriod(period).period, 'sdmx');
      if (period.kind === 'fiscal-year') assert.deepEqual(back, parseTimePeriod(period.start.slice(0, 4)), period.label);
      else assert.deepEqual([back.start, back.end], [period.start, period.end], period.label);
    }
  });

  it('parseTimePeriod throws TimePeriodError naming the value for texts that are not periods (GBR 5-5-1, placeholders)', () => {
    for (const text of ['1974a', '1974b', 'This is a non-statistical indicator', 'There is no data for this indicator yet', '', '2019 Q5', '2015-2010', '2014/13', '2003/25', '31 June to 1 July 2020',
      '2014-A2', '2020-S3', '2020-M13', '2021-W53', '2021-D366', '2020-W00', '2010-01-01/P', '2010-01-01/P0Y', '2010-13-01/P1Y', '2010-01-01/2015']) {
      assert.throws(() => parseTimePeriod(text), (e: unknown) => e instanceof TimePeriodError && e.value === text && e.message.includes(`"${text}"`), text);
    }
  });
});

describe('splitPeriodNote', () => {
  it('splitPeriodNote separates bracketed and parenthesised notes from the period', () => {
    assert.deepEqual(splitPeriodNote('2019/20 [Note 5]'), { text: '2019/20', note: 'Note 5' });
    assert.deepEqual(splitPeriodNote('2001-2005 (baseline)'), { text: '2001-2005', note: 'baseline' });
    assert.deepEqual(splitPeriodNote(' 2015 '), { text: '2015', note: null });
  });
});
