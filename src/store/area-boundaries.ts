import type { Db } from './database.ts';

/**
 * Area outlines (table `area_boundaries`): one GeoJSON geometry per area code, as the country bundle ships it.
 * Maps are answered from here alone, so any server of a deployment can answer them.
 */

/** One stored outline: `geometry` is a parsed GeoJSON geometry, e.g. `{ type: 'MultiPolygon', coordinates: […] }`. */
export interface AreaBoundary {
  areaCode: string;
  level: string;
  geometry: { type: string; coordinates: unknown };
}

/** An observation area code that names no reference area, with how many observations and which indicators use it. */
export interface UnmatchedAreaCode {
  code: string;
  observations: number;
  indicators: string[];
}

const BATCH = 200;

/**
 * Replaces the outlines of the given levels with `boundaries` (levels not named are left alone). Call in a transaction.
 * @example await replaceAreaBoundaries(trx, ['district'], [{ areaCode: 'BD-13', level: 'district', geometry }])
 */
export async function replaceAreaBoundaries(trx: Db, levels: string[], boundaries: AreaBoundary[]): Promise<void> {
  if (levels.length > 0) await trx.deleteFrom('area_boundaries').where('level', 'in', levels).execute();
  const rows = boundaries.map((b) => ({ area_code: b.areaCode, level: b.level, geometry: JSON.stringify(b.geometry) }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx.insertInto('area_boundaries').values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('area_code').doUpdateSet((eb) => ({ level: eb.ref('excluded.level'), geometry: eb.ref('excluded.geometry') })))
      .execute();
  }
}

/** The outlines of one level, in area code order. */
export async function listAreaBoundaries(db: Db, level: string): Promise<AreaBoundary[]> {
  const rows = await db.selectFrom('area_boundaries').selectAll().where('level', '=', level).orderBy('area_code').execute();
  return rows.map((r) => ({ areaCode: r.area_code, level: r.level, geometry: JSON.parse(r.geometry) as AreaBoundary['geometry'] }));
}

/** Level → number of stored outlines, e.g. `{ country: 1, division: 8, district: 64 }`. */
export async function boundaryLevels(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('area_boundaries').select(['level', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('level').execute();
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

/**
 * Observation area codes (current observations) that match no reference area, most observations first.
 * @example await unmatchedAreaCodes(db) // [{ code: 'BD-99', observations: 3, indicators: ['3.1.1'] }] or []
 */
export async function unmatchedAreaCodes(db: Db): Promise<UnmatchedAreaCode[]> {
  const counts = await db.selectFrom('observations as o')
    .leftJoin('reference_areas as a', 'a.code', 'o.area_code')
    .select(['o.area_code as code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.code', 'is', null)
    .groupBy('o.area_code')
    .execute();
  if (counts.length === 0) return [];
  const links = await db.selectFrom('observations as o')
    .innerJoin('series_indicators as si', 'si.series_code', 'o.series_code')
    .select(['o.area_code as code', 'si.indicator_id as indicator'])
    .where('o.area_code', 'in', counts.map((c) => c.code))
    .distinct()
    .execute();
  return counts.map((c) => ({
    code: c.code,
    observations: Number(c.n),
    indicators: [...new Set(links.filter((l) => l.code === c.code).map((l) => l.indicator))].sort(),
  })).sort((a, b) => b.observations - a.observations || (a.code < b.code ? -1 : 1));
}
