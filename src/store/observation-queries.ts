import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from './database.ts';
import { decodeDimensions, dimensionLikePattern } from './dimension-key.ts';
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
  let q = db.selectFrom('observations')
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
  ]).orderBy('series_code').orderBy('area_code').orderBy('dimensions').orderBy('unit').orderBy('period_start').orderBy('time_period');
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

/** Facets of every series linked to an indicator, by series code. */
export async function seriesFacets(db: Db, indicatorId: string): Promise<Map<string, SeriesFacets>> {
  const rows = await filtered(db, { indicatorId })
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

/** The latest headline value of an indicator: `{ timePeriod: '2021', value: 27.3, unit: '…', series: 'SH_DYN_MORT' }`. */
export interface HeadlineValue {
  timePeriod: string;
  value: number;
  unit: string;
  series: string;
}

/**
 * The latest headline value of each indicator: among observations of the country area (or of any area when
 * `area` is null), those with the fewest non-total dimensions, series that measure the indicator before proxies,
 * then the latest period end; ties go to the lowest series code.
 */
export async function latestHeadlines(db: Db, indicatorIds: string[], area: string | null): Promise<Map<string, HeadlineValue>> {
  const out = new Map<string, HeadlineValue>();
  if (indicatorIds.length === 0) return out;
  let q = db.selectFrom('observations as o')
    .innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .select(['si.indicator_id', 'si.relation', 'o.series_code', 'o.time_period', 'o.period_end', 'o.value', 'o.unit', 'o.dimensions'])
    .where('si.indicator_id', 'in', indicatorIds);
  if (area !== null) q = q.where('o.area_code', '=', area);
  const rows = await q.execute();
  const best = new Map<string, { rank: [number, number, string, string]; value: HeadlineValue }>();
  for (const r of rows) {
    const nonTotal = Object.values(decodeDimensions(r.dimensions)).filter((c) => c !== '_T').length;
    const rank: [number, number, string, string] = [nonTotal, r.relation === 'measures' ? 0 : 1, invert(r.period_end), r.series_code];
    const current = best.get(r.indicator_id);
    if (!current || compareRank(rank, current.rank) < 0) {
      best.set(r.indicator_id, { rank, value: { timePeriod: r.time_period, value: Number(r.value), unit: r.unit, series: r.series_code } });
    }
  }
  for (const [id, b] of best) out.set(id, b.value);
  return out;
}

function invert(isoDate: string): string {
  return [...isoDate].map((c) => (c >= '0' && c <= '9' ? String(9 - Number(c)) : c)).join('');
}

function compareRank(a: [number, number, string, string], b: [number, number, string, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] - b[1];
  if (a[2] !== b[2]) return a[2] < b[2] ? -1 : 1;
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}
