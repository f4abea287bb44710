import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  GoalMatrix, alignedPoints, isLinked, linkOf, linkPairs, nationalSeries, type LinkSeries,
} from '../../../src/analysis/interlinkages/index.ts';

const YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
const series = (indicator: string, direction: 'increase' | 'decrease', values: number[], years = YEARS): LinkSeries => ({
  indicator, goals: [indicator.split('.')[0]!], direction, values: new Map(values.map((v, i) => [years[i]!, v])),
});

describe('linkOf', () => {
  it('calls two indicators that both improve a synergy although one falls and the other rises', () => {
    // Under-five mortality falls (desired: decrease), enrolment rises (desired: increase): raw ρ = −1, aligned ρ = +1.
    const mortality = series('3.2.1', 'decrease', [46, 43, 40, 38, 35, 33, 31, 29]);
    const enrolment = series('4.1.1', 'increase', [70, 72, 75, 77, 80, 82, 85, 88]);
    assert.deepEqual(linkOf(mortality, enrolment), { a: '3.2.1', b: '4.1.1', shared: 8, n: 8, rho: 1, p: 2 / 40320, class: 'synergy' });
    // The same two, with enrolment falling: mortality improves while enrolment worsens → trade-off.
    const falling = series('4.1.1', 'increase', [88, 85, 82, 80, 77, 75, 72, 70]);
    assert.deepEqual(linkOf(mortality, falling), { a: '3.2.1', b: '4.1.1', shared: 8, n: 8, rho: -1, p: 2 / 40320, class: 'trade_off' });
  });

  it('turns a synergy that is only a shared trend into unclassified when first-differenced', () => {
    // a = 10t + (0,1,0,1,0,1,0,1), b = 10t + (0,0,1,1,0,0,1,1): both rise every year, so levels give ρ = 1 (synergy).
    const a = series('1.1.1', 'increase', [0, 11, 20, 31, 40, 51, 60, 71]);
    const b = series('2.1.1', 'increase', [0, 10, 21, 31, 40, 50, 61, 71]);
    assert.equal((linkOf(a, b) as { class: string }).class, 'synergy');
    // Changes: a 11,9,11,9,11,9,11 (midranks 5.5 ×4, 2 ×3); b 10,11,10,9,10,11,10 (3.5 ×4, 6.5 ×2, 1).
    // Both rank means are 4; Sxy = 4·(1.5·−0.5) + 2·(−2·2.5) + (−2·−3) = −3 − 10 + 6 = −7;
    // Sxx = 4·2.25 + 3·4 = 21; Syy = 4·0.25 + 2·6.25 + 9 = 22.5; ρ = −7/√472.5 = −0.32203 (7 changes, p ≈ 0.48).
    const d = linkOf(a, b, { difference: true });
    assert.ok(isLinked(d));
    assert.equal(d.class, 'unclassified');
    assert.equal(d.shared, 8);
    assert.equal(d.n, 7);
    assert.ok(Math.abs(d.rho - -7 / Math.sqrt(472.5)) < 1e-12, String(d.rho));
    assert.ok(d.p > 0.4 && d.p < 0.6, String(d.p));
  });

  it('skips a pair sharing fewer years than the minimum, with the count of shared years', () => {
    const a = series('1.1.1', 'increase', [1, 2, 3, 4, 5, 6, 7, 8]);
    const b = series('2.1.1', 'increase', [1, 2, 3, 4], [2014, 2015, 2016, 2020]);
    assert.deepEqual(linkOf(a, b), { a: '1.1.1', b: '2.1.1', shared: 3, reason: 'too_few_points' });
    assert.equal(isLinked(linkOf(a, b, { minShared: 3 })), true);
  });
});

describe('alignedPoints', () => {
  it('keeps the shared years with raw values, sign-aligned samples, and changes per year across gaps', () => {
    const a = series('3.2.1', 'decrease', [30, 28, 25], [2015, 2016, 2018]);
    const b = series('4.1.1', 'increase', [60, 64, 70], [2016, 2018, 2019]);
    assert.deepEqual(alignedPoints(a, b, false), { keys: [2016, 2018], a: [28, 25], b: [60, 64], x: [-28, -25], y: [60, 64] });
    // 2016 → 2018: a −3 over 2 years, aligned +1.5 a year; b +4 over 2 years, +2 a year.
    assert.deepEqual(alignedPoints(a, b, true).x, [1.5]);
    assert.deepEqual(alignedPoints(a, b, true).y, [2]);
  });
});

describe('linkPairs', () => {
  it('yields each of the n(n − 1)/2 pairs once, first before second in input order', () => {
    const s = ['1.1.1', '2.1.1', '3.1.1', '4.1.1'].map((c, i) => series(c, 'increase', YEARS.map((y) => y * (i + 1))));
    const pairs = [...linkPairs(s)].map((p) => `${p.a}-${p.b}`);
    assert.deepEqual(pairs, ['1.1.1-2.1.1', '1.1.1-3.1.1', '1.1.1-4.1.1', '2.1.1-3.1.1', '2.1.1-4.1.1', '3.1.1-4.1.1']);
  });
});

describe('GoalMatrix', () => {
  it('gives each goal pair its shares of synergies, trade-offs and unclassified, counting a two-goal indicator in both', () => {
    const m = new GoalMatrix();
    m.add({ class: 'synergy' }, ['1'], ['3']);
    m.add({ class: 'trade_off' }, ['3'], ['1']);
    m.add({ class: 'synergy' }, ['1'], ['3']);
    m.add({ class: 'unclassified' }, ['1'], ['1']);
    m.add({ class: 'synergy' }, ['1', '3'], ['3']); // cells 1–3 and 3–3
    assert.deepEqual(m.cells(), [
      { goalA: '1', goalB: '1', pairs: 1, counts: { synergy: 0, trade_off: 0, unclassified: 1 }, shares: { synergy: 0, trade_off: 0, unclassified: 1 } },
      // 1–3: synergy ×3, trade-off ×1 → 0.75 and 0.25.
      { goalA: '1', goalB: '3', pairs: 4, counts: { synergy: 3, trade_off: 1, unclassified: 0 }, shares: { synergy: 0.75, trade_off: 0.25, unclassified: 0 } },
      { goalA: '3', goalB: '3', pairs: 1, counts: { synergy: 1, trade_off: 0, unclassified: 0 }, shares: { synergy: 1, trade_off: 0, unclassified: 0 } },
    ]);
  });
});

describe('nationalSeries', () => {
  it('takes per indicator the first key with a direction, and names indicators without one', () => {
    const keys = new Map([
      ['1.1.1', [
        { series: 'A', unit: 'PT', target: null, points: [{ year: 2016, value: 1 }] },
        { series: 'B', unit: 'PT', target: { direction: 'decrease' as const }, points: [{ year: 2017, value: 3 }, { year: 2016, value: 4 }] },
      ]],
      ['17.8.1', [{ series: 'C', unit: 'PT', target: null, points: [{ year: 2016, value: 2 }] }]],
    ]);
    const choice = nationalSeries(keys);
    assert.deepEqual(choice.withoutDirection, ['17.8.1']);
    assert.equal(choice.series.length, 1);
    const s = choice.series[0]!;
    assert.deepEqual([s.indicator, s.series, s.direction, s.goals, [...s.values]], ['1.1.1', 'B', 'decrease', ['1'], [[2016, 4], [2017, 3]]]);
  });
});
