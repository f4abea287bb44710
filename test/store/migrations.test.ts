import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrateToLatest, type Store } from '../../src/store/index.ts';
import { migrationsFor } from '../../src/store/migrations/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../support/stores.ts';

/** Every table of the schema (src/store/schema.ts), sorted. */
const TABLES = [
  'area_boundaries', 'audit_events', 'bulk_downloads', 'data_sources', 'dimensions', 'federation_subscriptions',
  'framework_versions', 'global_target_rules', 'goals', 'indicator_listings', 'indicator_metadata',
  'indicator_responsibilities', 'indicator_settings', 'indicator_tiers', 'indicators', 'innovation_case_countries',
  'innovation_case_goals', 'innovation_case_organisations', 'innovation_case_stages', 'innovation_case_tags',
  'innovation_case_targets', 'innovation_case_types', 'innovation_cases', 'innovation_contacts',
  'innovation_evidence', 'innovation_organisations', 'innovation_replication_stages', 'innovation_replications',
  'innovation_request_answers', 'innovation_request_tags', 'innovation_request_targets', 'innovation_requests',
  'innovation_tcv_measurements', 'labels', 'languages', 'login_throttle', 'notifications', 'observation_history',
  'observations', 'organisations', 'period_locks', 'progress_targets', 'rate_limits', 'reference_areas', 'series',
  'series_indicators', 'sessions', 'settings', 'submission_changes', 'submissions', 'targets', 'ui_translations',
  'user_organisations', 'users', 'validation_rules',
];

async function tableNames(store: Store): Promise<string[]> {
  return (await store.db.introspection.getTables()).map((t) => t.name).sort();
}

async function appliedMigrations(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
  return rows.map((r) => (r as { name: string }).name);
}

for (const dialect of STORE_DIALECTS) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;

  describe(`migrations on ${dialect}`, { skip }, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => ({ store, dispose } = await freshStore(dialect)));
    after(async () => dispose?.());

    it('migrateToLatest creates every table of the schema and records each migration once', async () => {
      assert.deepEqual(await tableNames(store), TABLES);
      assert.deepEqual(await appliedMigrations(store), Object.keys(migrationsFor(dialect)).sort());
    });

    it('a second migrateToLatest applies nothing and leaves tables and migration records unchanged', async () => {
      assert.deepEqual(await migrateToLatest(store), []);
      assert.deepEqual(await tableNames(store), TABLES);
      assert.deepEqual(await appliedMigrations(store), Object.keys(migrationsFor(dialect)).sort());
    });

    it('the observations table declares the columns the store writes', async () => {
      const table = (await store.db.introspection.getTables()).find((t) => t.name === 'observations');
      assert.deepEqual(table?.columns.map((c) => c.name), [
        'id', 'series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'unit',
        'unit_mult', 'value', 'obs_status', 'nature', 'comment', 'attributes', 'source_id', 'valid_from',
      ]);
    });
  });
}
