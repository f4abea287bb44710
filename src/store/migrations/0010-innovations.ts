import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/**
 * The public-service innovation network (see src/domain/innovation.ts): cases with their organisations, countries,
 * types, tags, goals and targets served, dated stage history, evidence items and contacts; TCV measurements per
 * service; replications with their stage history; cooperation requests with targets, tags and answers. Cases,
 * replications and requests carry `origin_url`, `origin_id`, `origin_updated_at` for cases read from another
 * installation (null for this one's own). Child rows go with their case, replication or request (ON DELETE CASCADE).
 */
export function innovationsSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

const TABLES = [
  'innovation_request_answers', 'innovation_request_tags', 'innovation_request_targets', 'innovation_requests',
  'innovation_replication_stages', 'innovation_replications', 'innovation_tcv_measurements', 'innovation_contacts',
  'innovation_evidence', 'innovation_case_stages', 'innovation_case_targets', 'innovation_case_goals', 'innovation_case_tags',
  'innovation_case_types', 'innovation_case_organisations', 'innovation_case_countries', 'innovation_cases', 'innovation_organisations',
];

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const autoId = dialect === 'postgres' ? 'serial' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  const origin = (t: CreateTableBuilder<string, string>) => t
    .addColumn('origin_url', 'text').addColumn('origin_id', 'text').addColumn('origin_updated_at', 'text');
  const caseRef = (t: CreateTableBuilder<string, string>) =>
    t.addColumn('case_id', 'text', (c) => c.notNull().references('innovation_cases.id').onDelete('cascade'));

  await db.schema.createTable('innovation_organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country_iso3', 'text')
    .addColumn('website', 'text')
    .addColumn('local_organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .execute();

  await origin(db.schema.createTable('innovation_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text').addColumn('problem', 'text').addColumn('solution', 'text')
    .addColumn('country_iso3', 'text')
    .addColumn('administrative_level', 'text')
    .addColumn('start_date', 'text')
    .addColumn('stage', 'text')
    .addColumn('coverage_units_live', real).addColumn('coverage_units_eligible', real).addColumn('coverage_as_of', 'text')
    .addColumn('legal_basis', 'text').addColumn('budget_line', 'text').addColumn('mandatory_from', 'text')
    .addColumn('prerequisites', 'text').addColumn('open_source_licence', 'text')
    .addColumn('content_licence', 'text')
    .addColumn('website', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('seed_key', 'text'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('innovation_cases_country').on('innovation_cases').column('country_iso3').execute();

  await caseRef(db.schema.createTable('innovation_case_countries')).addColumn('iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_countries_pk', ['case_id', 'iso3']).execute();
  await caseRef(db.schema.createTable('innovation_case_organisations'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('innovation_organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_organisations_pk', ['case_id', 'organisation_id', 'role']).execute();
  await caseRef(db.schema.createTable('innovation_case_types')).addColumn('type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_types_pk', ['case_id', 'type']).execute();
  await caseRef(db.schema.createTable('innovation_case_tags')).addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_tags_pk', ['case_id', 'tag']).execute();
  await caseRef(db.schema.createTable('innovation_case_goals')).addColumn('goal_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_goals_pk', ['case_id', 'goal_code']).execute();
  await caseRef(db.schema.createTable('innovation_case_targets'))
    .addColumn('target_code', 'text', (c) => c.notNull()).addColumn('goal_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_case_targets_pk', ['case_id', 'target_code']).execute();
  await db.schema.createIndex('innovation_case_targets_target').on('innovation_case_targets').column('target_code').execute();
  await caseRef(db.schema.createTable('innovation_case_stages').addColumn('id', autoId, (c) => c.primaryKey()))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull()).addColumn('date', 'text').addColumn('note', 'text').execute();

  await db.schema.createTable('innovation_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('innovation_cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('metric', 'text').addColumn('before_text', 'text').addColumn('after_text', 'text').addColumn('unit', 'text')
    .addColumn('period', 'text').addColumn('sample_size', 'integer')
    .addColumn('strength', 'text', (c) => c.notNull())
    .addColumn('source_title', 'text').addColumn('source_url', 'text').addColumn('source_licence', 'text').addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('innovation_evidence_case').on('innovation_evidence').column('case_id').execute();

  await caseRef(db.schema.createTable('innovation_contacts').addColumn('id', autoId, (c) => c.primaryKey()))
    .addColumn('name', 'text', (c) => c.notNull()).addColumn('role_title', 'text').addColumn('email', 'text')
    .addColumn('consent_public', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await caseRef(db.schema.createTable('innovation_tcv_measurements').addColumn('id', autoId, (c) => c.primaryKey()))
    .addColumn('measure_key', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('component', 'text')
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('metric_text', 'text', (c) => c.notNull())
    .addColumn('value_text', 'text', (c) => c.notNull())
    .addColumn('unit_text', 'text')
    .addColumn('value_low', real).addColumn('value_high', real).addColumn('value_unit', 'text')
    .addColumn('currency', 'text').addColumn('scope', 'text').addColumn('reference_year', 'integer')
    .addColumn('published_reduction_text', 'text')
    .addColumn('evidence_id', 'text', (c) => c.references('innovation_evidence.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('innovation_tcv_case').on('innovation_tcv_measurements').columns(['case_id', 'measure_key']).execute();

  await origin(caseRef(db.schema.createTable('innovation_replications').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('provider_organisation_id', 'text', (c) => c.references('innovation_organisations.id'))
    .addColumn('adopter_organisation_id', 'text', (c) => c.references('innovation_organisations.id'))
    .addColumn('adopter_country_iso3', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('adaptations', 'text').addColumn('funding', 'text'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('innovation_replications_case').on('innovation_replications').column('case_id').execute();
  await db.schema.createTable('innovation_replication_stages')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('replication_id', 'text', (c) => c.notNull().references('innovation_replications.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull()).addColumn('date', 'text').addColumn('note', 'text').execute();

  await origin(db.schema.createTable('innovation_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country_iso3', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('innovation_organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('status', 'text', (c) => c.notNull()))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createTable('innovation_request_targets')
    .addColumn('request_id', 'text', (c) => c.notNull().references('innovation_requests.id').onDelete('cascade'))
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_request_targets_pk', ['request_id', 'target_code']).execute();
  await db.schema.createTable('innovation_request_tags')
    .addColumn('request_id', 'text', (c) => c.notNull().references('innovation_requests.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_request_tags_pk', ['request_id', 'tag']).execute();
  await db.schema.createTable('innovation_request_answers')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('innovation_requests.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.references('innovation_cases.id').onDelete('set null'))
    .addColumn('organisation_id', 'text', (c) => c.references('innovation_organisations.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
}
