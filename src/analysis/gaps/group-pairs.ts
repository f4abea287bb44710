import { gapTrend } from './gap-trend.ts';
import { pairsOf, TOTAL_CODE } from './pairs.ts';
import type { GapDimension, GroupedKey, GroupPair, YearValue } from './types.ts';
import { yearGaps } from './year-gaps.ts';

/**
 * The pairs of interest of one series × unit along one dimension, each with its yearly gaps, latest gap and trend.
 *
 * `keys` are every key of the series × unit (any area, any disaggregation). For a breakdown dimension, the keys of
 * `area` holding it are grouped by their other dimensions (the context); the contexts read are those with the fewest
 * other non-total codes (every other dimension at its total where the data have such keys, e.g. female vs male of
 * all ages; else, say, female vs male aged 15–24 and aged 0). For `REF_AREA`, each other area's key is compared
 * with `area`'s key of the same disaggregation, among the disaggregations with the fewest non-total codes.
 * A group with no key gives no pair (missing group); a pair with no common year has `latest: null` and trend
 * `single_year`.
 * @example dimensionPairs(keys, 'SEX', '050') // [{ a: 'F', b: 'M', context: {}, years: […], latest: {…}, trend: {…} }]
 */
export function dimensionPairs(keys: readonly GroupedKey[], dimension: GapDimension, area: string): GroupPair[] {
  return dimension === 'REF_AREA' ? areaPairs(keys, area) : breakdownPairs(keys.filter((k) => k.area === area), dimension);
}

function breakdownPairs(keys: readonly GroupedKey[], dimension: GapDimension): GroupPair[] {
  const contexts = new Map<string, { context: Record<string, string>; groups: Map<string, YearValue[]> }>();
  for (const k of keys) {
    const code = k.dimensions[dimension];
    if (code === undefined) continue;
    const context = otherNonTotal(k.dimensions, dimension);
    const id = JSON.stringify(Object.entries(context).sort());
    const held = contexts.get(id) ?? { context, groups: new Map() };
    held.groups.set(code, k.points);
    contexts.set(id, held);
  }
  const withPairs = [...contexts.values()].filter((c) => pairsOf(dimension, [...c.groups.keys()]).length > 0);
  const fewest = Math.min(...withPairs.map((c) => Object.keys(c.context).length));
  return withPairs.filter((c) => Object.keys(c.context).length === fewest)
    .sort((x, y) => JSON.stringify(x.context).localeCompare(JSON.stringify(y.context)))
    .flatMap((c) => pairsOf(dimension, [...c.groups.keys()]).map(([a, b]) => pairOf(dimension, a, b, c.context, c.groups.get(a)!, c.groups.get(b)!)));
}

function areaPairs(keys: readonly GroupedKey[], area: string): GroupPair[] {
  const national = keys.filter((k) => k.area === area);
  const others = keys.filter((k) => k.area !== area);
  const nonTotal = (k: GroupedKey): number => Object.keys(otherNonTotal(k.dimensions)).length;
  const shared = national.filter((n) => others.some((o) => sameDimensions(o.dimensions, n.dimensions)));
  if (shared.length === 0) return [];
  const fewest = Math.min(...shared.map(nonTotal));
  return shared.filter((n) => nonTotal(n) === fewest).flatMap((n) => others
    .filter((o) => sameDimensions(o.dimensions, n.dimensions))
    .sort((x, y) => x.area.localeCompare(y.area))
    .map((o) => pairOf('REF_AREA', o.area, area, otherNonTotal(n.dimensions), o.points, n.points)));
}

function pairOf(dimension: GapDimension, a: string, b: string, context: Record<string, string>, aPoints: YearValue[], bPoints: YearValue[]): GroupPair {
  const years = yearGaps(aPoints, bPoints);
  return { dimension, a, b, context, aPoints, bPoints, years, latest: years.at(-1) ?? null, trend: gapTrend(years) };
}

/** The dimensions other than `except` whose code is not the total. */
function otherNonTotal(dimensions: Record<string, string>, except?: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dimensions).filter(([d, c]) => d !== except && c !== TOTAL_CODE));
}

function sameDimensions(x: Record<string, string>, y: Record<string, string>): boolean {
  const kx = Object.keys(x);
  return kx.length === Object.keys(y).length && kx.every((d) => x[d] === y[d]);
}
