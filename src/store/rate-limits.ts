import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Request counts per client key in fixed windows (table `rate_limits`), shared by every server process on the
 * database, for the API's per-client limits (src/api/http/rate-limit.ts).
 */

/**
 * Counts one request under `key` in the fixed window that holds `nowMs` (windows of `windowMs` milliseconds starting
 * at multiples of it), in one statement (an upsert, safe across processes).
 * @returns the requests counted in that window, this one included, and the milliseconds until it closes.
 * @example await countRequest(db, 'read:203.0.113.7', 60_000, Date.parse('2026-01-01T00:00:30Z'))
 *   // { hits: 1, resetMs: 30000 } on the window's first request
 */
export async function countRequest(db: Db, key: string, windowMs: number, nowMs: number): Promise<{ hits: number; resetMs: number }> {
  const windowStart = nowMs - (nowMs % windowMs);
  const row = await db.insertInto('rate_limits').values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_limits.hits + 1` }))
    .returning('hits').executeTakeFirstOrThrow();
  return { hits: Number(row.hits), resetMs: windowStart + windowMs - nowMs };
}

/**
 * The requests counted under `key` in the window that holds `nowMs`, without counting one (0 when none).
 */
export async function peekRequests(db: Db, key: string, windowMs: number, nowMs: number): Promise<{ hits: number; resetMs: number }> {
  const windowStart = nowMs - (nowMs % windowMs);
  const row = await db.selectFrom('rate_limits').select('hits').where('key', '=', key).where('window_start', '=', windowStart)
    .executeTakeFirst();
  return { hits: row ? Number(row.hits) : 0, resetMs: windowStart + windowMs - nowMs };
}

/** Deletes the windows that started before `beforeMs` (closed ones no longer limit anyone). @returns rows deleted. */
export async function pruneRequestCounts(db: Db, beforeMs: number): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('window_start', '<', beforeMs).executeTakeFirst();
  return Number(result.numDeletedRows);
}
