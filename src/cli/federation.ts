import type { Command } from 'commander';
import { syncSubscription, type SyncReport } from '../federation/index.ts';
import { listSubscriptions } from '../store/index.ts';
import { openPreparedStore } from './open-store.ts';

/**
 * `sdg-tracker federation sync [--json]`: reads every subscribed feed of other installations once (for a cron job),
 * each in its own all-or-nothing transaction with its audit event. Prints one line per feed (`ok`, `not_modified` or
 * `error` with counts or the reason), or with `--json` one object `{ feeds: [SyncReport…] }`. Exits 1 when a feed was
 * refused, after trying every feed.
 * @example sdg-tracker federation sync --json
 */
export function registerFederation(program: Command): void {
  const federation = program.command('federation').description('the network of installations: read the innovation feeds this one subscribes to');
  federation.command('sync')
    .description('read every subscribed feed now: add, update and withdraw the copies of their cases')
    .option('--json', 'print one JSON object instead of lines')
    .action(async (options: { json?: boolean }) => {
      const { store } = await openPreparedStore();
      const reports: SyncReport[] = [];
      try {
        for (const sub of await listSubscriptions(store.db)) reports.push(await syncSubscription(store, sub));
      } finally {
        await store.close();
      }
      process.stdout.write(options.json ? `${JSON.stringify({ feeds: reports })}\n` : syncLines(reports));
      if (reports.some((r) => r.status === 'error')) process.exitCode = 1;
    });
}

function syncLines(reports: SyncReport[]): string {
  if (reports.length === 0) return 'no subscriptions\n';
  return reports.map((r) => {
    const c = r.counts;
    return r.status === 'error'
      ? `${r.feedUrl}: error: ${r.error}\n`
      : `${r.feedUrl}: ${r.status}: ${c.added} added, ${c.updated} updated, ${c.withdrawn} withdrawn, ${c.unchanged} unchanged\n`;
  }).join('');
}
