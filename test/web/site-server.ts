import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { initBundledCountry } from '../../src/cli/init.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { openStore } from '../../src/store/index.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const WEB_ROOT = join(ROOT, 'dist/web');

/** A running SDG Tracker: the real app over a throw-away SQLite database holding the bundled Bangladesh data. */
export interface SiteServer {
  origin: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Builds the public site into dist/web unless a build newer than every file under web/ is there already. */
export function ensureWebBuild(): void {
  const built = join(WEB_ROOT, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

function newestSource(): number {
  const sources = [join(ROOT, 'vite.config.ts'), ...readdirSync(join(ROOT, 'web'), { recursive: true, encoding: 'utf8' })
    .map((file) => join(ROOT, 'web', file))];
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/**
 * Starts the site on a random local port: migrates a fresh SQLite file, loads the framework and the bundled
 * country as `sdg-tracker init` does, and listens as `sdg-tracker serve` does.
 */
export async function startSiteServer(): Promise<SiteServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-web-'));
  const store = openStore(`file:${join(dir, 'tracker.db')}`);
  await prepareStore(store);
  await initBundledCountry(store, 'none');
  const app = await buildApp({ store, config: { logLevel: 'warn', webRoot: WEB_ROOT } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
