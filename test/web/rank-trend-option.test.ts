import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankTrendOption, sparklinePath } from '../../web/src/scorecard/rank-trend-option.ts';

const labels = { rank: 'Rank', description: 'Rank of HSD in each reporting cycle', formatNumber: String, formatCycle: String, colour: '#19486A' };

describe('rank trend', () => {
  it('sparklinePath puts rank 1 at the top and the last rank at the bottom of the box: ranks 1, 3 of 3 in 10 × 10 → M1,1L9,9', () => {
    // x: 1 + i × (10 − 2) / (2 − 1) = 1, 9; y: 1 + (rank − 1) × (10 − 2) / (3 − 1) = 1, 9.
    assert.equal(sparklinePath([{ cycle: 2024, rank: 1, composite: 1 }, { cycle: 2025, rank: 3, composite: 0.5 }], 3, 10, 10), 'M1,1L9,9');
  });

  it('sparklinePath breaks the line at a cycle without a rank', () => {
    const path = sparklinePath([
      { cycle: 2023, rank: 2, composite: 0.6 }, { cycle: 2024, rank: null, composite: null },
      { cycle: 2025, rank: 1, composite: 0.8 }, { cycle: 2026, rank: 2, composite: 0.7 },
    ], 2, 31, 10);
    // x = 1 + i × 29 / 3 = 1, 10.7, 20.3, 30; y = 1 + (rank − 1) × 8 = 9 (rank 2) or 1 (rank 1).
    assert.equal(path, 'M1,9M20.3,1L30,9');
  });

  it('rankTrendOption draws ranks on an inverted axis from 1 to the number ranked, one category per cycle, gaps kept', () => {
    const option = rankTrendOption([{ cycle: 2025, rank: 4, composite: 0.4 }, { cycle: 2026, rank: null, composite: null }], 41, labels);
    assert.deepEqual((option.xAxis as { data: string[] }).data, ['2025', '2026']);
    const y = option.yAxis as { inverse: boolean; min: number; max: number };
    assert.deepEqual([y.inverse, y.min, y.max], [true, 1, 41]);
    assert.deepEqual((option.series as { data: (number | null)[] }[])[0]!.data, [4, null]);
    assert.equal((option.aria as { label: { description: string } }).label.description, 'Rank of HSD in each reporting cycle');
  });
});
