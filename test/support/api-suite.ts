import { after, before } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { Store, StoreDialect } from '../../src/store/index.ts';
import { freshStore } from './stores.ts';

/**
 * What the API suites share: one suite per store dialect (see dialectOptions in stores.ts), each on a fresh store with
 * the app built on it, and requests answered as status and JSON body.
 */

/** The app and store of an API suite, readable once the suite's `before` has run. */
export interface ApiSuite {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The store's URL, e.g. to open a second connection to it. */
  readonly url: string;
}

/**
 * Registers in the current `describe` a fresh store of `dialect`, seeded by `seed`, and the app built on it (silent
 * log, no site), both closed after the suite. The suite's own `before` hooks run after the app is built. Example:
 * `const api = apiSuite(dialect, (store) => seedValidationData(store));`, then in a test `api.app.inject(…)`.
 */
export function apiSuite(dialect: StoreDialect, seed: (store: Store) => Promise<unknown> = async () => undefined): ApiSuite {
  let fresh: Awaited<ReturnType<typeof freshStore>> | undefined;
  let app: FastifyInstance | undefined;
  before(async () => {
    fresh = await freshStore(dialect);
    await seed(fresh.store);
    app = await buildApp({ store: fresh.store, config: { logLevel: 'silent', webRoot: '/nonexistent' } });
  });
  after(async () => {
    await app?.close();
    await fresh?.dispose();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('apiSuite: read the app and store inside tests or hooks, after the suite started');
    return value;
  };
  return {
    get app() { return ready(app); },
    get store() { return ready(fresh).store; },
    get url() { return ready(fresh).url; },
  };
}

/** Sends one request to the app and answers its status and parsed JSON body (null when the body is empty). */
export async function answer(app: FastifyInstance, request: InjectOptions | string): Promise<{ status: number; body: any }> {
  const r = await app.inject(request);
  return { status: r.statusCode, body: r.body ? r.json() : null };
}
