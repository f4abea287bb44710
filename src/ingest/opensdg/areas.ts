import type { ReferenceArea } from '../../domain/index.ts';

/** A reference area met in a data file's `GeoCode` column, e.g. `{ code: 'E12000001', name: 'North East', level: 'region' }`. */
export interface GeoCodeArea {
  code: string;
  /** The most specific geography cell that is the same on every row with the code (see RowMapper.areas), else the code. */
  name: string;
  /** The geography column that named it, in lower case (`region`, `local authority`, `geography`), else `area`. */
  level: string;
}

/**
 * The reference areas to add for GeoCode areas met in the data: each under the country (`parent`), named by its
 * geography column, with the GeoCode kept in `codes`. The country itself belongs to the national area list.
 */
export function geoCodeReferenceAreas(parent: string, areas: GeoCodeArea[]): ReferenceArea[] {
  return areas.filter((a) => a.code !== parent).map((a) => ({
    code: a.code, parent, level: a.level, names: { en: a.name }, m49: null, iso3: null, codes: { geocode: a.code },
  }));
}
