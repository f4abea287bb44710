import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compositeOf, rankByComposite, rankHistory, scoreCycle, type SubmissionFacts,
} from '../../../src/analysis/scorecard/index.ts';

const year = (y: number) => ({ kind: 'year' as const, start: `${y}-01-01`, end: `${y}-12-31` });
const near = (actual: number | null | undefined, expected: number) =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-12, `${actual} ≉ ${expected}`);
const f = (value: number) => ({ value, numerator: value, denominator: 1 });

describe('compositeOf', () => {
  it('weighs all four: 0.35 × 1 + 0.25 × 0.5 + 0.15 × 0.8 + 0.25 × 0.6 = 0.35 + 0.125 + 0.12 + 0.15 = 0.745', () => {
    near(compositeOf({ completeness: f(1), timeliness: f(0.5), quality: f(0.8), progress: f(0.6) }), 0.745);
  });

  it('renormalises over the components it has: completeness 0.5 and progress 0.7 → (0.175 + 0.175) / 0.6 = 0.58333…', () => {
    near(compositeOf({ completeness: f(0.5), timeliness: null, quality: null, progress: f(0.7) }), 0.35 / 0.6);
  });

  it('is null when every component is null', () => {
    assert.equal(compositeOf({ completeness: null, timeliness: null, quality: null, progress: null }), null);
  });
});

describe('rankByComposite', () => {
  it('shares the rank in a tie and skips the next place: 0.9, 0.7, 0.7, 0.5 → 1, 2, 2, 4; no composite → unranked last', () => {
    const ranked = rankByComposite([
      { id: 'D', composite: 0.5 }, { id: 'X', composite: null }, { id: 'C', composite: 0.7 }, { id: 'A', composite: 0.9 }, { id: 'B', composite: 0.7 },
    ], (a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(ranked.map((r) => [r.id, r.rank]), [['A', 1], ['B', 2], ['C', 2], ['D', 4], ['X', null]]);
  });

  it('treats composites equal but for rounding as a tie: 0.1 + 0.2 and 0.3', () => {
    const ranked = rankByComposite([{ id: 'A', composite: 0.1 + 0.2 }, { id: 'B', composite: 0.3 }]);
    assert.deepEqual(ranked.map((r) => r.rank), [1, 1]);
  });
});

describe('scoreCycle', () => {
  // Cycle 2025: moment 2025-06-30, so annual data for 2024 is expected.
  // A leads 1.1.1 (2024 data) and 1.2.1 (2023 only); B leads 3.2.1 (2024 data); C leads 4.1.1 (no data, no score);
  // D leads nothing (absent). Scores: 1.1.1 = 3, 1.2.1 = −1, 3.2.1 = 1.
  const submissions: SubmissionFacts[] = [
    // B, sent 2025-05-01 with 2024 data (due 2025-06-30): on time, 1 warning.
    { id: 1, indicator: '3.2.1', state: 'approved', submittedAt: '2025-05-01T10:00:00.000Z', deliveredPeriods: [year(2024)], warnings: 1, returns: 0 },
    // B, sent 2025-08-01 with 2024 data: late, returned once.
    { id: 2, indicator: '3.2.1', state: 'approved', submittedAt: '2025-08-01T10:00:00.000Z', deliveredPeriods: [year(2024)], warnings: 0, returns: 1 },
    // A, sent in 2024: outside cycle 2025.
    { id: 3, indicator: '1.1.1', state: 'approved', submittedAt: '2024-03-01T10:00:00.000Z', deliveredPeriods: [year(2023)], warnings: 5, returns: 0 },
  ];
  const scores = scoreCycle({
    cycle: 2025, moment: '2025-06-30',
    leads: new Map([['1.2.1', 'A'], ['1.1.1', 'A'], ['3.2.1', 'B'], ['4.1.1', 'C']]),
    periods: new Map([['1.1.1', [year(2023), year(2024)]], ['1.2.1', [year(2023)]], ['3.2.1', [year(2024)]]]),
    submissions,
    scores: new Map([['1.1.1', 3], ['1.2.1', -1], ['3.2.1', 1]]),
  });
  const of = (id: string) => scores.find((s) => s.organisation === id)!;

  it('A: completeness 1/2, no submissions in 2025, progress (0.8 + 0.4) / 2 = 0.6 → composite (0.175 + 0.15) / 0.6 = 0.541666…', () => {
    const a = of('A');
    assert.deepEqual(a.indicators, ['1.1.1', '1.2.1']);
    assert.deepEqual(a.components.completeness, { value: 0.5, numerator: 1, denominator: 2 });
    assert.equal(a.components.timeliness, null);
    assert.equal(a.components.quality, null);
    near(a.components.progress?.value, 0.6);
    near(a.composite, 0.325 / 0.6);
  });

  it('B: completeness 1, timeliness 1/2, quality (2 − 2) / 2 = 0, progress 0.6 → 0.35 + 0.125 + 0 + 0.15 = 0.625', () => {
    const b = of('B');
    assert.deepEqual(b.components.completeness, { value: 1, numerator: 1, denominator: 1 });
    assert.deepEqual(b.components.timeliness, { value: 0.5, numerator: 1, denominator: 2 });
    assert.deepEqual(b.components.quality, { value: 0, numerator: 0, denominator: 2 });
    near(b.components.progress?.value, 0.6);
    near(b.composite, 0.625);
  });

  it('C: completeness 0 and nothing else → composite 0; ranks B 1, A 2, C 3, and D (leading nothing) is absent', () => {
    near(of('C').composite, 0);
    assert.deepEqual(scores.map((s) => [s.organisation, s.rank]), [['B', 1], ['A', 2], ['C', 3]]);
  });

  it('gives organisations with the same figures the same rank', () => {
    const tied = scoreCycle({
      cycle: 2025, moment: '2025-06-30', leads: new Map([['1.1.1', 'A'], ['1.2.1', 'B'], ['1.3.1', 'C']]),
      periods: new Map([['1.1.1', [year(2024)]], ['1.2.1', [year(2024)]]]), submissions: [], scores: new Map(),
    });
    // A and B: completeness 1 → 1; C: 0.
    assert.deepEqual(tied.map((s) => [s.organisation, s.rank]), [['A', 1], ['B', 1], ['C', 3]]);
  });
});

describe('rankHistory', () => {
  it('lists each organisation cycle by cycle in cycle order', () => {
    const h = rankHistory([
      { cycle: 2026, scores: [{ organisation: 'A', rank: 1, composite: 0.8 }] },
      { cycle: 2025, scores: [{ organisation: 'A', rank: 2, composite: 0.5 }, { organisation: 'B', rank: 1, composite: 0.6 }] },
    ]);
    assert.deepEqual(h.get('A'), [{ cycle: 2025, rank: 2, composite: 0.5 }, { cycle: 2026, rank: 1, composite: 0.8 }]);
    assert.deepEqual(h.get('B'), [{ cycle: 2025, rank: 1, composite: 0.6 }]);
  });
});
