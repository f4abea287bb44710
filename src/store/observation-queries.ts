import { sql, type SelectQueryBuilder } from 'kysely';
import type { Observation, TimePeriod, TimePeriodKind } from '../domain/index.ts';
import type { Db } from './database.ts';
import { decodeDimensions, dimensionLikePattern } from './dimension-key.ts';
import { publishedAt } from './observation-history.ts';
import { attributesOf, recordsByKeys, rowKey, type KeyParts } from './observations.ts';
import type { Database } from './schema.ts';

/** A selection of an indicator's observations. Every field is optional except `indicatorId`. */
export interface ObservationFilter {
  indicatorId: string;
  series?: string;
  unit?: string;
  area?: string;
  /** Dimension ID → code; `{ SEX: '_T' }` keeps totals by sex only. */
  dimensions?: Record<string, string>;
  /** ISO date; keeps periods starting on or after it. */
  from?: string;
  /** ISO date; keeps periods starting on or before it. */
  to?: string;
  /** ISO 8601 UTC moment: the data as published then (current and history rows; see publishedAt). */
  asOf?: string;
}

/** An observation as read back, with its dimensions decoded. */
export interface ObservationRecord {
  series: string;
  area: string;
  timePeriod: string;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  dimensions: Record<string, string>;
  value: number;
  unit: string;
  unitMult: number | null;
  obsStatus: string | null;
  nature: string | null;
  comment: string | null;
  attributes: Record<string, string>;
}

type ObsQuery = SelectQueryBuilder<Database, 'observations', object>;

function filtered(db: Db, f: ObservationFilter): ObsQuery {
  const from = f.asOf === undefined
    ? db.selectFrom('observations')
    : db.selectFrom(publishedAt(db, f.asOf).as('observations')) as unknown as SelectQueryBuilder<Database, 'observations', object>;
  let q = from
    .where('series_code', 'in', db.selectFrom('series_indicators').select('series_code').where('indicator_id', '=', f.indicatorId)) as ObsQuery;
  if (f.series !== undefined) q = q.where('series_code', '=', f.series);
  if (f.unit !== undefined) q = q.where('unit', '=', f.unit);
  if (f.area !== undefined) q = q.where('area_code', '=', f.area);
  if (f.from !== undefined) q = q.where('period_start', '>=', f.from);
  if (f.to !== undefined) q = q.where('period_start', '<=', f.to);
  for (const [id, code] of Object.entries(f.dimensions ?? {})) {
    q = q.where(sql<boolean>`dimensions like ${dimensionLikePattern(id, code)} escape '\\'`);
  }
  return q;
}

/** How many observations a filter selects. */
export async function countSelected(db: Db, f: ObservationFilter): Promise<number> {
  const row = await filtered(db, f).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Observations of an indicator, ordered by series, area, dimensions, period start.
 * `limit`/`offset` page through them; omit `limit` for all.
 */
export async function selectObservations(db: Db, f: ObservationFilter, page?: { limit: number; offset: number }): Promise<ObservationRecord[]> {
  let q = filtered(db, f).select([
    'series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'value', 'unit',
    'unit_mult', 'obs_status', 'nature', 'comment', 'attributes',
  ]).orderBy('series_code').orderBy('area_code').orderBy('dimensions').orderBy('unit').orderBy('period_start').orderBy('time_period')
    .orderBy('id');
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  return rows.map((r) => ({
    series: r.series_code,
    area: r.area_code,
    timePeriod: r.time_period,
    periodKind: r.period_kind,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dimensions: decodeDimensions(r.dimensions),
    value: Number(r.value),
    unit: r.unit,
    unitMult: r.unit_mult,
    obsStatus: r.obs_status,
    nature: r.nature,
    comment: r.comment,
    attributes: r.attributes ? (JSON.parse(r.attributes) as Record<string, string>) : {},
  }));
}

/** What the data of one series offers: its units, areas, dimension codes and number of observations. */
export interface SeriesFacets {
  units: string[];
  areas: string[];
  dimensions: Map<string, Set<string>>;
  observationCount: number;
}

/** Facets of every series linked to an indicator, by series code; as published at `asOf` when given. */
export async function seriesFacets(db: Db, indicatorId: string, asOf?: string): Promise<Map<string, SeriesFacets>> {
  const rows = await filtered(db, { indicatorId, asOf })
    .select(['series_code', 'unit', 'area_code', 'dimensions', sql<number>`count(*)`.as('n')])
    .groupBy(['series_code', 'unit', 'area_code', 'dimensions'])
    .execute();
  const out = new Map<string, SeriesFacets>();
  for (const r of rows) {
    let f = out.get(r.series_code);
    if (!f) {
      f = { units: [], areas: [], dimensions: new Map(), observationCount: 0 };
      out.set(r.series_code, f);
    }
    if (!f.units.includes(r.unit)) f.units.push(r.unit);
    if (!f.areas.includes(r.area_code)) f.areas.push(r.area_code);
    for (const [id, code] of Object.entries(decodeDimensions(r.dimensions))) {
      const codes = f.dimensions.get(id) ?? new Set<string>();
      codes.add(code);
      f.dimensions.set(id, codes);
    }
    f.observationCount += Number(r.n);
  }
  return out;
}

/**
 * The latest headline observation of one series of an indicator: among its observations of the given area, those
 * with the fewest non-total dimensions, then the latest period.
 * Example: `{ series: 'SH_DYN_MORT', seriesName: 'Under-five mortality rate…', relation: 'measures', nonTotal: 0,
 * timePeriod: '2021', periodEnd: '2021-12-31', value: 27.3, unit: 'PER_1000_LIVE_BIRTHS' }`.
 */
export interface SeriesHeadline {
  series: string;
  seriesName: string;
  relation: string;
  /** How many dimensions of the observation are not `_T`. */
  nonTotal: number;
  timePeriod: string;
  periodEnd: string;
  value: number;
  unit: string;
}

/**
 * The headline observation of every series of each indicator, for one area (or any area when `area` is null).
 * @returns indicator id → one {@link SeriesHeadline} per series that has data
 */
export async function seriesHeadlines(db: Db, indicatorIds: string[], area: string | null): Promise<Map<string, SeriesHeadline[]>> {
  const out = new Map<string, SeriesHeadline[]>();
  if (indicatorIds.length === 0) return out;
  let q = db.selectFrom('observations as o')
    .innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .innerJoin('series as s', 's.code', 'o.series_code')
    .select(['si.indicator_id', 'si.relation', 'o.series_code', 's.name', 'o.time_period', 'o.period_end', 'o.value', 'o.unit', 'o.dimensions'])
    .where('si.indicator_id', 'in', indicatorIds);
  if (area !== null) q = q.where('o.area_code', '=', area);
  const best = new Map<string, SeriesHeadline>();
  // In stored order, so ties (same number of breakdowns, same period) go to the same row on every engine.
  for (const r of await q.orderBy('o.id').execute()) {
    const nonTotal = Object.values(decodeDimensions(r.dimensions)).filter((c) => c !== '_T').length;
    const key = `${r.indicator_id}\u0000${r.series_code}`;
    const current = best.get(key);
    if (current && (current.nonTotal < nonTotal || (current.nonTotal === nonTotal && current.periodEnd >= r.period_end))) continue;
    best.set(key, {
      series: r.series_code, seriesName: r.name, relation: r.relation, nonTotal, timePeriod: r.time_period,
      periodEnd: r.period_end, value: Number(r.value), unit: r.unit,
    });
  }
  for (const [key, headline] of best) {
    const id = key.slice(0, key.indexOf('\u0000'));
    out.set(id, [...(out.get(id) ?? []), headline]);
  }
  return out;
}

/** A current observation with its id, source and key, as the workflow compares drafts with it. */
export interface PublishedObservation extends Observation {
  id: number;
  sourceId: number;
  /** See observationKey. */
  key: string;
  validFrom: string;
}

/**
 * The current observation of each key (see observationKey), by key. When several sources hold a key, the one stored
 * first (lowest id) answers.
 */
export function publishedByKeys(db: Db, keys: KeyParts[]): Promise<Map<string, PublishedObservation>> {
  return recordsByKeys(keys, (series, periods) => db.selectFrom('observations').selectAll().where('series_code', 'in', series)
    .where('time_period', 'in', periods).orderBy('id').execute(), toPublished);
}

/** Every current observation of a series (and unit), in stored order. */
export async function publishedOfSeries(db: Db, series: string, unit?: string): Promise<PublishedObservation[]> {
  let q = db.selectFrom('observations').selectAll().where('series_code', '=', series);
  if (unit !== undefined) q = q.where('unit', '=', unit);
  return (await q.orderBy('id').execute()).map(toPublished);
}

/** The latest period (by end date, then start) with data of each indicator, by indicator id. */
export async function latestPeriods(db: Db, indicatorIds: string[]): Promise<Map<string, TimePeriod>> {
  const out = new Map<string, TimePeriod>();
  if (indicatorIds.length === 0) return out;
  const rows = await db.selectFrom('observations as o').innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .select(['si.indicator_id', 'o.time_period', 'o.period_kind', 'o.period_start', 'o.period_end'])
    .where('si.indicator_id', 'in', indicatorIds)
    .groupBy(['si.indicator_id', 'o.time_period', 'o.period_kind', 'o.period_start', 'o.period_end']).execute();
  for (const r of rows) {
    const current = out.get(r.indicator_id);
    if (current && (current.end > r.period_end || (current.end === r.period_end && current.start >= r.period_start))) continue;
    out.set(r.indicator_id, { kind: r.period_kind as TimePeriodKind, label: r.time_period, start: r.period_start, end: r.period_end });
  }
  return out;
}

function toPublished(r: Omit<Database['observations'], 'id' | 'valid_from'> & { id: number; valid_from: string }): PublishedObservation {
  return {
    id: r.id, sourceId: r.source_id,
    key: rowKey(r),
    series: r.series_code, area: r.area_code,
    period: { kind: r.period_kind as TimePeriodKind, label: r.time_period, start: r.period_start, end: r.period_end },
    dimensions: decodeDimensions(r.dimensions), unit: r.unit, unitMult: r.unit_mult, value: Number(r.value), attributes: attributesOf(r),
    validFrom: r.valid_from,
  };
}
