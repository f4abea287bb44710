import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { migrationsFor } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** Which SQL engine a store talks to. Only `store/` knows this. */
export type StoreDialect = 'sqlite' | 'postgres';

/** An open store: the Kysely handle plus what kind of engine is behind it. */
export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Where it lives, for messages: a file path or a postgres URL without password. */
  location: string;
  /** The better-sqlite3 handle, for prepared bulk inserts inside a Kysely transaction (SQLite only). */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

/** A database handle or an open transaction: store functions take either as their first argument. */
export type Db = Kysely<Database>;

// pg returns int8 (count(*)) as a string and numeric as a string; these columns hold counts and values, never >2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/**
 * Opens a store from a database URL:
 * - `postgres://user@host/db` or `postgresql://…` → PostgreSQL through `pg` (pool of 10);
 * - `file:<path>` or a bare path → SQLite through better-sqlite3, WAL mode, foreign keys on; the folder is created.
 * Does not migrate: call {@link migrateToLatest}.
 */
export function openStore(databaseUrl: string): Store {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle connection closed by the server (restart, failover, DROP DATABASE … FORCE) must not crash the process:
    // the pool discards it and opens a new one on next use; queries in flight still get their own error.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: databaseUrl.replace(/:[^:@/]*@/, ':***@'), close: () => db.destroy() };
  }
  const path = databaseUrl.replace(/^file:/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // LIKE on dimension keys must be case-sensitive as on PostgreSQL (SQLite's default ignores ASCII case).
  sqlite.pragma('case_sensitive_like = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: path, sqlite, close: () => db.destroy() };
}

/**
 * Brings the schema to the newest migration. Throws the migration's own error (with its name) on failure;
 * a failed migration leaves the schema at the previous version (each runs in a transaction).
 */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrations = migrationsFor(store.dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed on ${store.location}: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
