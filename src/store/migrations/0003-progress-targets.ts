import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/**
 * National (or global) targets for progress assessment: one row per indicator and scope (series, unit, area,
 * disaggregation key; '' for "every"), with the desired direction, baseline, milestones, target and natural limit.
 * Timestamps are ISO 8601 UTC text.
 */
export function progressTargetsSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const isPostgres = dialect === 'postgres';
  const autoId = isPostgres ? 'serial' : 'integer';
  const real = isPostgres ? 'double precision' : 'real';

  await db.schema.createTable('progress_targets')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('series_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('area_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dimensions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_value', real)
    .addColumn('milestones', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('target_year', 'integer')
    .addColumn('target_value', real)
    .addColumn('natural_limit', real)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('progress_targets_scope').unique().on('progress_targets')
    .columns(['indicator_id', 'series_code', 'unit', 'area_code', 'dimensions', 'source']).execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('progress_targets').ifExists().execute();
}
