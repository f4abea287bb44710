import type { Db } from '../../store/index.ts';

/** A reference area met in a data file's `GeoCode` column, e.g. `{ code: 'E12000001', name: 'North East', level: 'region' }`. */
export interface GeoCodeArea {
  code: string;
  /** The most specific geography cell that is the same on every row with the code (see RowMapper.areas), else the code. */
  name: string;
  /** The geography column that named it, in lower case (`region`, `local authority`, `geography`), else `area`. */
  level: string;
}

/** Rows per multi-row INSERT (8 parameters each). */
const BATCH = 500;

/**
 * Adds the areas that are not yet in `reference_areas`, each under the country (`parent`); areas that exist (loaded
 * from the national area list, or by an earlier import) are left exactly as they are. The country row itself is not
 * created here: it belongs to the national area list.
 */
export async function insertMissingAreas(trx: Db, parent: string, areas: GeoCodeArea[]): Promise<void> {
  const rows = areas.filter((a) => a.code !== parent).map((a) => ({
    code: a.code, parent_code: parent, level: a.level, name: a.name, m49: null, iso3: null,
    codes: JSON.stringify({ geocode: a.code }), sort_order: 0,
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx.insertInto('reference_areas').values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}
