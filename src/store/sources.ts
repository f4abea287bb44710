import type { Db } from './database.ts';
import type { Database } from './schema.ts';

/** Where a batch of observations came from, e.g. `{ key: 'opensdg:GBR', kind: 'opensdg', title: 'UK SDG data (ONS)' }`. */
export interface DataSourceInput {
  /** Stable identity: importing the same key again replaces that source's observations. */
  key: string;
  kind: string;
  title: string;
  licence?: string | null;
  url?: string | null;
}

/** Creates the data source or updates its description; returns its id. */
export async function upsertSource(trx: Db, source: DataSourceInput, importedAt: string): Promise<number> {
  const existing = await trx.selectFrom('data_sources').select('id').where('key', '=', source.key).executeTakeFirst();
  const values = {
    kind: source.kind, title: source.title, licence: source.licence ?? null, url: source.url ?? null, imported_at: importedAt,
  };
  if (existing) {
    await trx.updateTable('data_sources').set(values).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const inserted = await trx.insertInto('data_sources').values({ key: source.key, ...values, observation_count: 0 })
    .returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Records how many observations a source holds after an import. */
export async function setSourceCount(trx: Db, sourceId: number, count: number): Promise<void> {
  await trx.updateTable('data_sources').set({ observation_count: count }).where('id', '=', sourceId).execute();
}

/** Every data source, oldest first. */
export async function listSources(db: Db): Promise<Database['data_sources'][]> {
  return (await db.selectFrom('data_sources').selectAll().orderBy('id').execute()) as unknown as Database['data_sources'][];
}
