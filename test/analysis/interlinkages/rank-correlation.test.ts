import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyLink, spearman, twoSidedP } from '../../../src/analysis/interlinkages/index.ts';

const near = (actual: number, expected: number, eps = 1e-4) => assert.ok(Math.abs(actual - expected) < eps, `${actual} ≉ ${expected}`);

describe('spearman', () => {
  it('gives ρ = 0.8 and the exact p = 16/120 for (1,2,3,4,5) against (2,1,4,3,5)', () => {
    // Rank differences d = 1,1,1,1,0: ρ = 1 − 6·Σd²/(n(n²−1)) = 1 − 24/120 = 0.8.
    // Of the 5! = 120 orderings, Σd² ≤ 4 for 1 (Σd² = 0) + 4 (one adjacent swap, 2) + 3 (two disjoint swaps, 4) = 8, and
    // as many have ρ ≤ −0.8: p = 16/120 = 0.1333 (R: cor.test(1:5, c(2,1,4,3,5), method = "spearman") gives 0.1333).
    const r = spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);
    assert.equal(r.status, 'computed');
    if (r.status !== 'computed') return;
    assert.equal(r.n, 5);
    near(r.rho, 0.8, 1e-12);
    near(r.p, 16 / 120, 1e-12);
  });

  it('gives tied values their average rank: (1,2,2,3) against (1,3,2,4) → ρ = 0.94868, p = 2/24', () => {
    // Midranks x: 1, 2.5, 2.5, 4; y: 1, 3, 2, 4; both means 2.5.
    // Sxy = (−1.5)(−1.5) + 0·0.5 + 0·(−0.5) + 1.5·1.5 = 4.5; Sxx = 4.5; Syy = 2.25 + 0.25 + 0.25 + 2.25 = 5.
    // ρ = 4.5/√(4.5·5) = 0.948683. Only the 2 of the 4! = 24 orderings of untied ranks with |ρ| = 1 reach it: p = 2/24.
    const r = spearman([1, 2, 2, 3], [1, 3, 2, 4]);
    assert.equal(r.status, 'computed');
    if (r.status !== 'computed') return;
    near(r.rho, 0.948683, 1e-6);
    near(r.p, 2 / 24, 1e-12);
  });

  it('gives ρ = −1 for perfectly opposed ranks, with p = 2/4! = 0.0833: four points prove nothing at 5 %', () => {
    const r = spearman([1, 2, 3, 4], [9, 7, 5, 1]);
    assert.deepEqual(r, { status: 'computed', n: 4, rho: -1, p: 2 / 24 });
  });

  it('answers insufficient with too_few_points under 3 pairs or under the minimum asked', () => {
    assert.deepEqual(spearman([1, 2], [2, 1]), { status: 'insufficient', n: 2, reason: 'too_few_points' });
    assert.deepEqual(spearman([], []), { status: 'insufficient', n: 0, reason: 'too_few_points' });
    assert.deepEqual(spearman([1, 2, 3, 4], [1, 2, 3, 4], 5), { status: 'insufficient', n: 4, reason: 'too_few_points' });
  });

  it('answers insufficient with constant_series when one side never changes', () => {
    assert.deepEqual(spearman([1, 2, 3, 4], [5, 5, 5, 5]), { status: 'insufficient', n: 4, reason: 'constant_series' });
  });

  it('throws naming both lengths when the samples differ in length', () => {
    assert.throws(() => spearman([1, 2, 3], [1, 2]), /differ in length \(3 and 2\)/);
  });
});

describe('twoSidedP', () => {
  it('is exact up to 9 pairs: ρ = 1 has p = 2/n!, ρ = 0.9 from 5 pairs p = 10/120', () => {
    // n = 5: ρ = 1 by 1 ordering and ρ = 0.9 (Σd² = 2, one adjacent swap) by 4, on each side: (1 + 4)·2/120.
    near(twoSidedP(1, 5), 2 / 120, 1e-12);
    near(twoSidedP(0.9, 5), 10 / 120, 1e-12);
    near(twoSidedP(1, 3), 2 / 6, 1e-12);
    near(twoSidedP(-1, 9), 2 / 362880, 1e-15);
  });

  it('gives 0.0374 for ρ = 0.6 from 12 pairs (t = 0.6·√(10/0.64) = 2.3717 on 10 df)', () => {
    // Student's t table: t = 2.228 has p = 0.05 and t = 2.764 has p = 0.02 on 10 df; 2.3717 lies between (0.0393).
    const p = twoSidedP(0.6, 12);
    assert.ok(p > 0.02 && p < 0.05, String(p));
    near(p, 0.0393, 5e-4);
  });
});

describe('classifyLink', () => {
  it('calls a significant ρ above 0.6 a synergy, below −0.6 a trade-off, and anything else unclassified', () => {
    assert.equal(classifyLink({ status: 'computed', n: 8, rho: 0.9, p: 0.002 }), 'synergy');
    assert.equal(classifyLink({ status: 'computed', n: 8, rho: -0.9, p: 0.002 }), 'trade_off');
    assert.equal(classifyLink({ status: 'computed', n: 5, rho: 0.8, p: 0.104 }), 'unclassified');
    assert.equal(classifyLink({ status: 'computed', n: 40, rho: 0.5, p: 0.001 }), 'unclassified');
    assert.equal(classifyLink({ status: 'computed', n: 8, rho: 0.6, p: 0.01 }), 'unclassified');
    assert.equal(classifyLink({ status: 'insufficient', n: 2, reason: 'too_few_points' }), null);
  });
});
