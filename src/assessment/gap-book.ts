import { dimensionPairs, GAP_DIMENSIONS, parityDistance, type GapDimension, type GroupPair } from '../analysis/gaps/index.ts';
import { isCountUnit } from './applied-target.ts';
import type { ProgressBook } from './progress-book.ts';

/** The pairs of one series × unit of an indicator, by breakdown (only breakdowns with pairs). */
export interface SeriesGaps {
  indicator: string;
  series: string;
  seriesName: string;
  unit: string;
  dimensions: { id: GapDimension; pairs: GroupPair[] }[];
}

const kept = new WeakMap<ProgressBook, SeriesGaps[]>();

/**
 * Every series × unit of the stored data with its gaps between groups in `area` (default the country): breakdowns
 * of the area's keys, and each other area against it, in book order. The country's are kept per progress book, so
 * they are worked out once per data version (the book is rebuilt when the data change).
 */
export function gapsOfBook(book: ProgressBook, area: string = book.countryArea ?? ''): SeriesGaps[] {
  const national = area === (book.countryArea ?? '');
  const held = national ? kept.get(book) : undefined;
  if (held) return held;
  const groups = new Map<string, ProgressBook['series']>();
  for (const s of book.series) {
    const id = `${s.indicator}\u0000${s.series}\u0000${s.unit}`;
    const list = groups.get(id);
    if (list) list.push(s);
    else groups.set(id, [s]);
  }
  const out: SeriesGaps[] = [];
  for (const keys of groups.values()) {
    const first = keys[0]!;
    const dimensions = GAP_DIMENSIONS
      .map((id) => ({ id, pairs: dimensionPairs(keys, id, area) }))
      .filter((d) => d.pairs.length > 0);
    if (dimensions.length > 0) out.push({ indicator: first.indicator, series: first.series, seriesName: first.seriesName, unit: first.unit, dimensions });
  }
  if (national) kept.set(book, out);
  return out;
}

/** A pair in the national list, with where it comes from and its latest distance from parity. */
export interface ListedGap {
  indicator: string;
  series: string;
  seriesName: string;
  unit: string;
  dimension: GapDimension;
  pair: GroupPair;
  distance: number | null;
}

/** Every pair of the country's data, optionally of one breakdown, with its latest distance from parity. */
export function listedGaps(all: readonly SeriesGaps[], dimension?: GapDimension): ListedGap[] {
  const out: ListedGap[] = [];
  for (const s of all) {
    for (const d of s.dimensions) {
      if (dimension !== undefined && d.id !== dimension) continue;
      for (const pair of d.pairs) {
        const distance = pair.latest ? parityDistance(pair.latest.a, pair.latest.b) : null;
        out.push({ indicator: s.indicator, series: s.series, seriesName: s.seriesName, unit: s.unit, dimension: d.id, pair, distance });
      }
    }
  }
  return out;
}

/**
 * Largest latest distance from parity first (pairs without one left out); per series × unit × breakdown only its
 * largest pair, so one area, one age group or one context stands for its breakdown.
 */
export function largestGaps(list: readonly ListedGap[]): ListedGap[] {
  const ranked = list.filter((g) => g.distance !== null && betweenGroups(g)).sort((x, y) => y.distance! - x.distance! || x.indicator.localeCompare(y.indicator));
  return firstOfGroup(ranked);
}

/**
 * Widening pairs, fastest first: change of |a − b| a year as a share of the mean level of the two groups; per
 * series × unit × breakdown only its fastest.
 */
export function wideningGaps(list: readonly ListedGap[]): ListedGap[] {
  const pace = (g: ListedGap): number => {
    const t = g.pair.trend;
    return t.tolerance ? t.distanceChange! / (t.tolerance / 0.01) : 0;
  };
  return firstOfGroup(list.filter((g) => g.pair.trend.class === 'widening' && betweenGroups(g)).sort((x, y) => pace(y) - pace(x) || x.indicator.localeCompare(y.indicator)));
}

/**
 * Whether a pair compares two groups' rates, as the national lists need: not counts (more victims among adults than
 * children says nothing of their risk), not a series that is itself a parity index (its groups are already ratios),
 * not a part against its whole (an age group against all ages), and not the two parts of one whole (95 % of nurses
 * are women, 5 % men: a composition, not a gap). The indicator pages still show every pair.
 */
export function betweenGroups(g: ListedGap): boolean {
  if (isCountUnit(g.unit) || /parity index/i.test(g.seriesName)) return false;
  if (g.pair.b === '_T') return false;
  const latest = g.pair.latest;
  const composition = latest !== null && /^PERCENT$|%|percent/i.test(g.unit) && Math.abs(latest.a + latest.b - 100) < 0.5;
  return !composition;
}

function firstOfGroup(ranked: readonly ListedGap[]): ListedGap[] {
  const seen = new Set<string>();
  return ranked.filter((g) => {
    const id = JSON.stringify([g.indicator, g.series, g.unit, g.dimension]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
