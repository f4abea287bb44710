import type { ChosenSeries, LinkClass, LinkPair } from '../../analysis/interlinkages/index.ts';
import type { Catalogue } from '../catalogue.ts';
import type { LinksResult } from '../../assessment/index.ts';

/** The method's source, named in every answer. */
export const LINKS_SOURCE = 'Pradhan et al. 2017, "A Systematic Study of Sustainable Development Goal (SDG) Interactions", Earth\'s Future 5:1169–1179';

/** Public fields of an indicator in a pair. */
export function presentIndicator(s: ChosenSeries, catalogue: Catalogue) {
  const listing = catalogue.listings.find((l) => l.id === s.indicator) ?? catalogue.listings.find((l) => l.code === s.indicator);
  return {
    code: listing?.code ?? s.indicator, title: listing?.title ?? s.indicator, goals: [...s.goals],
    series: s.series, unit: s.unit, direction: s.direction,
  };
}

/** A pair with both indicators named. */
export function presentPair(pair: LinkPair, bySeries: Map<string, ChosenSeries>, catalogue: Catalogue) {
  return {
    a: presentIndicator(bySeries.get(pair.a)!, catalogue), b: presentIndicator(bySeries.get(pair.b)!, catalogue),
    shared: pair.shared, n: pair.n, rho: pair.rho, p: pair.p, class: pair.class,
  };
}

/** Counts of a result: indicators, left out, pairs by class, skipped pairs. */
export function presentCounts(r: LinksResult) {
  const counts: Record<LinkClass, number> = { synergy: 0, trade_off: 0, unclassified: 0 };
  for (const p of r.pairs) counts[p.class]++;
  return {
    indicators: r.series.length, withoutDirection: r.withoutDirection, pairs: r.pairs.length, ...counts,
    tooFewPoints: r.skipped.tooFewPoints, constantSeries: r.skipped.constantSeries,
  };
}

/** Strongest first: |ρ| descending, then the codes. */
export function byStrength(p: LinkPair, q: LinkPair): number {
  return Math.abs(q.rho) - Math.abs(p.rho) || p.p - q.p || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
}
