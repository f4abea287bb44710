import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/**
 * Federation of installations: `federation_subscriptions` holds the feeds of other installations an admin subscribed
 * to (feed URL, title, who added it and when, the last fetch with its status `ok` | `not_modified` | `error`, the
 * error message, the counts of the last sync as JSON, and the feed's ETag for a conditional request). A unique index
 * on `innovation_cases (origin_url, origin_id)` keeps one copy of each remote case.
 */
export function federationSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema.createTable('federation_subscriptions')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('feed_url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('added_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('last_fetched_at', 'text')
    .addColumn('last_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_counts', 'text')
    .addColumn('etag', 'text')
    .execute();
  await db.schema.createIndex('innovation_cases_origin').on('innovation_cases').columns(['origin_url', 'origin_id']).unique().execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('innovation_cases_origin').ifExists().execute();
  await db.schema.dropTable('federation_subscriptions').ifExists().execute();
}
