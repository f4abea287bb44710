import type { Kysely, Migration } from 'kysely';

/**
 * The outline of each reference area: `geometry` is a GeoJSON geometry (Polygon or MultiPolygon) as JSON text,
 * simplified as the country bundle ships it, so every server answers maps from the database alone.
 */
export function areaBoundariesSchema(): Migration {
  return { up, down };
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('area_boundaries')
    .addColumn('area_code', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('geometry', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('area_boundaries_level').on('area_boundaries').column('level').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('area_boundaries').ifExists().execute();
}
