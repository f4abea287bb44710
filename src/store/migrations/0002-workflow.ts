import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../database.ts';

/**
 * Data governance: organisations and indicator responsibility, users and sessions, submissions with their draft
 * changes, period locks, validation rules, notifications, the audit trail and the published history of every
 * observation (for `asOf`). Timestamps are ISO 8601 UTC text (`2026-11-29T13:45:00.000Z`) in both dialects, so they
 * compare as strings.
 */
export function workflowSchema(dialect: StoreDialect): Migration {
  return { up: (db) => up(db, dialect), down };
}

async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  const isPostgres = dialect === 'postgres';
  const autoId = isPostgres ? 'serial' : 'integer';
  const real = isPostgres ? 'double precision' : 'real';

  await db.schema.createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('indicator_responsibilities')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_responsibilities_pk', ['indicator_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('indicator_responsibilities_one_lead').unique().on('indicator_responsibilities')
    .column('indicator_id').where(sql.ref('role'), '=', 'lead').execute();
  await db.schema.createIndex('indicator_responsibilities_organisation').on('indicator_responsibilities')
    .column('organisation_id').execute();

  await db.schema.createTable('users')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('user_organisations')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_organisations_pk', ['user_id', 'organisation_id'])
    .execute();

  await db.schema.createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema.createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();

  await db.schema.createTable('submissions')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // One open submission per indicator: every organisation answering for it works on the same draft.
  await db.schema.createIndex('submissions_one_open').unique().on('submissions')
    .column('indicator_id').where(sql.ref('state'), '<>', 'approved').execute();
  await db.schema.createIndex('submissions_state').on('submissions').column('state').execute();

  await db.schema.createTable('submission_changes')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('observation_id', 'integer')
    .addColumn('series_code', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('time_period', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_mult', 'integer')
    .addColumn('value', real)
    .addColumn('obs_status', 'text')
    .addColumn('nature', 'text')
    .addColumn('comment', 'text')
    .addColumn('attributes', 'text')
    .addColumn('warning_comment', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('submission_changes_key').unique().on('submission_changes')
    .columns(['submission_id', 'series_code', 'area_code', 'time_period', 'dimensions', 'unit']).execute();

  await db.schema.createTable('period_locks')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('time_period', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('locked_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'integer', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('period_locks_pk', ['indicator_id', 'time_period'])
    .execute();

  await db.schema.createTable('validation_rules')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('validation_rules_indicator').on('validation_rules').column('indicator_id').execute();

  await db.schema.createTable('notifications')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'read_at']).execute();

  await db.schema.createTable('audit_events')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'integer')
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_events_submission').on('audit_events').column('submission_id').execute();

  // Published history: `observations` holds what is public now (since `valid_from`); each version a change replaced
  // or deleted moves here with the moment it stopped being public (`valid_to`).
  await db.schema.alterTable('observations').addColumn('valid_from', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.createTable('observation_history')
    .addColumn('id', autoId, (c) => c.primaryKey())
    .addColumn('observation_id', 'integer', (c) => c.notNull())
    .addColumn('series_code', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('time_period', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_mult', 'integer')
    .addColumn('value', real, (c) => c.notNull())
    .addColumn('obs_status', 'text')
    .addColumn('nature', 'text')
    .addColumn('comment', 'text')
    .addColumn('attributes', 'text')
    .addColumn('source_id', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'integer')
    .execute();
  await db.schema.createIndex('observation_history_series').on('observation_history')
    .columns(['series_code', 'valid_to']).execute();
  await db.schema.createIndex('observation_history_observation').on('observation_history').column('observation_id').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'observation_history', 'audit_events', 'notifications', 'validation_rules', 'period_locks', 'submission_changes',
    'submissions', 'login_throttle', 'sessions', 'user_organisations', 'users', 'indicator_responsibilities',
    'organisations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('observations').dropColumn('valid_from').execute();
}
