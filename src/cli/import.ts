import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { importOpenSdg } from '../ingest/opensdg/index.ts';
import { importOrganisationsFile, importResponsibilitiesFile } from '../ingest/organisations-csv/index.ts';
import { importTargetsFile } from '../ingest/targets-csv/index.ts';
import { registerImportProgressOptions } from './import-progress-options.ts';
import { registerImportSdmx } from './import-sdmx.ts';
import type { ImportReport } from '../ingest/reject-report.ts';
import { getSetting, type Store } from '../store/index.ts';
import { openPreparedStore } from './open-store.ts';
import { printReport } from './print-report.ts';
import { defaultProgressMode, parseProgressMode, type ProgressMode, startProgress } from './progress.ts';
import { setUpCountry } from './set-up-country.ts';

/** Options of `sdg-tracker import opensdg`. */
interface ImportOptions {
  json?: boolean;
  sourceKey?: string;
  countryArea?: string;
  progress?: string;
}

/**
 * `sdg-tracker import opensdg <folder> [--json] [--source-key K] [--country-area CODE] [--progress bar|plain|none]`:
 * imports an Open SDG data repository into the configured store (DATABASE_URL), after making sure the schema and
 * the framework are there. The country area is `--country-area` (an M49, ISO alpha-3 or alpha-2 code; it sets the
 * database's country when none is set, and is refused when the database belongs to another country), else the
 * `country` setting written by `init`.
 *
 * Progress goes to stderr: a bar on a terminal, plain lines (`Importing <folder>: 12/263 files, 40200 rows …`)
 * otherwise or with `--progress plain`, nothing with `--json` unless `--progress` is given. The summary (rows read,
 * stored, rejected; rejects grouped by kind with examples) goes to stderr; `--json` prints exactly one JSON object
 * on stdout instead: `{"rowsRead","rowsStored","rowsRejected","rowsRepeated","rejects":[{"file","line","column","reason"}]}`
 * (`rowsRepeated`: rows of a series already read under another indicator, linked and not stored twice), or
 * `{"error": "…"}` when the import failed.
 * Exit code 0 when the import committed (even with rejects), 1 when it failed (nothing was changed).
 *
 * `sdg-tracker import organisations <csv> [--json]` and `sdg-tracker import responsibilities <csv> [--illustrative]
 * [--json]`: the organisation tree, and who answers for each indicator (the whole mapping); `sdg-tracker import targets
 * <csv> [--json]`: national progress targets per indicator and scope. All or nothing: any bad row writes nothing and
 * exits 1.
 */
export function registerImport(program: Command): void {
  const command = program.command('import').description('import data into the database');
  command.command('opensdg <folder>')
    .description('import an Open SDG data repository (data/indicator_*.csv with meta/ or indicator-config/)')
    .option('--json', 'print the import report as one JSON object on stdout')
    .option('--source-key <key>', 'data source key; importing the same key again replaces it (default opensdg:<folder name>)')
    .option('--country-area <code>', 'area of rows without a GeoCode: M49 (826) or ISO code (GBR); default: the country setting')
    .option('--progress <mode>', 'progress on stderr: bar, plain or none (default: bar on a terminal, plain otherwise, none with --json)')
    .action(async (folder: string, options: ImportOptions) => {
      try {
        const report = await runImport(folder, options);
        if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else printReport(`Open SDG import from ${folder}`, report);
      } catch (e) {
        const message = (e as Error).message;
        if (options.json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
        process.stderr.write(`sdg-tracker import opensdg: ${message}\n`);
        process.exitCode = 1;
      }
    });
  command.command('organisations <csv>')
    .description('import the organisation tree (id,parent_id,name,kind[,name_<lang>…]); all or nothing')
    .option('--json', 'print the import report as one JSON object on stdout')
    .action((file: string, options: { json?: boolean }) =>
      runAllOrNothing('organisations', file, options, (store) => importOrganisationsFile(store, file)));
  command.command('responsibilities <csv>')
    .description('replace who answers for each indicator (indicator,organisation,role); all or nothing')
    .option('--illustrative', 'the file is an example mapping, not the official one (status illustrative)')
    .option('--json', 'print the import report as one JSON object on stdout')
    .action((file: string, options: { json?: boolean; illustrative?: boolean }) => runAllOrNothing('responsibilities', file, options,
      (store) => importResponsibilitiesFile(store, file, { illustrative: options.illustrative === true })));
  command.command('targets <csv>')
    .description('create or replace national progress targets (indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,milestone_<year>…,target_year,target_value,limit); all or nothing')
    .option('--json', 'print the import report as one JSON object on stdout')
    .action((file: string, options: { json?: boolean }) => runAllOrNothing('targets', file, options, (store) => importTargetsFile(store, file)));
  registerImportProgressOptions(command);
  registerImportSdmx(command);
}

async function runImport(folder: string, options: ImportOptions): Promise<ImportReport> {
  const mode = progressMode(options);
  if (!existsSync(folder)) throw new Error(`${folder}: no such folder`);
  const { store } = await openPreparedStore();
  try {
    const area = options.countryArea !== undefined
      ? await setUpCountry(store, options.countryArea)
      : await getSetting(store.db, 'country');
    if (area === null) throw new Error('no country: give --country-area (e.g. 826 or GBR) or run `sdg-tracker init` first');
    const progress = startProgress(`Importing ${folder}`, mode);
    try {
      const report = await importOpenSdg(store, folder, {
        countryArea: area,
        ...(options.sourceKey ? { sourceKey: options.sourceKey } : {}),
        onProgress: (p) => progress.update(p.filesDone, p.filesTotal, `files, ${p.rowsRead} rows, ${p.file}`),
      });
      const { rowsRead, rowsStored, rowsRejected, rowsRepeated = 0, rejects } = report;
      return { rowsRead, rowsStored, rowsRejected, rowsRepeated, rejects };
    } finally {
      progress.stop();
    }
  } finally {
    await store.close();
  }
}

function progressMode(options: ImportOptions): ProgressMode {
  return options.progress === undefined ? (options.json ? 'none' : defaultProgressMode()) : parseProgressMode(options.progress);
}

/**
 * Runs an all-or-nothing import (organisations, responsibilities) on the configured store and prints its report (or
 * one JSON object with `--json`); exit code 1 when any row was bad, so nothing was written.
 */
async function runAllOrNothing(
  what: string, file: string, options: { json?: boolean }, work: (store: Store) => Promise<ImportReport & { written: boolean }>,
): Promise<void> {
  const { store } = await openPreparedStore();
  try {
    const report = await work(store);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else printReport(`Import of ${what} from ${file}${report.written ? '' : ' (nothing written)'}`, report);
    if (!report.written) process.exitCode = 1;
  } finally {
    await store.close();
  }
}
