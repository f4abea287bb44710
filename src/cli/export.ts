import type { Command } from 'commander';
import { exportOpenSdg, type OpenSdgExportReport } from '../export/opensdg/index.ts';
import { openPreparedStore } from './open-store.ts';
import { defaultProgressMode, parseProgressMode, startProgress } from './progress.ts';

/**
 * `sdg-tracker export opensdg <folder> [--json] [--progress bar|plain|none]`: writes the published data and indicator
 * metadata of the configured store (DATABASE_URL) as an Open SDG data repository in `folder` (new or empty):
 * `data/indicator_*.csv`, `indicator-config/*.yml`, `meta/*.yml`, `meta/<lang>/*.yml`, `config_data.yml`. The
 * summary goes to stderr (files, indicators, observations, languages, and anything the files cannot carry);
 * `--json` prints the report as one JSON object on stdout instead
 * (`{"languages","indicators","dataFiles","metadataFiles","observations","notes"}`), or `{"error": "…"}` when the
 * export failed. Exit code 1 when nothing could be written (the reason on stderr).
 */
export function registerExport(program: Command): void {
  const command = program.command('export').description('export data from the database');
  command.command('opensdg <folder>')
    .description('write the published data and metadata as an Open SDG data repository (a new or empty folder)')
    .option('--json', 'print the export report as one JSON object on stdout')
    .option('--progress <mode>', 'progress on stderr: bar, plain or none (default: bar on a terminal, plain otherwise, none with --json)')
    .action(async (folder: string, options: ExportOptions) => {
      try {
        await runExport(folder, options);
      } catch (e) {
        // The error line on stderr and exit code 1 come from the program's handler.
        if (options.json) process.stdout.write(`${JSON.stringify({ error: (e as Error).message })}\n`);
        throw e;
      }
    });
}

/** Options of `sdg-tracker export opensdg`. */
interface ExportOptions {
  json?: boolean;
  progress?: string;
}

async function runExport(folder: string, options: ExportOptions): Promise<void> {
  const mode = options.progress === undefined ? (options.json ? 'none' : defaultProgressMode()) : parseProgressMode(options.progress);
  const { store } = await openPreparedStore();
  try {
    const progress = startProgress(`Exporting to ${folder}`, mode);
    const started = Date.now();
    let report: OpenSdgExportReport;
    try {
      report = await exportOpenSdg(store, folder, {
        onProgress: (p) => progress.update(p.indicatorsDone, p.indicatorsTotal, `indicators, ${p.observations} observations`),
      });
    } finally {
      progress.stop();
    }
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else printExport(folder, report, Date.now() - started);
  } finally {
    await store.close();
  }
}

/** Notes printed in the summary; `--json` gives them all. */
const NOTES_SHOWN = 10;

function printExport(folder: string, r: OpenSdgExportReport, ms: number): void {
  process.stderr.write(`Open SDG export to ${folder}: ${r.indicators} indicators, ${r.dataFiles} data files, ${r.metadataFiles} metadata files, `
    + `${r.observations} observations, languages ${r.languages.join(', ')} (${(ms / 1000).toFixed(1)} s)\n`);
  for (const note of r.notes.slice(0, NOTES_SHOWN)) process.stderr.write(`  not carried: ${note}\n`);
  if (r.notes.length > NOTES_SHOWN) process.stderr.write(`  … and ${r.notes.length - NOTES_SHOWN} more (--json lists them all)\n`);
}
