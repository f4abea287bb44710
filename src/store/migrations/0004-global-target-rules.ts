import type { Kysely, Migration } from 'kysely';

/**
 * The global 2030 target or desired direction of each indicator, as rule text ("Reduce by 1/2", "0%", "Increase"),
 * applied where the country set no national target. Loaded with the framework; `source` names the publication. A row
 * with a `series_code` overrides the indicator's rule (`series_code` '') for that series; `reason` says why.
 */
export function globalTargetRulesSchema(): Migration {
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('global_target_rules')
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('series_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('global_target_rules_pk', ['indicator_id', 'series_code'])
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('global_target_rules').ifExists().execute();
}
