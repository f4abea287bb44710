import { adjustedParityIndex, ratioOf } from './parity.ts';
import type { YearGap, YearValue } from './types.ts';

/**
 * The gap of group a over group b in each year both have, in year order: a − b, a / b and the adjusted parity
 * index. Years only one group has are left out (a missing group gives no years).
 * @example yearGaps([{ year: 2020, value: 45 }], [{ year: 2020, value: 50 }, { year: 2021, value: 52 }])
 * // [{ year: 2020, a: 45, b: 50, gap: -5, ratio: 0.9, adjustedRatio: 0.9 }]
 */
export function yearGaps(a: readonly YearValue[], b: readonly YearValue[]): YearGap[] {
  const bByYear = new Map(b.map((p) => [p.year, p.value]));
  const out: YearGap[] = [];
  for (const p of a) {
    const bv = bByYear.get(p.year);
    if (bv === undefined || !Number.isFinite(p.value) || !Number.isFinite(bv)) continue;
    out.push({ year: p.year, a: p.value, b: bv, gap: p.value - bv, ratio: ratioOf(p.value, bv), adjustedRatio: adjustedParityIndex(p.value, bv) });
  }
  return out.sort((x, y) => x.year - y.year);
}
