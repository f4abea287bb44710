import type { Kysely, Migration } from 'kysely';

/**
 * Translations kept in the database, so every server answers the same words:
 * - `labels.status`: where a title's text comes from, `official` (a translation published with the framework, the
 *   default for every existing row), `unofficial` (written for this product, not endorsed) or `national` (edited by
 *   the national office in the administration);
 * - `ui_translations`: the national office's text for a UI string of a language (`key` as in the site's strings
 *   files, dotted, e.g. `home.title`), laid over the strings the site ships;
 * - `languages`: languages added in the administration, each with its own name and writing direction.
 */
export function translationsSchema(): Migration {
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('labels').addColumn('status', 'text', (c) => c.notNull().defaultTo('official')).execute();
  await db.schema.createTable('ui_translations')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addPrimaryKeyConstraint('ui_translations_pk', ['lang', 'key'])
    .execute();
  await db.schema.createTable('languages')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('dir', 'text', (c) => c.notNull().defaultTo('ltr'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('languages').ifExists().execute();
  await db.schema.dropTable('ui_translations').ifExists().execute();
  await db.schema.alterTable('labels').dropColumn('status').execute();
}
