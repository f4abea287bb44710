import { fileURLToPath } from 'node:url';

/**
 * Country packs: a folder with `pack.yaml` (country codes and names, languages, logo and colours, area files, data
 * sources with their kind, file, title, licence and URL, national indicators, organisations, responsibility, national
 * targets) and the files it names. `readCountryPack` checks a pack whole; `loadCountryBundle` loads one into the store
 * in one transaction. docs/country-packs.md describes every key.
 */
export { loadCountryBundle, type BundleLoadOptions, type BundleProgress, type BundleReport } from './load-country-bundle.ts';
export type { IndicatorSummary } from './bundle-indicators.ts';
export { AREA_ATTRIBUTION_SETTING, loadBoundaries, loadMissingBoundaries, type BoundaryReport } from './load-boundaries.ts';
export { BRANDING_SETTINGS, type BrandingReport } from './load-branding.ts';
export type { SourceReport } from './load-source.ts';
export { NATIONAL_INDICATOR_COLUMNS, NATIONAL_INDICATORS_SETTING, type NationalIndicatorReport, type NationalRelation } from './load-national-indicators.ts';
export type { GovernanceReport } from './load-governance.ts';
export { PACK_FILE, PACK_SOURCE_KINDS, type CountryPack, type PackSource, type PackSourceKind } from './pack-schema.ts';
export { contrastWithWhite, formatProblem, MAX_LOGO_BYTES, PackError, readCountryPack, type PackProblem } from './read-pack.ts';
export { bundleSourceKey } from './source-key.ts';
export { readCountryPack as readCountryManifest } from './read-pack.ts';
export type { CountryPack as CountryManifest } from './pack-schema.ts';

/** The country pack the product ships and `init` loads by default: `datasets/countries/bgd/` (Bangladesh). */
export const BUNDLED_COUNTRY_DIR = fileURLToPath(new URL('../../../datasets/countries/bgd/', import.meta.url));
