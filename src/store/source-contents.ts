import type { SeriesRelation } from '../domain/index.ts';
import type { Db } from './database.ts';

/** One stored observation of a source, reduced to what describes its series: series, unit, NATURE, area, period. */
export interface SourceObservationFacts {
  series: string;
  unit: string;
  nature: string | null;
  area: string;
  /** The period as written, e.g. `2019`, and its start date, e.g. `2019-01-01`. */
  period: string;
  periodStart: string;
}

/**
 * What one data source holds: the facts of each of its observations, and the series they belong to with their
 * indicator links. Country packs read it back after an importer that writes on its own (SDMX, Open SDG).
 * @example (await sourceContents(db, 3)).series[0] // { code: 'SI_POV_DAY1', name: 'Proportion of …', unit: null,
 *   //   indicators: [{ indicatorId: '1.1.1', relation: 'measures' }] }
 */
export async function sourceContents(db: Db, sourceId: number): Promise<{
  observations: SourceObservationFacts[];
  series: { code: string; name: string; unit: string | null; indicators: { indicatorId: string; relation: SeriesRelation }[] }[];
}> {
  const rows = await db.selectFrom('observations').select(['series_code', 'unit', 'nature', 'area_code', 'time_period', 'period_start'])
    .where('source_id', '=', sourceId).execute();
  const observations = rows.map((r) => ({
    series: r.series_code, unit: r.unit, nature: r.nature, area: r.area_code, period: r.time_period, periodStart: String(r.period_start),
  }));
  const codes = [...new Set(observations.map((o) => o.series))];
  if (codes.length === 0) return { observations, series: [] };
  const named = await db.selectFrom('series').select(['code', 'name', 'unit']).where('code', 'in', codes).orderBy('code').execute();
  const links = await db.selectFrom('series_indicators').select(['series_code', 'indicator_id', 'relation']).where('series_code', 'in', codes).execute();
  const series = named.map((s) => ({
    code: s.code, name: s.name, unit: s.unit,
    indicators: links.filter((l) => l.series_code === s.code).map((l) => ({ indicatorId: l.indicator_id, relation: l.relation as SeriesRelation })),
  }));
  return { observations, series };
}
