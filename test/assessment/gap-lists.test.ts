import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { betweenGroups, type ListedGap } from '../../src/assessment/index.ts';

/** A listed pair of `unit` whose latest year has group values a and b. */
function listed(unit: string, a: number, b: number, bCode = 'M', seriesName = 'Unemployment rate'): ListedGap {
  const latest = { year: 2021, a, b, gap: a - b, ratio: a / b, adjusted: a <= b ? a / b : 2 - b / a };
  return {
    indicator: '8.5.2', series: 'SL_TLF_UEM', seriesName, unit, dimension: 'SEX', distance: 0.5,
    pair: { dimension: 'SEX', a: 'F', b: bCode, context: {}, aPoints: [], bPoints: [], years: [latest], latest, trend: { class: 'single_year' } },
  } as unknown as ListedGap;
}

describe('betweenGroups: which pairs the national gap lists compare', () => {
  it('keeps two groups\' rates: female unemployment 6.68 % against male 3.32 %', () => {
    assert.equal(betweenGroups(listed('PERCENT', 6.68, 3.32)), true);
  });

  it('leaves out counts, parity-index series, a part against its whole and the two parts of one whole', () => {
    assert.equal(betweenGroups(listed('NUMBER', 80, 502)), false);
    assert.equal(betweenGroups(listed('Ratio', 0, 1.1, 'M', 'Adjusted location parity index for completion rate')), false);
    assert.equal(betweenGroups(listed('PERCENT', 12, 30, '_T')), false);
    // 95.5 % of nursing personnel are women and 4.5 % men: 95.5 + 4.5 = 100, a composition.
    assert.equal(betweenGroups(listed('PERCENT', 95.5, 4.5)), false);
  });
});
