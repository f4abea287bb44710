import { fileURLToPath } from 'node:url';

/**
 * Country bundles: a folder with a manifest (`country.json`: country codes and names, languages, area files, data
 * sources with their kind, file, title, licence and URL) and the files it names. `loadCountryBundle` loads one into
 * the store in one transaction; any country can ship its own folder of the same shape.
 */
export { loadCountryBundle, type BundleLoadOptions, type BundleProgress, type BundleReport } from './load-country-bundle.ts';
export type { IndicatorSummary } from './bundle-indicators.ts';
export { AREA_ATTRIBUTION_SETTING, loadBoundaries, loadMissingBoundaries, type BoundaryReport } from './load-boundaries.ts';
export type { SourceReport } from './load-source.ts';
export type { GovernanceReport } from './load-governance.ts';
export {
  BUNDLE_SOURCE_KINDS, MANIFEST_FILE, bundleSourceKey, readCountryManifest, type BundleSource, type BundleSourceKind, type CountryManifest,
} from './manifest.ts';

/** The country folder the product ships and `init` loads by default: `datasets/countries/bgd/` (Bangladesh). */
export const BUNDLED_COUNTRY_DIR = fileURLToPath(new URL('../../../datasets/countries/bgd/', import.meta.url));
