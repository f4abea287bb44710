import type { Command } from 'commander';
import type { ImportReport } from '../ingest/reject-report.ts';
import { importSdmx } from '../ingest/sdmx/index.ts';
import { openPreparedStore } from './open-store.ts';
import { printReport } from './print-report.ts';
import { defaultProgressMode, parseProgressMode, startProgress } from './progress.ts';

/** Options of `sdg-tracker import sdmx`. */
interface ImportSdmxOptions {
  dsd?: string;
  dryRun?: boolean;
  json?: boolean;
  sourceKey?: string;
  countryArea?: string;
  progress?: string;
}

/**
 * `sdg-tracker import sdmx <file> [--dsd <file>] [--dry-run] [--json] [--source-key K] [--country-area CODE]
 * [--progress bar|plain|none]`: imports one SDMX data file (SDMX-ML 2.1 GenericData or StructureSpecificData,
 * SDMX-CSV 1.0 or 2.0) into the configured store (DATABASE_URL) as one data source, all or nothing, after making sure
 * the schema and the framework are there. Codes are checked against `--dsd` (an SDMX-ML 2.1 Structure message, e.g. a
 * national DSD), else the global SDG DSD 1.14 the product ships; REF_AREA codes must name stored reference areas, and
 * with `--country-area` lie in that country. `--dry-run` checks and reports, writing nothing.
 *
 * The summary (observations read, stored, rejected; rejects grouped with examples) goes to stderr; `--json` prints
 * exactly one JSON object on stdout instead: `{"rowsRead","rowsStored","rowsRejected","rejects":[{"file","line",
 * "column","reason"}]}`, or `{"error": "…"}` when the import failed. Exit code 0 when the import ran (even with
 * rejects), 1 when it failed (nothing was changed).
 */
export function registerImportSdmx(command: Command): void {
  command.command('sdmx <file>')
    .description('import an SDMX data file (SDMX-ML 2.1 generic or structure-specific, SDMX-CSV) checked against a DSD')
    .option('--dsd <file>', 'the DSD the data follow (SDMX-ML 2.1 Structure message); default the global SDG DSD 1.14')
    .option('--dry-run', 'check and report, write nothing')
    .option('--json', 'print the import report as one JSON object on stdout')
    .option('--source-key <key>', 'data source key; importing the same key again replaces it (default sdmx:<file name>)')
    .option('--country-area <code>', 'only accept REF_AREA codes of this country (M49, ISO code) and the areas under it')
    .option('--progress <mode>', 'progress on stderr: bar, plain or none (default: bar on a terminal, plain otherwise, none with --json)')
    .action(async (file: string, options: ImportSdmxOptions) => {
      try {
        const report = await run(file, options);
        if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else printReport(`SDMX import from ${file}${options.dryRun ? ' (dry run, nothing written)' : ''}`, report);
      } catch (e) {
        const message = (e as Error).message;
        if (options.json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
        process.stderr.write(`sdg-tracker import sdmx: ${message}\n`);
        process.exitCode = 1;
      }
    });
}

async function run(file: string, options: ImportSdmxOptions): Promise<ImportReport> {
  const mode = options.progress === undefined ? (options.json ? 'none' : defaultProgressMode()) : parseProgressMode(options.progress);
  const { store } = await openPreparedStore();
  const progress = startProgress(`Importing ${file}`, mode);
  try {
    const report = await importSdmx(store, file, {
      ...(options.dsd ? { dsd: options.dsd } : {}),
      ...(options.countryArea ? { countryArea: options.countryArea } : {}),
      ...(options.sourceKey ? { sourceKey: options.sourceKey } : {}),
      dryRun: options.dryRun === true,
      onProgress: (p) => progress.update(p.rowsRead, p.rowsRead, `observations read, ${p.file}`),
    });
    return { rowsRead: report.rowsRead, rowsStored: report.rowsStored, rowsRejected: report.rowsRejected, rejects: report.rejects };
  } finally {
    progress.stop();
    await store.close();
  }
}
