import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  adjustedParityIndex, dimensionPairs, gapTrend, pairsOf, parityDistance, ratioOf, yearGaps, type GroupedKey, type YearValue,
} from '../../../src/analysis/gaps/index.ts';

const pts = (first: number, values: number[], step = 1): YearValue[] => values.map((value, i) => ({ year: first + i * step, value }));
const close = (actual: number | null, expected: number, digits = 9): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 10 ** -digits, `${actual} ≠ ${expected}`);
};

describe('ratioOf, adjustedParityIndex and parityDistance', () => {
  it('ratioOf(45, 50) is the parity index 0.9 and a zero numerator gives 0', () => {
    close(ratioOf(45, 50), 0.9);
    assert.equal(ratioOf(0, 5), 0);
    assert.equal(parityDistance(0, 5), 1); // |1 − 0/5| = 1
  });
  it('ratioOf gives null on a zero denominator or a negative value', () => {
    assert.equal(ratioOf(3, 0), null);
    assert.equal(ratioOf(0, 0), null);
    assert.equal(ratioOf(-1, 4), null);
    assert.equal(adjustedParityIndex(3, 0), null);
    assert.equal(parityDistance(3, 0), null);
  });
  it('adjustedParityIndex(50, 40) is 2 − 40/50 = 1.2, symmetric with (40, 50) = 0.8', () => {
    close(adjustedParityIndex(50, 40), 1.2);
    close(adjustedParityIndex(40, 50), 0.8);
    close(parityDistance(50, 40), 0.2);
    close(parityDistance(40, 50), 0.2);
  });
});

describe('yearGaps', () => {
  it('keeps the years both groups have, with a − b, a / b and a null ratio where b is 0', () => {
    const g = yearGaps(pts(2018, [3, 45, 7]), [{ year: 2019, value: 50 }, { year: 2018, value: 0 }, { year: 2021, value: 9 }]);
    assert.deepEqual(g.map((y) => y.year), [2018, 2019]); // 2020 has no b, 2021 no a
    assert.equal(g[0]!.gap, 3); // 3 − 0
    assert.equal(g[0]!.ratio, null); // 3 / 0: zero denominator
    assert.equal(g[1]!.gap, -5); // 45 − 50
    close(g[1]!.ratio, 0.9);
  });
  it('gives no years for a missing group', () => {
    assert.deepEqual(yearGaps(pts(2018, [1, 2]), []), []);
  });
});

describe('gapTrend', () => {
  it('classes 40, 44, 48 against 50 as narrowing: slope 4, distance 10 → 2, −4 a year', () => {
    // gaps −10, −6, −2 in 2015–2017; t̄ = 2016, ḡ = −6; Sxy = (−1)(−4) + 0 + (1)(4) = 8, Sxx = 2 → s = 4.
    // fitted 2015 = −10, 2017 = −2 → r = (2 − 10) / 2 = −4; level = mean(45, 47, 49) = 47 → tolerance 0.47.
    const t = gapTrend(yearGaps(pts(2015, [40, 44, 48]), pts(2015, [50, 50, 50])));
    assert.equal(t.class, 'narrowing');
    assert.equal(t.basis, 'least_squares');
    close(t.slope, 4);
    close(t.distanceChange, -4);
    close(t.tolerance, 0.47);
  });
  it('classes a gap changing sign from −2 to +3 as widening: it ends farther from parity than it began', () => {
    // a 10, 12, 15; b 12, 12, 12 in 2010, 2012, 2014 → gaps −2, 0, 3; t̄ = 2012, ḡ = 1/3.
    // Sxy = (−2)(−2 − 1/3) + 0 + (2)(3 − 1/3) = 14/3 + 16/3 = 10; Sxx = 4 + 0 + 4 = 8 → s = 1.25.
    // fitted 2010 = 1/3 − 2.5 = −13/6, 2014 = 1/3 + 2.5 = 17/6 → r = (17/6 − 13/6) / 4 = 1/6 ≈ 0.1667.
    // level = mean(11, 12, 13.5) = 12.1667 → tolerance 0.121667 < 0.1667 → widening.
    const t = gapTrend(yearGaps(pts(2010, [10, 12, 15], 2), pts(2010, [12, 12, 12], 2)));
    assert.equal(t.class, 'widening');
    close(t.slope, 1.25);
    close(t.distanceChange, 1 / 6);
    close(t.tolerance, 0.121666666667, 9);
  });
  it('classes a change under 1 % of the level a year as stable', () => {
    // gaps −10, −9.8, −9.9; ḡ = −9.9; Sxy = (−1)(−0.1) + 0 + (1)(0) = 0.1, Sxx = 2 → s = 0.05.
    // fitted −9.95 → −9.85: r = (9.85 − 9.95) / 2 = −0.05; level = mean(55, 55.1, 55.05) = 55.05 → tolerance 0.5505.
    const t = gapTrend(yearGaps(pts(2015, [50, 50.2, 50.1]), pts(2015, [60, 60, 60])));
    assert.equal(t.class, 'stable');
    close(t.slope, 0.05);
    close(t.distanceChange, -0.05);
  });
  it('with two common years gives the sign of the change, labelled two_years', () => {
    // gaps −10 (2019), −9 (2021): s = 1 / 2 = 0.5; r = (9 − 10) / 2 = −0.5; tolerance 0.01 × mean(35, 35.5) = 0.3525.
    const t = gapTrend(yearGaps(pts(2019, [30, 31], 2), pts(2019, [40, 40], 2)));
    assert.equal(t.basis, 'two_years');
    assert.equal(t.class, 'narrowing');
    close(t.slope, 0.5);
    close(t.distanceChange, -0.5);
  });
  it('with a single common year gives single_year and no slope', () => {
    assert.deepEqual(gapTrend(yearGaps(pts(2022, [5]), pts(2022, [6]))), {
      class: 'single_year', basis: 'none', slope: null, distanceChange: null, tolerance: null,
    });
  });
});

describe('pairsOf', () => {
  it('pairs female with male, rural with urban, Q1 with Q5 (else B40 with R60), PD with PWD', () => {
    assert.deepEqual(pairsOf('SEX', ['_T', 'M', 'F']), [['F', 'M']]);
    assert.deepEqual(pairsOf('URBANISATION', ['U', 'R']), [['R', 'U']]);
    assert.deepEqual(pairsOf('INCOME_WEALTH_QUANTILE', ['Q1', 'Q5', 'B40', 'R60']), [['Q1', 'Q5']]);
    assert.deepEqual(pairsOf('INCOME_WEALTH_QUANTILE', ['B40', 'R60', '_T']), [['B40', 'R60']]);
    assert.deepEqual(pairsOf('DISABILITY_STATUS', ['PD', 'PWD']), [['PD', 'PWD']]);
  });
  it('pairs each age group with the total and gives nothing for a missing group', () => {
    assert.deepEqual(pairsOf('AGE', ['Y5T9', '_T', 'Y0T4']), [['Y0T4', '_T'], ['Y5T9', '_T']]);
    assert.deepEqual(pairsOf('AGE', ['Y5T9', 'Y0T4']), []);
    assert.deepEqual(pairsOf('SEX', ['F', '_T']), []);
  });
});

describe('dimensionPairs', () => {
  const keys: GroupedKey[] = [
    { area: '050', dimensions: { SEX: '_T', AGE: '_T' }, points: pts(2015, [20, 22, 24]) },
    { area: '050', dimensions: { SEX: 'F', AGE: '_T' }, points: pts(2015, [18, 21, 24]) },
    { area: '050', dimensions: { SEX: 'M', AGE: '_T' }, points: pts(2015, [22, 23, 24]) },
    { area: '050', dimensions: { SEX: 'F', AGE: 'Y15T24' }, points: pts(2015, [10, 11, 12]) },
    { area: '050', dimensions: { SEX: 'M', AGE: 'Y15T24' }, points: pts(2015, [12, 12, 12]) },
    { area: '050', dimensions: { SEX: '_T', AGE: 'Y15T24' }, points: pts(2015, [11, 11.5, 12]) },
    { area: 'BD-A', dimensions: { SEX: '_T', AGE: '_T' }, points: pts(2016, [30, 35]) },
    { area: 'BD-A', dimensions: { SEX: 'F', AGE: '_T' }, points: pts(2016, [1, 2]) },
  ];
  it('compares female with male of all ages (the context with every other dimension at its total)', () => {
    const [p, ...rest] = dimensionPairs(keys, 'SEX', '050');
    assert.equal(rest.length, 0);
    assert.deepEqual([p!.a, p!.b, p!.context], ['F', 'M', {}]);
    assert.deepEqual(p!.years.map((y) => y.gap), [-4, -2, 0]); // 18 − 22, 21 − 23, 24 − 24
    assert.equal(p!.latest!.ratio, 1); // 24 / 24: parity reached
    assert.equal(p!.trend.class, 'narrowing'); // s = 2, |ĝ| 4 → 0: −2 a year
  });
  it('compares each age group with the age total, and each area with the country', () => {
    const age = dimensionPairs(keys, 'AGE', '050');
    assert.deepEqual(age.map((p) => [p.a, p.b, p.latest?.gap]), [['Y15T24', '_T', -12]]); // 12 − 24
    const areas = dimensionPairs(keys, 'REF_AREA', '050');
    // Among the disaggregations both areas hold (total, female), the one with fewest non-total codes: the total.
    assert.deepEqual(areas.map((p) => [p.a, p.b, p.years.map((y) => y.gap)]), [['BD-A', '050', [8, 11]]]); // 30 − 22, 35 − 24
    assert.equal(areas[0]!.trend.basis, 'two_years');
  });
});
