import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoalCell, LinkPair, Partner } from '../../web/src/interlinkages/links-api.ts';
import { CLASS_COLOURS, matrixOption, networkOption, scatterOption } from '../../web/src/interlinkages/links-options.ts';
import { formatP } from '../../web/src/interlinkages/p-value.ts';
import { matchSnapshot } from './snapshot.ts';

const words = { format: (v: number) => String(v), code: (c: string) => c, description: 'test chart' };
const indicator = (code: string) => ({ code, title: `Indicator ${code}`, goals: [code.split('.')[0]!], series: 'S', unit: 'PERCENT', direction: 'increase' as const });
const cell = (goalA: string, goalB: string, synergy: number, trade_off: number, unclassified: number): GoalCell => {
  const pairs = synergy + trade_off + unclassified;
  return { goalA, goalB, pairs, counts: { synergy, trade_off, unclassified }, shares: { synergy: synergy / pairs, trade_off: trade_off / pairs, unclassified: unclassified / pairs } };
};

describe('matrixOption', () => {
  it('colours each goal pair by synergy share minus trade-off share, drawn on both sides of the diagonal', () => {
    // 1–3: 3 synergies, 1 trade-off → 0.75 − 0.25 = 0.5; 3–3: 1 trade-off → −1 (once, on the diagonal).
    const option = matrixOption(['1', '2', '3'], [cell('1', '3', 3, 1, 0), cell('3', '3', 0, 1, 0)], words);
    const data = (option.series as { data: { value: number[] }[] }[])[0]!.data.map((d) => d.value);
    assert.deepEqual(data, [[0, 2, 0.5], [2, 0, 0.5], [2, 2, -1]]);
    assert.ok(matchSnapshot('links-matrix-option', option).ok);
  });
});

describe('networkOption', () => {
  it('draws classified pairs only, blue for synergies and orange for trade-offs, nodes sized by their links', () => {
    const pairs: LinkPair[] = [
      { a: indicator('3.2.1'), b: indicator('7.1.1'), shared: 7, n: 7, rho: 1, p: 0, class: 'synergy' },
      { a: indicator('1.1.1'), b: indicator('3.2.1'), shared: 7, n: 7, rho: -0.9, p: 0.006, class: 'trade_off' },
      { a: indicator('1.1.1'), b: indicator('7.1.1'), shared: 7, n: 7, rho: 0.2, p: 0.67, class: 'unclassified' },
    ];
    const option = networkOption(pairs, new Map([['1', '#e5243b'], ['3', '#4c9f38'], ['7', '#fcc30b']]), words);
    const series = (option.series as { data: { id: string; symbolSize: number }[]; edges: { lineStyle: { color: string; width: number } }[] }[])[0]!;
    assert.deepEqual(series.data.map((n) => [n.id, n.symbolSize]), [['3.2.1', 14], ['7.1.1', 12], ['1.1.1', 12]]);
    // Widths 1 + 3·|ρ|: 4 and 3.7.
    assert.deepEqual(series.edges.map((e) => [e.lineStyle.color, e.lineStyle.width]), [[CLASS_COLOURS.synergy, 4], [CLASS_COLOURS.trade_off, 1 + 3 * 0.9]]);
    assert.ok(matchSnapshot('links-network-option', option).ok);
  });
});

describe('scatterOption', () => {
  it('puts one point per shared year, this indicator across and the partner up', () => {
    const partner: Partner = { partner: indicator('7.1.1'), shared: 2, n: 2, rho: 1, p: 0, class: 'synergy', points: [{ year: 2015, value: 38, partnerValue: 74.4 }, { year: 2016, value: 36, partnerValue: 75.9 }] };
    const option = scatterOption(partner, { x: '3.2.1', y: '7.1.1' }, { ...words, year: String });
    assert.deepEqual((option.series as { data: number[][] }[])[0]!.data, [[38, 74.4, 2015], [36, 75.9, 2016]]);
    assert.ok(matchSnapshot('links-scatter-option', option).ok);
  });
});

describe('formatP', () => {
  it('shows three decimals, and "< 0.001" below that', () => {
    assert.equal(formatP(0.1040880387, String), '0.104');
    assert.equal(formatP(0.00002, String), '< 0.001');
  });
});
