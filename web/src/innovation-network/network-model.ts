import type { CaseSummary, Replication } from './network-api.ts';

/**
 * The network of countries linked by replications. A case's provider countries are its country (`countryIso3`), else
 * the countries it comes from (`countries`); each replication links every provider country of its case to the
 * adopter country. A country's replications are those it adopted plus those its innovations gave.
 */

export interface CountryRow {
  iso3: string;
  /** Distinct cases replicated in this country. */
  adopted: number;
  /** Distinct cases this country provides that were replicated somewhere. */
  provided: number;
  /** Replications adopted here plus replications of the cases it provides. */
  replications: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  caseId: string;
}

export interface NetworkModel {
  countries: CountryRow[];
  edges: NetworkEdge[];
  replications: number;
}

/** Provider countries of a case. @example providers({ countryIso3: null, countries: ['NOR', 'ZAF'] }) // ['NOR', 'ZAF'] */
export function providers(c: Pick<CaseSummary, 'countryIso3' | 'countries'>): string[] {
  return c.countryIso3 ? [c.countryIso3] : c.countries;
}

/**
 * Countries and edges of the replications (only those of `caseId` when given). Self-links (a case replicated in one
 * of its own countries) count in the table but draw no edge.
 */
export function networkModel(replications: Replication[], cases: CaseSummary[], caseId = ''): NetworkModel {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const rows = new Map<string, { adopted: Set<string>; provided: Set<string>; replications: number }>();
  const row = (iso3: string) => {
    let r = rows.get(iso3);
    if (!r) rows.set(iso3, r = { adopted: new Set(), provided: new Set(), replications: 0 });
    return r;
  };
  const edges: NetworkEdge[] = [];
  const chosen = replications.filter((r) => !caseId || r.caseId === caseId);
  for (const r of chosen) {
    const adopter = row(r.adopterCountryIso3);
    adopter.adopted.add(r.caseId);
    adopter.replications += 1;
    const c = byId.get(r.caseId);
    for (const p of c ? providers(c) : []) {
      const provider = row(p);
      provider.provided.add(r.caseId);
      provider.replications += 1;
      if (p !== r.adopterCountryIso3) edges.push({ source: p, target: r.adopterCountryIso3, caseId: r.caseId });
    }
  }
  const countries = [...rows].map(([iso3, r]) => ({ iso3, adopted: r.adopted.size, provided: r.provided.size, replications: r.replications }));
  return { countries, edges, replications: chosen.length };
}
