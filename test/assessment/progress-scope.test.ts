import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildProgressBook, keysInScope, offTrackIn, type ProgressData, type SeriesPoints,
} from '../../src/assessment/index.ts';
import { encodeDimensions, type StoredProgressTarget } from '../../src/store/index.ts';

const STAMP = { source: 'national' as const, updatedAt: '2026-11-29T10:00:00.000Z', updatedBy: null, milestones: {} };

function key(indicator: string, series: string, dimensions: Record<string, string>, points: Record<number, number>): SeriesPoints {
  return {
    indicator, series, seriesName: series, unit: 'PERCENT', area: '050', dimensions, dimensionKey: encodeDimensions(dimensions),
    points: Object.entries(points).map(([year, value]) => ({ year: Number(year), value })),
  };
}

function data(series: SeriesPoints[], targets: StoredProgressTarget[]): ProgressData {
  return { countryArea: '050', method: 'unsd', baseYear: 2015, series, targets, rules: new Map(), framework: new Map() };
}

describe('progress scopes', () => {
  it('keysInScope for SEX:F reads the female key of the age group the total uses (15 and over), not the longer 15–24 one', () => {
    // Working poverty (1.1.1-like): the total is SEX=_T, AGE=Y_GE15; the youth key has more years but another age group.
    const book = buildProgressBook(data([
      key('1.1.1', 'SI_POV_EMP1', { SEX: '_T', AGE: 'Y_GE15' }, { 2015: 12.8, 2022: 2.7 }),
      key('1.1.1', 'SI_POV_EMP1', { SEX: 'F', AGE: 'Y_GE15' }, { 2015: 13.0, 2022: 2.9 }),
      key('1.1.1', 'SI_POV_EMP1', { SEX: 'F', AGE: 'Y15T24' }, { 2015: 16.0, 2018: 9.0, 2020: 6.0, 2022: 4.0 }),
    ], [{ indicatorId: '1.1.1', dimensions: {}, direction: 'decrease', ...STAMP }]));
    const female = keysInScope(book, { dimension: { id: 'SEX', code: 'F' } }).get('1.1.1')!;
    assert.deepEqual(female.map((s) => s.dimensions), [{ SEX: 'F', AGE: 'Y_GE15' }]);
  });

  it('keysInScope for SEX:F falls back to the key with fewest other breakdowns when no key matches the total\'s other codes', () => {
    const book = buildProgressBook(data([
      key('4.1.1', 'SE_TOT_PRFL', { SEX: '_T', AGE: '_T' }, { 2016: 40, 2022: 45 }),
      key('4.1.1', 'SE_TOT_PRFL', { SEX: 'F', AGE: 'Y15T24' }, { 2016: 50, 2022: 55 }),
    ], [{ indicatorId: '4.1.1', dimensions: {}, direction: 'increase', ...STAMP }]));
    assert.deepEqual(keysInScope(book, { dimension: { id: 'SEX', code: 'F' } }).get('4.1.1')!.map((s) => s.dimensions.AGE), ['Y15T24']);
  });

  it('offTrackIn gives the gap of the series that carries the indicator\'s class, not of the first series', () => {
    // A: 40 → 30 (2015 → 2020) against 20 by 2030: actual CAGR (30/40)^(1/5) − 1 = −0.0559, required (20/40)^(1/15) − 1 = −0.0452,
    //    ratio 1.24 → on_track. B: 40 → 44 against 20: ratio < −0.1 → deterioration. UNSD median of two takes the worse: deterioration.
    const book = buildProgressBook(data([
      key('3.2.1', 'A', {}, { 2015: 40, 2020: 30 }),
      key('3.2.1', 'B', {}, { 2015: 40, 2020: 44 }),
    ], [{ indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 20 }, ...STAMP }]));
    const [row] = offTrackIn(book, 'unsd');
    assert.equal(row!.status, 'deterioration');
    assert.equal(row!.gap!.series, 'B');
    // Expected on the path in 2020: 40 + (20 − 40)·5/15 = 33.33; B's latest is 44.
    assert.ok(Math.abs(row!.gap!.expected! - 33.3333) < 1e-3);
    assert.deepEqual(row!.gap!.current, { year: 2020, value: 44 });
  });
});

describe('national targets on indicators with rates and counts', () => {
  it('a target naming no unit applies to the rate, not to the count of the same indicator', () => {
    // 3.2.1: under-five mortality per 1,000 live births and under-five deaths. A national "20 by 2030" without a unit is
    // the rate's; 82,081 deaths are not measured against 20 (they keep the global rule, which a rate cannot give a count).
    const rate = { ...key('3.2.1', 'SH_DYN_MORT', {}, { 2015: 38, 2021: 27.3 }), unit: 'PER_1000_LIVE_BIRTHS' };
    const count = { ...key('3.2.1', 'SH_DYN_MORTN', {}, { 2015: 120000, 2021: 82081 }), unit: 'NUMBER' };
    const book = buildProgressBook(data([rate, count], [
      { indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 20 }, ...STAMP },
    ]));
    const [r, c] = book.series;
    assert.deepEqual(r!.target?.target, { year: 2030, value: 20 });
    assert.equal(c!.target, null);
    assert.equal(c!.gap!.reason, 'no national target and no global rule for this indicator');
  });
});
