import type { Kysely, Migration } from 'kysely';

/**
 * Request counts per client key in fixed windows, so every server process sharing the database applies one limit:
 * `key` is `<bucket>:<client address>` (e.g. `read:203.0.113.7`), `window_start` the window's start in milliseconds
 * since the epoch (a multiple of the window length), `hits` the requests counted in it. Closed windows are pruned.
 */
export function rateLimitsSchema(): Migration {
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limits').ifExists().execute();
}
