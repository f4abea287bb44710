import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildProgressBook, gapOf, indicatorsInScope, keysInScope, offTrackIn, snapshotOf, type ProgressData, type SeriesPoints,
} from '../../src/assessment/index.ts';
import { encodeDimensions, type StoredProgressTarget } from '../../src/store/index.ts';

const STAMP = { source: 'national' as const, updatedAt: '2026-11-29T10:00:00.000Z', updatedBy: null, milestones: {} };

function key(indicator: string, series: string, unit: string, area: string, dimensions: Record<string, string>, points: Record<number, number>): SeriesPoints {
  return {
    indicator, series, seriesName: series, unit, area, dimensions, dimensionKey: encodeDimensions(dimensions),
    points: Object.entries(points).map(([year, value]) => ({ year: Number(year), value })),
  };
}

const MORT = (area: string, sex: string, points: Record<number, number>) => key('3.2.1', 'SH_DYN_MORT', 'PER_1000_LIVE_BIRTHS', area, { SEX: sex }, points);
const PROFICIENCY = (sex: string, age: string, points: Record<number, number>) => key('4.1.1', 'SE_TOT_PRFL', 'PERCENT', '050', { SEX: sex, AGE: age }, points);

/**
 * Bangladesh-like data, base year 2015:
 * - 3.2.1 national target 20 by 2030 for every key, 25 by 2030 for Chattogram (BD-C);
 * - 7.1.1 and 1.2.1 with the global rules "100%" and "Reduce by 1/2"; 11.a.1 "Non-statistical";
 * - 4.1.1 without a total row and without any target.
 */
function data(targets: StoredProgressTarget[] = TARGETS): ProgressData {
  return {
    countryArea: '050', method: 'unsd', baseYear: 2015,
    series: [
      key('1.2.1', 'SI_POV_NAHC', 'PERCENT', '050', {}, { 2015: 24, 2022: 18 }),
      MORT('050', '_T', { 2015: 40, 2020: 30 }),
      MORT('050', 'F', { 2015: 36, 2020: 34 }),
      MORT('050', 'M', { 2015: 44, 2020: 26 }),
      MORT('BD-C', '_T', { 2015: 50, 2020: 52 }),
      PROFICIENCY('F', '_T', { 2016: 40, 2019: 45 }),
      PROFICIENCY('M', '_T', { 2016: 38, 2019: 41, 2022: 44 }),
      PROFICIENCY('F', 'Y15T24', { 2016: 50, 2019: 52, 2022: 55 }),
      key('7.1.1', 'EG_ELC_ACCS', 'PERCENT', '050', {}, { 2012: 50, 2015: 60, 2021: 66 }),
      key('11.a.1', 'SD_CPA_UPRDP', 'NUMBER', '050', {}, { 2015: 1, 2020: 2 }),
    ],
    targets,
    rules: new Map([
      ['1.2.1', [{ indicatorId: '1.2.1', rule: 'Reduce by 1/2', source: 'Open SDG' }]],
      ['7.1.1', [{ indicatorId: '7.1.1', rule: '100%', source: 'Open SDG' }]],
      ['11.a.1', [{ indicatorId: '11.a.1', rule: 'Non-statistical', source: 'Open SDG' }]],
    ]),
    framework: new Map([
      ['1.2.1', { goals: ['1'], targets: ['1.2'] }], ['3.2.1', { goals: ['3'], targets: ['3.2'] }],
      ['4.1.1', { goals: ['4'], targets: ['4.1'] }], ['7.1.1', { goals: ['7'], targets: ['7.1'] }],
      ['11.a.1', { goals: ['11'], targets: ['11.a'] }],
    ]),
  };
}

const TARGETS: StoredProgressTarget[] = [
  { indicatorId: '3.2.1', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 20 }, ...STAMP },
  { indicatorId: '3.2.1', area: 'BD-C', dimensions: {}, direction: 'decrease', target: { year: 2030, value: 25 }, ...STAMP },
];

const close = (actual: number | undefined, expected: number, digits = 4) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 10 ** -digits, `${actual} ≉ ${expected}`);

describe('buildProgressBook', () => {
  const book = buildProgressBook(data());

  it('keeps every key, with the country, method and base year of the data', () => {
    assert.deepEqual([book.series.length, book.countryArea, book.method, book.baseYear], [10, '050', 'unsd', 2015]);
  });

  it('the total key of a series × unit × area is the one with fewest non-total codes, then most points', () => {
    const totals = book.series.filter((s) => s.isTotal).map((s) => `${s.indicator} ${s.area} ${s.dimensionKey}`);
    // 4.1.1 has no SEX=_T row: F/_T (2 points) and M/_T (3 points) both have one non-total code; M has more points
    assert.deepEqual(totals, ['1.2.1 050 ', '3.2.1 050 |SEX=_T|', '3.2.1 BD-C |SEX=_T|', '4.1.1 050 |AGE=_T|SEX=M|', '7.1.1 050 ', '11.a.1 050 ']);
    assert.deepEqual(book.series.filter((s) => s.indicator === '4.1.1').map((s) => s.nonTotal), [1, 1, 2]);
  });

  it('3.2.1 total, 40 → 30 (2015–2020) against 20 in 2030: unsd on track, opensdg substantial progress', () => {
    // actual (30/40)^(1/5) − 1 = −0.055913; required (20/40)^(1/15) − 1 = −0.045158; ratio 1.2381
    // opensdg score min(7.1429 × 1.2381 − 4.2857, 5) = 4.558
    const s = book.series.find((x) => x.indicator === '3.2.1' && x.area === '050' && x.dimensions.SEX === '_T')!;
    assert.deepEqual([s.target?.source, s.target?.target, s.base], ['national', { year: 2030, value: 20 }, { year: 2015, value: 40 }]);
    assert.equal(s.results.unsd.status, 'on_track');
    close(s.results.unsd.ratio, 1.2381);
    assert.equal(s.results.opensdg.status, 'substantial_progress');
    close(s.results.opensdg.score, 4.558, 3);
  });

  it('7.1.1 takes the global "100%" from its 2015 value, with the limit 100 of a percentage', () => {
    // base = first point at or after 2015 (60), not 2012
    const s = book.series.find((x) => x.indicator === '7.1.1')!;
    assert.deepEqual([s.base, s.target?.source, s.target?.target, s.target?.limit], [{ year: 2015, value: 60 }, 'global', { value: 100, year: 2030 }, 100]);
  });

  it('a key without a target has the gap reason as every method\'s not_available reason', () => {
    const s = book.series.find((x) => x.indicator === '11.a.1')!;
    assert.deepEqual([s.target, s.gap?.reason, s.results.eurostat], [null, 'the global target is non-statistical',
      { status: 'not_available', reason: 'the global target is non-statistical' }]);
  });

  it('a national baseline without an observation in its year becomes the total key\'s base', () => {
    // 1.2.1 national: baseline 30 (2012), 15 by 2030; points 18 (2022).
    // actual (18/30)^(1/10) − 1 = −0.049800; required (15/30)^(1/18) − 1 = −0.037776; ratio 1.3183 → on track
    const withBaseline = buildProgressBook(data([...TARGETS, {
      indicatorId: '1.2.1', dimensions: {}, direction: 'decrease', baseline: { year: 2012, value: 30 }, target: { year: 2030, value: 15 }, ...STAMP,
    }]));
    const s = withBaseline.series.find((x) => x.indicator === '1.2.1')!;
    assert.deepEqual([s.base, s.results.unsd.status], [{ year: 2012, value: 30 }, 'on_track']);
    close(s.results.unsd.ratio, 1.3183);
    // gap from that base: expected 30 + (15 − 30)·(2022 − 2012)/(2030 − 2012) = 21.6667;
    // projected 18 × 0.6^(8/10) = 18 × 0.664540 = 11.9617; met at 2022 + 10·ln(15/18)/ln 0.6 = 2025.57 → 2026
    const gap = gapOf(s)!;
    close(gap.expected, 21.6667);
    close(gap.projected, 11.9617);
    assert.equal(gap.metYear, 2026);
  });
});

describe('views of the progress book', () => {
  const book = buildProgressBook(data());

  it('indicatorsInScope: the country reads each indicator\'s total keys, in code order', () => {
    // 1.2.1: actual (18/24)^(1/7) − 1 = −0.040265, required −0.045158, ratio 0.8916 → fair progress
    // 7.1.1: actual (66/60)^(1/6) − 1 = 0.016012, required (100/60)^(1/15) − 1 = 0.034642, ratio 0.4622 → limited
    const rows = indicatorsInScope(book, 'unsd').map((i) => [i.indicator, i.status, i.series.length]);
    assert.deepEqual(rows, [['1.2.1', 'fair_progress', 1], ['3.2.1', 'on_track', 1], ['4.1.1', 'not_available', 1],
      ['7.1.1', 'limited_progress', 1], ['11.a.1', 'not_available', 1]]);
  });

  it('an area scope reads that area\'s keys against its own target: BD-C 50 → 52 against 25 is deterioration', () => {
    // actual (52/50)^(1/5) − 1 = +0.007875 (away); required (25/50)^(1/15) − 1 = −0.045158; ratio −0.1744 < −0.1
    const rows = indicatorsInScope(book, 'unsd', { area: 'BD-C' });
    assert.deepEqual(rows.map((i) => [i.indicator, i.status]), [['3.2.1', 'deterioration']]);
    assert.equal(rows[0]!.series[0]!.target?.target?.value, 25);
  });

  it('a disaggregation scope reads the key holding the code with fewest other non-total codes', () => {
    // 3.2.1 SEX=F: (34/36)^(1/5) − 1 = −0.011367; required (20/36)^(1/15) − 1 = −0.038428; ratio 0.2958 → limited
    const scope = { dimension: { id: 'SEX', code: 'F' } };
    const keys = keysInScope(book, scope);
    assert.deepEqual([...keys].map(([i, ks]) => [i, ks.map((k) => k.dimensionKey)]),
      [['3.2.1', ['|SEX=F|']], ['4.1.1', ['|AGE=_T|SEX=F|']]]);
    assert.deepEqual(indicatorsInScope(book, 'unsd', scope).map((i) => [i.indicator, i.status]), [['3.2.1', 'limited_progress'], ['4.1.1', 'not_available']]);
    close(keys.get('3.2.1')![0]!.results.unsd.ratio, 0.2958);
  });

  it('without a headline, the keys national targets name are read instead of the total key; with one, the total stays', () => {
    // 4.1.1 has no SEX=_T key; targets for SEX=F and SEX=M (increase to 60 by 2030) name F/_T (fewest other codes) and M/_T.
    // F/_T 40 (2016) → 45 (2019): (45/40)^(1/3) − 1 = 0.040042 over (60/40)^(1/14) − 1 = 0.029385 → 1.3627, on track
    // M/_T 38 (2016) → 44 (2022): (44/38)^(1/6) − 1 = 0.024735 over (60/38)^(1/14) − 1 = 0.033164 → 0.7458, fair
    // indicator: ranks 0, 1 → the worse middle, fair progress. 3.2.1 has a headline: its SEX=F target changes nothing.
    const named = buildProgressBook(data([...TARGETS,
      ...['F', 'M'].map((sex): StoredProgressTarget => ({ indicatorId: '4.1.1', dimensions: { SEX: sex }, direction: 'increase', target: { year: 2030, value: 60 }, ...STAMP })),
      { indicatorId: '3.2.1', dimensions: { SEX: 'F' }, direction: 'decrease', target: { year: 2030, value: 15 }, ...STAMP }]));
    const keys = keysInScope(named);
    assert.deepEqual(keys.get('4.1.1')!.map((k) => [k.dimensionKey, k.namedBy, Number(k.results.unsd.ratio!.toFixed(4))]),
      [['|AGE=_T|SEX=F|', 'SEX=F', 1.3627], ['|AGE=_T|SEX=M|', 'SEX=M', 0.7458]]);
    assert.deepEqual(keys.get('3.2.1')!.map((k) => k.dimensionKey), ['|SEX=_T|']);
    assert.equal(indicatorsInScope(named, 'unsd').find((i) => i.indicator === '4.1.1')!.status, 'fair_progress');
  });

  it('snapshotOf counts the country\'s indicators by class, nationally and per goal in goal order', () => {
    // assessed: on_track, fair, limited → median of ranks 0, 1, 2 is fair_progress
    const snap = snapshotOf(book, 'unsd');
    assert.deepEqual(snap.national, {
      total: 5, assessed: 3, counts: { fair_progress: 1, on_track: 1, not_available: 2, limited_progress: 1 },
      shares: { on_track: 1 / 3, fair_progress: 1 / 3, limited_progress: 1 / 3 }, status: 'fair_progress',
    });
    assert.deepEqual(Object.entries(snap.goals).map(([g, s]) => [g, s.status]),
      [['1', 'fair_progress'], ['3', 'on_track'], ['4', 'not_available'], ['7', 'limited_progress'], ['11', 'not_available']]);
  });

  it('offTrackIn lists off-track indicators worst first, with the gap to the target', () => {
    const off = offTrackIn(book, 'unsd');
    assert.deepEqual(off.map((i) => [i.indicator, i.status]), [['7.1.1', 'limited_progress'], ['1.2.1', 'fair_progress']]);
    const [electricity, poverty] = off.map((i) => i.gap!);
    // 7.1.1: expected 60 + (100 − 60)·(2021 − 2015)/(2030 − 2015) = 76; projected 66 × 1.1^(9/6) = 76.1435;
    // met when 66·1.1^((y − 2021)/6) = 100: y = 2021 + 6·ln(100/66)/ln 1.1 = 2047.16 → 2048
    assert.deepEqual([electricity!.current, electricity!.target], [{ year: 2021, value: 66 }, { year: 2030, value: 100 }]);
    close(electricity!.expected, 76);
    close(electricity!.projected, 76.1435);
    assert.equal(electricity!.metYear, 2048);
    // 1.2.1: target 24 × 1/2 = 12; expected 24 + (12 − 24)·7/15 = 18.4; projected 18 × 0.75^(8/7) = 18 × 0.719802 = 12.9564;
    // met at 2022 + 7·ln(12/18)/ln 0.75 = 2031.87 → 2032
    close(poverty!.expected, 18.4);
    close(poverty!.projected, 12.9564);
    assert.equal(poverty!.metYear, 2032);
  });

  it('gapOf a key moving away has no met year; BD-C expects 41.67 in 2020 and projects 56.24 for 2030', () => {
    // expected 50 + (25 − 50)·5/15 = 41.6667; projected 52 × 1.04^(10/5) = 56.2432
    const s = keysInScope(book, { area: 'BD-C' }).get('3.2.1')![0]!;
    const gap = gapOf(s)!;
    close(gap.expected, 41.6667);
    close(gap.projected, 56.2432);
    assert.equal(gap.metYear, null);
    assert.deepEqual(offTrackIn(book, 'unsd', { area: 'BD-C' }).map((i) => i.indicator), ['3.2.1']);
  });
});
