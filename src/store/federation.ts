import { createHash } from 'node:crypto';
import type { Db } from './database.ts';

/** How the last sync of a subscription ended: `ok`, `not_modified` (the feed answered 304) or `error`. */
export type SyncStatus = 'ok' | 'not_modified' | 'error';

/** What one sync did to the remote cases of a feed. */
export interface SyncCounts {
  added: number;
  updated: number;
  withdrawn: number;
  unchanged: number;
}

/** A feed of another installation this one reads: `https://sdg.example.rw/api/v1/federation/feed`. */
export interface FederationSubscription {
  id: number;
  feedUrl: string;
  title: string;
  addedBy: number | null;
  addedAt: string;
  lastFetchedAt: string | null;
  lastStatus: SyncStatus | null;
  lastError: string | null;
  lastCounts: SyncCounts | null;
  /** The ETag of the feed's first page at the last successful sync, sent back as `If-None-Match`. */
  etag: string | null;
}

/** One entry of this installation's feed: a local case that is public (`published`) or was (`withdrawn`). */
export interface FeedRow {
  id: string;
  status: 'published' | 'withdrawn';
  updatedAt: string;
}

/** Every subscription, oldest first. */
export async function listSubscriptions(db: Db): Promise<FederationSubscription[]> {
  const rows = await db.selectFrom('federation_subscriptions').selectAll().orderBy('id').execute();
  return rows.map(subscriptionOf);
}

/** One subscription, or null. */
export async function getSubscription(db: Db, id: number): Promise<FederationSubscription | null> {
  const row = await db.selectFrom('federation_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? subscriptionOf(row) : null;
}

/** The subscription to a feed URL, or null. */
export async function findSubscriptionByUrl(db: Db, feedUrl: string): Promise<FederationSubscription | null> {
  const row = await db.selectFrom('federation_subscriptions').selectAll().where('feed_url', '=', feedUrl).executeTakeFirst();
  return row ? subscriptionOf(row) : null;
}

/** Adds a subscription and answers it with its new id. */
export async function insertSubscription(trx: Db, s: { feedUrl: string; title: string; addedBy: number | null; addedAt: string }): Promise<FederationSubscription> {
  const row = await trx.insertInto('federation_subscriptions')
    .values({ feed_url: s.feedUrl, title: s.title, added_by: s.addedBy, added_at: s.addedAt })
    .returning('id').executeTakeFirstOrThrow();
  return (await getSubscription(trx, Number(row.id)))!;
}

/** Deletes a subscription; false when there was none. */
export async function deleteSubscription(trx: Db, id: number): Promise<boolean> {
  const done = await trx.deleteFrom('federation_subscriptions').where('id', '=', id).executeTakeFirst();
  return Number(done.numDeletedRows) > 0;
}

/** Records how a sync ended; the ETag is kept unless a new one is given (`etag: undefined`). */
export async function recordSyncResult(trx: Db, id: number, r: {
  at: string; status: SyncStatus; error: string | null; counts: SyncCounts | null; etag?: string | null;
}): Promise<void> {
  await trx.updateTable('federation_subscriptions').set({
    last_fetched_at: r.at, last_status: r.status, last_error: r.error, last_counts: r.counts ? JSON.stringify(r.counts) : null,
    ...(r.etag === undefined ? {} : { etag: r.etag }),
  }).where('id', '=', id).execute();
}

/**
 * The remote cases read from one instance, by their id there: local id, status and remote update time.
 * @example (await remoteCasesOf(db, 'http://127.0.0.1:4100')).get('bgd-tcv-e-mutation') // { id: 'r-…', status: 'published', … }
 */
export async function remoteCasesOf(db: Db, instanceUrl: string): Promise<Map<string, { id: string; status: string; remoteUpdatedAt: string | null }>> {
  const rows = await db.selectFrom('innovation_cases').select(['id', 'origin_id', 'status', 'origin_updated_at'])
    .where('origin_url', '=', instanceUrl).execute();
  return new Map(rows.map((r) => [r.origin_id ?? '', { id: r.id, status: r.status, remoteUpdatedAt: r.origin_updated_at }]));
}

/** Marks a remote case withdrawn (a local case, without origin, is never touched); true when it changed. */
export async function withdrawRemoteCase(trx: Db, id: string, at: string, remoteUpdatedAt?: string): Promise<boolean> {
  const done = await trx.updateTable('innovation_cases')
    .set({ status: 'withdrawn', updated_at: at, ...(remoteUpdatedAt ? { origin_updated_at: remoteUpdatedAt } : {}) })
    .where('id', '=', id).where('origin_url', 'is not', null).where('status', '<>', 'withdrawn').executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

/**
 * This installation's own cases for its feed (never those read from others, never drafts), ordered by update time then
 * id; `after` continues from a position (`updatedAt` strictly later, or equal with a greater id), `limit` rows at most.
 */
export async function listFeedRows(db: Db, options: { since?: string; afterId?: string; limit: number }): Promise<FeedRow[]> {
  let q = db.selectFrom('innovation_cases').select(['id', 'status', 'updated_at'])
    .where('origin_url', 'is', null).where('status', 'in', ['published', 'withdrawn']);
  const since = options.since;
  if (since !== undefined) {
    const afterId = options.afterId;
    q = afterId === undefined
      ? q.where('updated_at', '>', since)
      : q.where((eb) => eb.or([eb('updated_at', '>', since), eb.and([eb('updated_at', '=', since), eb('id', '>', afterId)])]));
  }
  const rows = await q.orderBy('updated_at').orderBy('id').limit(options.limit).execute();
  return rows.map((r) => ({ id: r.id, status: r.status as FeedRow['status'], updatedAt: r.updated_at }));
}

/** A SHA-1 digest (base64url) of the whole feed's state: every entry's id, status and update time. */
export async function feedStateDigest(db: Db): Promise<string> {
  const rows = await db.selectFrom('innovation_cases').select(['id', 'status', 'updated_at'])
    .where('origin_url', 'is', null).where('status', 'in', ['published', 'withdrawn']).orderBy('id').execute();
  const hash = createHash('sha1');
  for (const r of rows) hash.update(`${r.id}\t${r.status}\t${r.updated_at}\n`);
  return hash.digest('base64url');
}

function subscriptionOf(r: {
  id: number; feed_url: string; title: string; added_by: number | null; added_at: string; last_fetched_at: string | null;
  last_status: string | null; last_error: string | null; last_counts: string | null; etag: string | null;
}): FederationSubscription {
  return {
    id: Number(r.id), feedUrl: r.feed_url, title: r.title, addedBy: r.added_by, addedAt: r.added_at, lastFetchedAt: r.last_fetched_at,
    lastStatus: r.last_status as SyncStatus | null, lastError: r.last_error,
    lastCounts: r.last_counts ? JSON.parse(r.last_counts) as SyncCounts : null, etag: r.etag,
  };
}
