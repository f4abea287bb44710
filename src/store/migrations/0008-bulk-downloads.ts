import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/**
 * The bulk download of all published data, kept in the database so every server answers the same bytes: one row per
 * data version (`version`, the published-data version it was built from; see publishedDataVersion), with the zip
 * (`content`: `bytea` on PostgreSQL, `blob` on SQLite), its size in bytes, the files it holds (JSON list of
 * `{ name, bytes }`) and when it was built.
 */
export function bulkDownloadsSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema.createTable('bulk_downloads')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .addColumn('build_ms', 'integer', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bulk_downloads').ifExists().execute();
}
