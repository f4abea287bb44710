import type { SeriesRelation } from '../../domain/index.ts';
import {
  type Db, type IndicatorSettingsEntry, activeFrameworkId, configuredIndicatorIds, deleteSourceSettings, listListingRows,
  writeIndicatorSettings,
} from '../../store/index.ts';
import type { LoadedSource, SeriesStats } from './load-source.ts';

/** What {@link writeBundleIndicators} did. */
export interface IndicatorSummary {
  /** Indicators (unique ids when a framework is loaded, else the listed codes) with stored observations. */
  withData: number;
  /** Of those, indicators whose settings and metadata the bundle wrote (others already had settings of another source). */
  written: number;
  /** Indicator codes the sources name that the active framework does not have (empty without a framework). */
  notInFramework: string[];
}

/** One series' contribution to an indicator. */
interface Contribution {
  loaded: LoadedSource;
  code: string;
  name: string;
  relation: SeriesRelation;
  stats: SeriesStats;
}

/**
 * Writes `indicator_settings` and English `indicator_metadata` for every indicator the bundle's sources hold data for,
 * from what the sources say and nothing else:
 * - settings: `reporting_status` `complete` when a series measures the indicator, `inprogress` (statistics in
 *   progress) when only proxies stand in for it, `graph_type` `line`, `computation_units` the units of its observations
 *   (of its `measures` series when it has any, most used first), `national_geographical_coverage` the country name,
 *   `source_id` the first source in pack order;
 * - metadata: Open SDG source fields per source (`source_active_N`, `source_organisation_N`, `source_url_N`,
 *   `source_url_text_N` = title, `source_other_info_N` = licence and citation, `source_earliest_available_N`,
 *   `source_geographical_coverage_N`), plus `data_series` (code, description, unit, relation, source) and
 *   `data_nature` (the NATURE codes of its observations).
 * Listed codes map to the active framework's unique indicator (`12.2.2` → `8.4.2`) when a framework is loaded.
 * Rows an earlier run of these sources wrote are replaced; indicators already configured by another source or by
 * hand are left alone. Call inside the bundle's transaction.
 */
export async function writeBundleIndicators(
  trx: Db, loaded: LoadedSource[], country: { name: string; areas: Map<string, { level: string }> },
): Promise<IndicatorSummary> {
  const { indicatorOf, known } = await frameworkIndicators(trx);
  const byIndicator = new Map<string, Contribution[]>();
  const notInFramework = new Set<string>();
  for (const l of loaded) {
    for (const s of l.result.series) {
      const stats = l.stats.get(s.code);
      if (!stats) continue;
      for (const link of s.indicators) {
        if (known && !indicatorOf.has(link.indicatorId)) { notInFramework.add(link.indicatorId); continue; }
        const id = indicatorOf.get(link.indicatorId) ?? link.indicatorId;
        const list = byIndicator.get(id) ?? [];
        if (!list.some((c) => c.code === s.code && c.loaded === l)) list.push({ loaded: l, code: s.code, name: s.name, relation: link.relation, stats });
        byIndicator.set(id, list);
      }
    }
  }

  await deleteSourceSettings(trx, loaded.map((l) => l.sourceId));
  const configured = await configuredIndicatorIds(trx);
  const entries: IndicatorSettingsEntry[] = [...byIndicator]
    .filter(([id]) => !configured.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, contributions]) => ({
      indicatorId: id,
      sourceId: contributions[0]!.loaded.sourceId,
      settings: {
        reportingStatus: contributions.some((c) => c.relation === 'measures') ? 'complete' : 'inprogress',
        graphType: 'line',
        dataNonStatistical: false,
        nationalGeographicalCoverage: country.name,
        computationUnits: computationUnits(contributions),
      },
      metadata: { en: metadataOf(contributions, country) },
    }));
  await writeIndicatorSettings(trx, entries);
  const written = entries.length;
  return { withData: byIndicator.size, written, notInFramework: [...notInFramework].sort() };
}

/** Listing code → unique indicator id of the active framework, and whether a framework is loaded at all. */
async function frameworkIndicators(trx: Db): Promise<{ indicatorOf: Map<string, string>; known: boolean }> {
  const frameworkId = await activeFrameworkId(trx);
  if (frameworkId === null) return { indicatorOf: new Map(), known: false };
  const listings = await listListingRows(trx, frameworkId);
  return { indicatorOf: new Map(listings.map((l) => [l.code, l.indicator_id])), known: listings.length > 0 };
}

/** Units of the indicator's observations, most used first; only its `measures` series when it has any. */
function computationUnits(contributions: Contribution[]): string | null {
  const measures = contributions.filter((c) => c.relation === 'measures');
  const units = new Map<string, number>();
  for (const c of measures.length > 0 ? measures : contributions) {
    for (const [unit, n] of c.stats.units) if (unit !== '') units.set(unit, (units.get(unit) ?? 0) + n);
  }
  const ordered = [...units].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([u]) => u);
  return ordered.length > 0 ? ordered.join(', ') : null;
}

function metadataOf(contributions: Contribution[], country: { name: string; areas: Map<string, { level: string }> }): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const sources = [...new Set(contributions.map((c) => c.loaded))];
  sources.forEach((l, i) => {
    const n = i + 1;
    const own = contributions.filter((c) => c.loaded === l);
    const s = l.source;
    fields[`source_active_${n}`] = true;
    fields[`source_organisation_${n}`] = s.organisation;
    fields[`source_url_${n}`] = s.url;
    fields[`source_url_text_${n}`] = s.title;
    fields[`source_other_info_${n}`] = [`Licence: ${s.licence}.`, s.citation ? `Cite as: ${s.citation}.` : ''].filter(Boolean).join(' ');
    const earliest = own.map((c) => c.stats.earliest).filter((e) => e !== null).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
    if (earliest) fields[`source_earliest_available_${n}`] = earliest.label;
    fields[`source_geographical_coverage_${n}`] = coverage(own, country);
  });
  fields.data_series = contributions.map((c) => ({
    code: c.code, description: c.name, unit: [...c.stats.units.keys()].join(', '), relation: c.relation, source: c.loaded.source.title,
  }));
  const natures = [...new Set(contributions.flatMap((c) => [...c.stats.natures]))].sort();
  if (natures.length > 0) fields.data_nature = natures;
  return fields;
}

/** `Bangladesh`, `Bangladesh: 64 districts`, or both, from the areas of the observations. */
function coverage(contributions: Contribution[], country: { name: string; areas: Map<string, { level: string }> }): string {
  const byLevel = new Map<string, Set<string>>();
  for (const c of contributions) {
    for (const area of c.stats.areas) {
      const level = country.areas.get(area)?.level ?? 'area';
      byLevel.set(level, (byLevel.get(level) ?? new Set()).add(area));
    }
  }
  const parts = [...byLevel].filter(([level]) => level !== 'country').map(([level, set]) => `${set.size} ${level}${set.size > 1 ? 's' : ''}`);
  const national = byLevel.has('country') ? country.name : '';
  if (parts.length === 0) return national || country.name;
  return national ? `${national}; ${country.name}: ${parts.join(', ')}` : `${country.name}: ${parts.join(', ')}`;
}
