import type { Command } from 'commander';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle, readCountryManifest } from '../ingest/country-bundle/index.ts';
import { existsSync } from 'node:fs';
import { importOpenSdg } from '../ingest/opensdg/index.ts';
import type { ImportReport } from '../ingest/reject-report.ts';
import type { Store } from '../store/index.ts';
import { openPreparedStore } from './open-store.ts';
import { printReport } from './print-report.ts';
import { printAreaMatching } from './print-area-matching.ts';
import { defaultProgressMode, parseProgressMode, startProgress, type ProgressMode } from './progress.ts';
import { assertCountry, setUpCountry } from './set-up-country.ts';

/**
 * `sdg-tracker init`: creates the schema, loads the UN framework and the bundled country (Bangladesh: areas, the UN
 * SDG Global Database extract, the 2022 census district indicators).
 * `sdg-tracker init --country <ISO3> --from <folder>`: sets up another country from an Open SDG data repository.
 * Both can run again: a source loaded again replaces its earlier copy.
 */
export function registerInit(program: Command): void {
  program.command('init')
    .description('set up the database: framework, then the bundled country or --country with --from')
    .option('--country <code>', 'ISO 3166-1 alpha-3 (or alpha-2, or M49) code of the country to set up')
    .option('--from <folder>', 'Open SDG data repository to load for --country')
    .option('--country-code <code...>', 'other codes the data give the whole country, e.g. K02000001 for the United Kingdom')
    .option('--progress <mode>', 'bar, plain or none (default: bar on a terminal, plain otherwise)', parseProgressMode, defaultProgressMode())
    .action(async (options: { country?: string; from?: string; countryCode?: string[]; progress: ProgressMode }) => {
      if ((options.country === undefined) !== (options.from === undefined)) {
        throw new Error('init: --country and --from go together (or give neither for the bundled country)');
      }
      if (options.from !== undefined && !existsSync(options.from)) throw new Error(`init: --from ${options.from}: no such folder`);
      const { store } = await openPreparedStore();
      try {
        if (options.country && options.from) {
          const report = await initOpenSdgCountry(store, options.country, options.from, options.progress, options.countryCode);
          printReport(`Open SDG import from ${options.from}`, report);
        } else {
          await initBundledCountry(store, options.progress);
        }
      } finally {
        await store.close();
      }
    });
}

/**
 * Loads the bundled country into a prepared store, printing what each source stored.
 * @throws Error when the database already belongs to another country.
 */
export async function initBundledCountry(store: Store, mode: ProgressMode): Promise<void> {
  const manifest = readCountryManifest(BUNDLED_COUNTRY_DIR);
  await assertCountry(store, manifest.country.m49, manifest.country.names.en ?? manifest.country.iso3);
  const progress = startProgress('Loading bundled country', mode);
  const report = await loadCountryBundle(store, BUNDLED_COUNTRY_DIR, {
    onProgress: (p) => progress.update(p.done, p.total, p.step),
  });
  progress.stop();
  for (const source of report.sources) printReport(source.title, source.report);
  const { organisations, responsibilities } = report.governance;
  if (organisations) printReport(`Organisations (${organisations.file})`, organisations);
  if (responsibilities) {
    printReport(`Indicator responsibility (${responsibilities.file}, ${responsibilities.status})`, responsibilities);
  }
  await printAreaMatching(store, report.boundaries);
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
