import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKey, areaIndex, upsertAreas } from '../../store/areas.ts';
import { type Store, setSettings } from '../../store/index.ts';
import { readAreaCodesCsv } from '../areas/index.ts';
import type { ImportReport } from '../reject-report.ts';
import { type IndicatorSummary, writeBundleIndicators } from './bundle-indicators.ts';
import { type BoundaryReport, loadBoundaries } from './load-boundaries.ts';
import { type GovernanceReport, loadGovernance } from './load-governance.ts';
import { type BrandingReport, loadBranding } from './load-branding.ts';
import { type NationalIndicatorReport, loadNationalIndicators } from './load-national-indicators.ts';
import { type LoadedSource, type SourceReport, loadSource } from './load-source.ts';
import type { CountryPack } from './pack-schema.ts';
import { readCountryPack } from './read-pack.ts';

/** Where a bundle load is: `step` is `areas`, a source id, or `indicators`; `done` / `total` count data rows. */
export interface BundleProgress {
  step: string;
  done: number;
  total: number;
}

/** Options of {@link loadCountryBundle}. */
export interface BundleLoadOptions {
  /** Called when a step starts and after each stored batch of observations. */
  onProgress?: (progress: BundleProgress) => void;
}

/** What a bundle load did. */
export interface BundleReport {
  /** The country's area code, e.g. `050`. */
  country: string;
  /** Rows of the area file read, stored as areas, rejected. */
  areas: ImportReport & { file: string };
  /** Area outlines stored per level, features matching no area, areas without a feature. */
  boundaries: BoundaryReport;
  /** One report per data source, in pack order. */
  sources: SourceReport[];
  indicators: IndicatorSummary;
  /** The organisation tree, the responsibility mapping and the national targets, when the pack names them. */
  governance: GovernanceReport;
  /** The national indicators, when the pack names a file of them. */
  nationalIndicators: NationalIndicatorReport | null;
  /** The logo and colours stored, when the pack has `branding`. */
  branding: BrandingReport | null;
  /** Wall-clock duration in milliseconds. */
  milliseconds: number;
}

/**
 * Loads a country pack (`pack.yaml` and the files it names, checked whole first by readCountryPack) into a migrated store,
 * all in one transaction:
 * 1. the area tree (readAreaCodesCsv) with every language's names, and their outlines (see loadBoundaries);
 * 2. settings `country` (the country's area code, its M49 code), `country_name` (in the default language),
 *    `country_names` (JSON object, language → name), `default_language`, `languages` (JSON array), and the logo and
 *    colours (see loadBranding);
 * 3. the national indicators, added to the active framework (see loadNationalIndicators);
 * 4. each data source: source row `bundle:<iso3>:<id>`, its old observations removed, the file read by the reader of
 *    its kind (areas resolved by any code the tree knows), observations, series with indicator links, dimensions;
 * 5. indicator settings and metadata for every indicator with data (see writeBundleIndicators);
 * 6. the organisation tree, who answers for each indicator and the national targets, each file all or nothing
 *    (see loadGovernance).
 *
 * Rows that cannot be stored are reported with file, line, column and reason, never fatal; re-running on the same
 * folder leaves the same content (only `data_sources.imported_at` and observation ids change).
 * @throws PackError (an ImportError naming every problem) when the pack is missing or invalid, ImportError when a
 *   file cannot be read at all; database errors propagate. Either way the transaction rolls back and the store is as it was.
 * @example const report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR)
 *   // report.sources[0] → { id: 'unsd-sdg-database', key: 'bundle:bgd:unsd-sdg-database', …, report: { rowsRead: 9615,
 *   //   rowsStored: 9580, rowsRejected: 35, rejects: [{ file: '…', line: 1906, column: 'value', reason: '"N" is not a number' }, …] } }
 */
export async function loadCountryBundle(store: Store, folder: string, options: BundleLoadOptions = {}): Promise<BundleReport> {
  const started = Date.now();
  const pack = readCountryPack(folder);
  const total = pack.sources.reduce((n, s) => n + (s.kind === 'opensdg' ? 0 : dataLines(join(folder, s.file))), 0);
  let done = 0;
  const progress = (step: string): void => options.onProgress?.({ step, done, total });

  return store.db.transaction().execute(async (trx) => {
    progress('areas');
    const areaFile = pack.areas.codes;
    const { areas, report: areaReport } = await readAreaCodesCsv(join(folder, areaFile), pack.country, pack.defaultLanguage);
    await upsertAreas(trx, areas, pack.defaultLanguage);
    await setSettings(trx, countrySettings(pack));
    const branding = await loadBranding(trx, folder, pack);
    const boundaries = await loadBoundaries(trx, folder, pack, areas);
    const nationalIndicators = await loadNationalIndicators(trx, folder, pack);

    const index = areaIndex(areas);
    const resolveArea = (text: string): string | null => index.get(aliasKey(text)) ?? null;
    const importedAt = new Date().toISOString();
    const loaded: LoadedSource[] = [];
    for (const source of pack.sources) {
      progress(source.id);
      const before = done;
      const result = await loadSource({
        store, trx, folder, pack, resolveArea, importedAt, countryArea: pack.country.m49,
        onStored: (n) => { done += n; progress(source.id); },
      }, source);
      done = before + result.report.report.rowsRead;
      loaded.push(result);
    }

    progress('indicators');
    const indicators = await writeBundleIndicators(trx, loaded.filter((l) => !l.ownSettings), {
      name: pack.country.names[pack.defaultLanguage] ?? pack.country.iso3,
      areas: new Map(areas.map((a) => [a.code, { level: a.level }])),
    });
    const governance = await loadGovernance(trx, folder, pack, importedAt);
    done = total;
    progress('indicators');
    return {
      country: pack.country.m49,
      areas: { file: areaFile, ...areaReport },
      boundaries,
      sources: loaded.map((l) => l.report),
      indicators,
      governance,
      nationalIndicators,
      branding,
      milliseconds: Date.now() - started,
    };
  });
}

/** The settings a country bundle sets. */
function countrySettings(m: CountryPack): Record<string, string> {
  return {
    country: m.country.m49,
    country_name: m.country.names[m.defaultLanguage] ?? m.country.iso3,
    country_names: JSON.stringify(m.country.names),
    default_language: m.defaultLanguage,
    languages: JSON.stringify(m.languages),
  };
}

/** Lines after the header, for progress totals (a quoted field spanning lines makes it an over-estimate). Reads in chunks. */
function dataLines(path: string): number {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 16);
  let lines = 0;
  let last = 0x0a;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      for (let i = 0; i < n; i++) if (buffer[i] === 0x0a) lines++;
      last = buffer[n - 1]!;
    }
  } finally {
    closeSync(fd);
  }
  if (last !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}
