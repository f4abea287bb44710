import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * The version of the published data: the number of current observations, the highest observation id and the highest
 * history id, as `<count>.<max id>.<max history id>`. Publishing (an approval, an import) adds rows or moves replaced
 * and deleted versions to `observation_history`, so every change to published data gives a new version; drafts,
 * sign-ins and settings do not (the same counters the progress book's version reads, without its audit and target parts).
 * @example await publishedDataVersion(db) // '14520.14520.0'
 */
export async function publishedDataVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ n: unknown; o: unknown; h: unknown }>`select
    (select count(*) from observations) as n,
    (select max(id) from observations) as o,
    (select max(id) from observation_history) as h`.execute(db);
  const r = rows[0];
  return `${Number(r?.n ?? 0)}.${Number(r?.o ?? 0)}.${Number(r?.h ?? 0)}`;
}

/** A stored bulk download without its bytes. */
export interface BulkDownloadInfo {
  version: string;
  name: string;
  bytes: number;
  files: { name: string; bytes: number }[];
  builtAt: string;
  buildMs: number;
}

/** The stored bulk download of a data version, with its bytes, or undefined. */
export async function getBulkDownload(db: Db, version: string): Promise<(BulkDownloadInfo & { content: Buffer }) | undefined> {
  const r = await db.selectFrom('bulk_downloads').selectAll().where('version', '=', version).executeTakeFirst();
  if (!r) return undefined;
  return { ...infoOf(r), content: Buffer.from(r.content) };
}

/** The stored bulk download of a data version, without its bytes, or undefined. */
export async function getBulkDownloadInfo(db: Db, version: string): Promise<BulkDownloadInfo | undefined> {
  const r = await db.selectFrom('bulk_downloads').select(['version', 'name', 'bytes', 'files', 'built_at', 'build_ms'])
    .where('version', '=', version).executeTakeFirst();
  return r ? infoOf(r) : undefined;
}

/**
 * Stores the bulk download of a version and removes those of other versions built before it, in one transaction. When
 * another server stored the same version first, its row is kept (both were built from the same data); a slow build of
 * an older version never removes a newer one stored meanwhile.
 */
export async function saveBulkDownload(db: Db, download: BulkDownloadInfo & { content: Buffer }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('bulk_downloads').values({
      version: download.version, name: download.name, content: download.content, bytes: download.bytes,
      files: JSON.stringify(download.files), built_at: download.builtAt, build_ms: download.buildMs,
    }).onConflict((oc) => oc.column('version').doNothing()).execute();
    await trx.deleteFrom('bulk_downloads').where('version', '<>', download.version).where('built_at', '<', download.builtAt).execute();
  });
}

/** Ids of the indicators that have published observations, sorted. */
export async function indicatorsWithData(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('series_indicators as si').select('si.indicator_id').distinct()
    .where((eb) => eb.exists(eb.selectFrom('observations as o').select('o.id').whereRef('o.series_code', '=', 'si.series_code')))
    .orderBy('si.indicator_id').execute();
  return rows.map((r) => r.indicator_id);
}

function infoOf(r: { version: string; name: string; bytes: number; files: string; built_at: string; build_ms: number }): BulkDownloadInfo {
  return {
    version: r.version, name: r.name, bytes: Number(r.bytes), files: JSON.parse(r.files) as BulkDownloadInfo['files'],
    builtAt: r.built_at, buildMs: Number(r.build_ms),
  };
}
