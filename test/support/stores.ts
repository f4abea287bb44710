import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openStore, type Store, type StoreDialect } from '../../src/store/index.ts';

/**
 * The dialects the store suite runs on: SQLite always, PostgreSQL when `TEST_DATABASE_URL` points at a server
 * (scripts/test.mjs starts a throw-away one). Without it the PostgreSQL cases are reported as skipped with the reason.
 */
export const STORE_DIALECTS: StoreDialect[] = ['sqlite', 'postgres'];

/** Why PostgreSQL cases cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  return process.env.TEST_DATABASE_URL ? null : 'TEST_DATABASE_URL is not set (run through `npm test`, which starts PostgreSQL)';
}

/**
 * The options of a dialect's `describe`: the PostgreSQL suite is skipped, with the reason, where no server runs.
 * @example for (const dialect of STORE_DIALECTS) describe(`… on ${dialect}`, dialectOptions(dialect), () => { … });
 */
export function dialectOptions(dialect: StoreDialect): { skip: string | false } {
  return { skip: dialect === 'postgres' ? postgresUnavailable() ?? false : false };
}

/** A fresh, migrated, empty store of the given dialect, and a function that closes and deletes it. */
export async function freshStore(dialect: StoreDialect): Promise<{ store: Store; url: string; dispose: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sdg-store-'));
    const url = `file:${join(dir, 'test.db')}`;
    const store = openStore(url);
    await migrateToLatest(store);
    return { store, url, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error(postgresUnavailable() ?? '');
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = withDatabase(admin, name);
  const store = openStore(url);
  await migrateToLatest(store);
  return {
    store,
    url,
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The same server URL pointing at another database; keeps query parameters such as `?host=/socket/dir`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
