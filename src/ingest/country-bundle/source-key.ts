import type { CountryPack, PackSource } from './pack-schema.ts';

/** The data source key of a pack source, e.g. `bundle:bgd:unsd-sdg-database`. */
export function bundleSourceKey(pack: Pick<CountryPack, 'country'>, source: Pick<PackSource, 'id'>): string {
  return `bundle:${pack.country.iso3.toLowerCase()}:${source.id}`;
}
