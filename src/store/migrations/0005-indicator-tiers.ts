import type { Kysely, Migration } from 'kysely';

/**
 * The IAEG-SDGs tier of each indicator listing (`I`, `II`, `III`, or `I/II` …) with the source it was taken from.
 * Loaded with the framework from `datasets/framework/indicator-tiers.csv`.
 */
export function indicatorTiersSchema(): Migration {
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('indicator_tiers')
    .addColumn('indicator_id', 'text', (c) => c.primaryKey())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('indicator_tiers').ifExists().execute();
}
