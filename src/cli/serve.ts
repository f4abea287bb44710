import type { Command } from 'commander';
import { buildApp } from '../api/app.ts';
import { getSetting } from '../store/index.ts';
import { initBundledCountry } from './init.ts';
import { openPreparedStore } from './open-store.ts';
import { defaultProgressMode } from './progress.ts';

/**
 * `sdg-tracker serve`: serves the public site and the API on PORT from the configured database.
 * `sdg-tracker start`: the same, but first sets up the bundled country when the database has none (what
 * `npm start` runs, so a fresh clone needs no other step); a second start reuses the database.
 */
export function registerServe(program: Command): void {
  program.command('serve').description('serve the public site and the API (PORT, DATABASE_URL)')
    .action(async () => { await serve(false); });
  program.command('start').description('set up the bundled country on first run, then serve')
    .action(async () => { await serve(true); });
}

async function serve(initialiseIfEmpty: boolean): Promise<void> {
  const { config, store } = await openPreparedStore();
  if (initialiseIfEmpty && (await getSetting(store.db, 'country')) === null) {
    process.stderr.write(`No country loaded in ${store.location}: setting up the bundled country (Bangladesh)…\n`);
    await initBundledCountry(store, defaultProgressMode());
  }
  const app = await buildApp({ store, config });
  const close = async (): Promise<void> => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  process.stderr.write(`SDG Tracker serving ${store.location} at http://localhost:${config.port}/ (API: /api/v1, docs: /api/docs)\n`);
}
