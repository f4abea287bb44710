import type { z } from 'zod';
import { expectedDisaggregations } from '../../analysis/expected-disaggregations.ts';
import type { IndicatorTier } from '../../store/index.ts';
import { uniqueIndicators, type Catalogue } from '../catalogue.ts';
import type { availabilityResponse } from './schema.ts';

type Availability = z.infer<typeof availabilityResponse>['data'];

/** What the answer is built from: the catalogue, tiers by listing code, data breakdowns by indicator, lead organisations. */
export interface AvailabilityInput {
  catalogue: Catalogue;
  tiers: Map<string, IndicatorTier>;
  breakdowns: Map<string, Set<string>>;
  leads: Map<string, { id: string; name: string }>;
  dimensionNames: Map<string, string>;
}

const TIER_ORDER = ['I', 'II', 'III'];

/**
 * Data availability: unique indicators with data / total, nationally, by goal (listings under the goal), by tier and
 * by lead organisation; per indicator the breakdowns its English title asks for (see expectedDisaggregations) against
 * the dimensions its published observations break down by.
 * @example availabilityOf(input).total // { total: 235, withData: 184 } on the Bangladesh install
 */
export function availabilityOf({ catalogue, tiers, breakdowns, leads, dimensionNames }: AvailabilityInput): Availability {
  const indicators = uniqueIndicators(catalogue).map((l) => {
    const expected = expectedDisaggregations(l.titleEn);
    const present = [...(breakdowns.get(l.id) ?? [])].sort();
    const missing = [...new Set(expected.flatMap((e) => (e.dimension && !present.includes(e.dimension) ? [e.dimension] : [])))];
    return {
      indicator: l.id, title: l.title, goal: l.goalCode, tier: tiers.get(l.id)?.tier ?? null, lead: leads.get(l.id) ?? null,
      hasData: breakdowns.has(l.id), expected, present, missing,
    };
  });
  const count = (rows: { hasData: boolean }[]) => ({ total: rows.length, withData: rows.filter((r) => r.hasData).length });
  const hasData = new Set(indicators.filter((i) => i.hasData).map((i) => i.indicator));

  const goals = catalogue.goals.map((g) => {
    const listings = catalogue.listings.filter((l) => l.goalCode === g.code).map((l) => ({ hasData: hasData.has(l.id) }));
    return { code: g.code, title: g.title.short ?? g.title.title, colour: g.colour, ...count(listings) };
  });

  const byTier = groupBy(indicators, (i) => i.tier);
  const tierRank = (t: string | null) => (t === null ? 99 : TIER_ORDER.includes(t) ? TIER_ORDER.indexOf(t) : 10);
  const tierRows = [...byTier].sort(([a], [b]) => tierRank(a) - tierRank(b) || String(a).localeCompare(String(b)))
    .map(([tier, rows]) => ({ tier, ...count(rows) }));

  const byLead = groupBy(indicators, (i) => i.lead?.id ?? null);
  const organisations = [...byLead].map(([id, rows]) => ({ id, name: rows[0]!.lead?.name ?? null, ...count(rows) }))
    .sort((a, b) => Number(a.id === null) - Number(b.id === null) || b.total - a.total || String(a.name).localeCompare(String(b.name)));

  const used = new Set(indicators.flatMap((i) => [...i.present, ...i.expected.flatMap((e) => (e.dimension ? [e.dimension] : []))]));
  const sources = [...new Set([...tiers.values()].map((t) => t.source))];
  return {
    total: count(indicators),
    goals,
    tiers: tierRows,
    organisations,
    dimensions: Object.fromEntries([...used].sort().map((id) => [id, dimensionNames.get(id) ?? id])),
    tierSource: sources.length ? sources.join('; ') : null,
    indicators,
  };
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}
