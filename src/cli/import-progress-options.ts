import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { importProgressOptionsFolder } from '../ingest/opensdg-progress-options/index.ts';
import { openPreparedStore } from './open-store.ts';
import { printReport } from './print-report.ts';

/**
 * `sdg-tracker import progress-options <folder> [--dry-run] [--json]`: stores the `progress_calculation_options` of
 * an Open SDG data repository as national progress targets (see readProgressOptions), all or nothing, audited. The
 * summary goes to stderr (entries read, targets stored, rejects with file, line and key; then targets changed and
 * unchanged, indicators skipped and keys ignored, with reasons); `--json` prints the report as one JSON object on
 * stdout instead. `--dry-run` reads and compares without writing. Exit code 1 when any entry was bad (nothing written).
 */
export function registerImportProgressOptions(command: Command): void {
  command.command('progress-options <folder>')
    .description('store an Open SDG repository\'s progress_calculation_options as national progress targets; all or nothing')
    .option('--dry-run', 'read and compare with the stored targets, write nothing')
    .option('--json', 'print the import report as one JSON object on stdout')
    .action(async (folder: string, options: { dryRun?: boolean; json?: boolean }) => {
      if (!existsSync(folder)) throw new Error(`${folder}: no such folder`);
      const { store } = await openPreparedStore();
      try {
        const report = await importProgressOptionsFolder(store, folder, { dryRun: options.dryRun === true });
        if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else {
          const what = report.rejects.length > 0 ? ' (nothing written)' : report.dryRun ? ' (dry run, nothing written)' : '';
          printReport(`Import of progress options from ${folder}${what}`, report);
          const lines = [`  ${report.indicators} indicators, ${report.changed} targets ${report.dryRun ? 'would change' : 'changed'}, ${report.unchanged} unchanged`];
          for (const [label, list] of [['skipped', report.skipped], ['ignored', report.ignored]] as const) {
            if (list.length > 0) lines.push(`  ${list.length} ${label}:`, ...list.map((r) => `      ${r.file}:${r.line} [${r.column}] ${r.reason}`));
          }
          process.stderr.write(`${lines.join('\n')}\n`);
        }
        if (report.rejects.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
