import { sql } from 'kysely';
import type { Db } from '../../../src/store/index.ts';

/**
 * What an Open SDG import writes, read back as sorted lines per table, for comparing two stores: observations with
 * every column but id, source and publication time (attributes as stored, JSON text included), series with their
 * names, series links, breakdowns, reference areas, indicator settings (without the source) and metadata per
 * language (JSON text as stored). Equal contents mean the stores hold the same data.
 */
export interface StoreContent {
  observations: string[];
  series: string[];
  seriesLinks: string[];
  dimensions: string[];
  areas: string[];
  settings: string[];
  metadata: string[];
}

const TABLES: Record<keyof StoreContent, [string, string, string]> = {
  observations: ['observations', `series_code, area_code, time_period, period_kind, period_start, period_end, dimensions, unit, unit_mult,
    value, obs_status, nature, comment, attributes`, 'series_code, area_code, time_period, dimensions, unit'],
  series: ['series', 'code, name, unit', 'code'],
  seriesLinks: ['series_indicators', 'series_code, indicator_id, relation', 'series_code, indicator_id'],
  dimensions: ['dimensions', 'id, name, is_sdmx', 'id'],
  areas: ['reference_areas', 'code, parent_code, level, name, m49, iso3, codes', 'code'],
  settings: ['indicator_settings', 'indicator_id, reporting_status, graph_type, data_non_statistical, national_geographical_coverage, computation_units', 'indicator_id'],
  metadata: ['indicator_metadata', 'indicator_id, lang, content', 'indicator_id, lang'],
};

/** Reads the StoreContent of a store (compare stores of one dialect: each reads numbers its own way). */
export async function storeContent(db: Db): Promise<StoreContent> {
  const out = {} as StoreContent;
  for (const [key, [table, columns, order]] of Object.entries(TABLES) as [keyof StoreContent, [string, string, string]][]) {
    const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.raw(columns)} FROM ${sql.table(table)} ORDER BY ${sql.raw(order)}`.execute(db);
    out[key] = rows.map((r) => JSON.stringify(Object.values(r)));
  }
  return out;
}

/** Lines of `a` missing from `b` and of `b` missing from `a`, at most `limit` each, for a readable failure. */
export function differences(a: string[], b: string[], limit = 5): { onlyFirst: string[]; onlySecond: string[] } {
  const inB = new Set(b);
  const inA = new Set(a);
  return { onlyFirst: a.filter((l) => !inB.has(l)).slice(0, limit), onlySecond: b.filter((l) => !inA.has(l)).slice(0, limit) };
}
