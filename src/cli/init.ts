import type { Command } from 'commander';
import { BUNDLED_COUNTRY_DIR, type BundleReport, loadCountryBundle, readCountryPack } from '../ingest/country-bundle/index.ts';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { importOpenSdg } from '../ingest/opensdg/index.ts';
import { innovationSeedSummary, loadInnovationSeed } from '../ingest/innovations/index.ts';
import type { ImportReport } from '../ingest/reject-report.ts';
import type { Store } from '../store/index.ts';
import { openPreparedStore } from './open-store.ts';
import { printReport } from './print-report.ts';
import { printAreaMatching } from './print-area-matching.ts';
import { defaultProgressMode, parseProgressMode, startProgress, type ProgressMode } from './progress.ts';
import { assertCountry, setUpCountry } from './set-up-country.ts';

/**
 * `sdg-tracker init`: creates the schema, loads the UN framework and the bundled country pack (Bangladesh: areas, the
 * UN SDG Global Database extract, the 2022 census district indicators).
 * `sdg-tracker init --pack <folder>`: the same from another country pack (see docs/country-packs.md), checked whole
 * before the database is touched.
 * `sdg-tracker init --country <ISO3> --from <folder>`: sets up another country from an Open SDG data repository.
 * All can run again: a source loaded again replaces its earlier copy.
 */
export function registerInit(program: Command): void {
  program.command('init')
    .description('set up the database: framework, then the bundled country, --pack, or --country with --from')
    .option('--pack <folder>', 'country pack to load (a folder with pack.yaml) instead of the bundled country')
    .option('--country <code>', 'ISO 3166-1 alpha-3 (or alpha-2, or M49) code of the country to set up')
    .option('--from <folder>', 'Open SDG data repository to load for --country')
    .option('--country-code <code...>', 'other codes the data give the whole country, e.g. K02000001 for the United Kingdom')
    .option('--progress <mode>', 'bar, plain or none (default: bar on a terminal, plain otherwise)', parseProgressMode, defaultProgressMode())
    .action(async (options: { country?: string; from?: string; pack?: string; countryCode?: string[]; progress: ProgressMode }) => {
      if ((options.country === undefined) !== (options.from === undefined)) {
        throw new Error('init: --country and --from go together (or give neither for the bundled country)');
      }
      if (options.pack !== undefined && options.from !== undefined) throw new Error('init: give either --pack or --country with --from, not both');
      if (options.from !== undefined && !existsSync(options.from)) throw new Error(`init: --from ${options.from}: no such folder`);
      if (options.pack !== undefined && !existsSync(options.pack)) throw new Error(`init: --pack ${options.pack}: no such folder`);
      if (options.pack !== undefined) readCountryPack(options.pack);
      const { store } = await openPreparedStore();
      try {
        if (options.country && options.from) {
          const report = await initOpenSdgCountry(store, options.country, options.from, options.progress, options.countryCode);
          printReport(`Open SDG import from ${options.from}`, report);
        } else {
          await initCountryPack(store, options.pack ?? BUNDLED_COUNTRY_DIR, options.progress);
        }
        process.stderr.write(innovationSeedSummary(await loadInnovationSeed(store))); // global examples, their own step
      } finally {
        await store.close();
      }
    });
}

/**
 * Loads the bundled country pack (Bangladesh) into a prepared store, printing what each source stored.
 * @throws Error when the database already belongs to another country.
 */
export async function initBundledCountry(store: Store, mode: ProgressMode): Promise<BundleReport> {
  return initCountryPack(store, BUNDLED_COUNTRY_DIR, mode);
}

/**
 * Loads a country pack into a prepared store in one transaction, printing what each source stored.
 * @throws PackError naming every problem of an invalid pack; Error when the database already belongs to another country.
 */
export async function initCountryPack(store: Store, folder: string, mode: ProgressMode): Promise<BundleReport> {
  const pack = readCountryPack(folder);
  await assertCountry(store, pack.country.m49, pack.country.names[pack.defaultLanguage] ?? pack.country.iso3);
  const progress = startProgress(`Loading ${pack.country.names[pack.defaultLanguage] ?? pack.country.iso3}`, mode);
  const report = await loadCountryBundle(store, folder, {
    onProgress: (p) => progress.update(p.done, p.total, p.step),
  });
  progress.stop();
  const areaRejects = report.areas.rejects.map((r) => ({ ...r, file: relative(folder, r.file) }));
  printReport(`Areas (${report.areas.file})`, { ...report.areas, rejects: areaRejects });
  if (report.nationalIndicators) printReport(`National indicators (${report.nationalIndicators.file})`, report.nationalIndicators);
  for (const source of report.sources) printReport(source.title, source.report);
  const { organisations, responsibilities, targets } = report.governance;
  if (organisations) printReport(`Organisations (${organisations.file})`, organisations);
  if (responsibilities) {
    printReport(`Indicator responsibility (${responsibilities.file}, ${responsibilities.status})`, responsibilities);
  }
  if (targets) printReport(`National targets (${targets.file})`, targets);
  await printAreaMatching(store, report.boundaries);
  return report;
}

/**
 * Sets up a country by its code (and the other codes its data give the whole country) and loads an Open SDG
 * repository for it. @throws Error for an unknown country code or a database of another country.
 */
export async function initOpenSdgCountry(
  store: Store, code: string, folder: string, mode: ProgressMode, nationalCodes: string[] = [],
): Promise<ImportReport> {
  const area = await setUpCountry(store, code, nationalCodes);
  const progress = startProgress('Importing', mode);
  const report = await importOpenSdg(store, folder, {
    countryArea: area,
    onProgress: (p) => progress.update(p.filesDone, p.filesTotal, `files, ${p.rowsRead} rows`),
  });
  progress.stop();
  return report;
}
