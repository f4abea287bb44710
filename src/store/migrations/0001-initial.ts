import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/** The initial schema: framework, areas, series, sources, observations, indicator settings and metadata. */
export function initialSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const isPostgres = dialect === 'postgres';
  const autoId = isPostgres ? 'serial' : 'integer';

  await db.schema.createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('framework_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('adopted', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('goals')
    .addColumn('framework_id', 'text', (c) => c.notNull().references('framework_versions.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('goals_pk', ['framework_id', 'code'])
    .execute();

  await db.schema.createTable('targets')
    .addColumn('framework_id', 'text', (c) => c.notNull().references('framework_versions.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('goal_code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('targets_pk', ['framework_id', 'code'])
    .execute();

  await db.schema.createTable('indicators')
    .addColumn('framework_id', 'text', (c) => c.notNull().references('framework_versions.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unsd_code', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicators_pk', ['framework_id', 'id'])
    .execute();

  await db.schema.createTable('indicator_listings')
    .addColumn('framework_id', 'text', (c) => c.notNull().references('framework_versions.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_listings_pk', ['framework_id', 'code'])
    .execute();

  await db.schema.createTable('labels')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('labels_pk', ['scope', 'entity', 'entity_id', 'lang', 'field'])
    .execute();

  await db.schema.createTable('reference_areas')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('parent_code', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('m49', 'text')
    .addColumn('iso3', 'text')
    .addColumn('codes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('series')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .execute();

  await db.schema.createTable('series_indicators')
    .addColumn('series_code', 'text', (c) => c.notNull().references('series.code').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('series_indicators_pk', ['series_code', 'indicator_id'])
    .execute();
  await db.schema.createIndex('series_indicators_indicator').on('series_indicators').column('indicator_id').execute();

  await db.schema.createTable('dimensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_sdmx', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('data_sources')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('licence', 'text')
    .addColumn('url', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('observation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('observations')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('series_code', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('time_period', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_mult', 'integer')
    .addColumn('value', isPostgres ? 'double precision' : 'real', (c) => c.notNull())
    .addColumn('obs_status', 'text')
    .addColumn('nature', 'text')
    .addColumn('comment', 'text')
    .addColumn('attributes', 'text')
    .addColumn('source_id', 'integer', (c) => c.notNull().references('data_sources.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('observations_key').unique().on('observations')
    .columns(['series_code', 'area_code', 'time_period', 'dimensions', 'unit', 'source_id']).execute();
  await db.schema.createIndex('observations_source').on('observations').column('source_id').execute();

  await db.schema.createTable('indicator_settings')
    .addColumn('indicator_id', 'text', (c) => c.primaryKey())
    .addColumn('reporting_status', 'text', (c) => c.notNull())
    .addColumn('graph_type', 'text')
    .addColumn('data_non_statistical', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('national_geographical_coverage', 'text')
    .addColumn('computation_units', 'text')
    .addColumn('source_id', 'integer')
    .execute();

  await db.schema.createTable('indicator_metadata')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_metadata_pk', ['indicator_id', 'lang'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'indicator_metadata', 'indicator_settings', 'observations', 'data_sources', 'dimensions', 'series_indicators',
    'series', 'reference_areas', 'labels', 'indicator_listings', 'indicators', 'targets', 'goals', 'framework_versions',
    'settings',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
