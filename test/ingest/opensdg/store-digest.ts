import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../src/store/index.ts';

/**
 * A SHA-256 of everything an import writes, in a fixed order: observations (without their generated ids), series,
 * series links, dimensions, reference areas, indicator settings and metadata, and data sources without the time they
 * were imported. Equal digests mean equal content.
 */
export async function storeDigest(db: Db): Promise<string> {
  const hash = createHash('sha256');
  /** [table, columns, a unique ordering]. */
  const tables: [string, string, string][] = [
    ['observations', `series_code, area_code, time_period, period_kind, period_start, period_end, dimensions, unit, unit_mult,
      value, obs_status, nature, comment, attributes, source_id`, 'series_code, area_code, time_period, dimensions, unit, source_id'],
    ['series', 'code, name, unit', 'code'],
    ['series_indicators', 'series_code, indicator_id, relation', 'series_code, indicator_id'],
    ['dimensions', 'id, name, is_sdmx', 'id'],
    ['reference_areas', 'code, parent_code, level, name, m49, iso3, codes, sort_order', 'code'],
    ['indicator_settings', 'indicator_id, reporting_status, graph_type, data_non_statistical, national_geographical_coverage, computation_units, source_id', 'indicator_id'],
    ['indicator_metadata', 'indicator_id, lang, content', 'indicator_id, lang'],
    ['data_sources', 'id, key, kind, title, licence, url, observation_count', 'id'],
  ];
  for (const [table, columns, order] of tables) {
    const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.raw(columns)} FROM ${sql.table(table)} ORDER BY ${sql.raw(order)}`.execute(db);
    hash.update(`${table}\n`);
    for (const row of rows) hash.update(`${JSON.stringify(Object.values(row))}\n`);
  }
  return hash.digest('hex');
}
