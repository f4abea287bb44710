import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  if ((await getSetting(store.db, 'country')) === null) {
    process.stderr.write(`Warning: ${store.location} holds no country yet; run \`sdg-tracker init\` (or \`start\`) to load one.\n`);
  }
  if (!existsSync(join(config.webRoot, 'index.html'))) {
    process.stderr.write(`Warning: no public site at ${config.webRoot} (run \`npm run build:web\` or set WEB_ROOT); serving the API only.\n`);
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
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stderr.write(`SDG Tracker serving ${store.location} at http://${host}:${config.port}/ (API: /api/v1, docs: /api/docs)\n`);
}
