import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Failed log-in attempts per key (`ip:<address>`) in fixed windows, kept in `login_throttle` so that every server
 * process sharing the database sees the same counts.
 */

/** The failures counted under a key in its current window. */
export interface ThrottleCount {
  attempts: number;
  /** ISO timestamp of the window's first failure. */
  windowStart: string;
}

/**
 * The failures under a key whose window started after `windowOpenSince` (ISO), or undefined when there are none
 * (no row, or its window has closed).
 */
export async function throttleCount(db: Db, key: string, windowOpenSince: string): Promise<ThrottleCount | undefined> {
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key)
    .where('window_start', '>', windowOpenSince).executeTakeFirst();
  return row ? { attempts: row.attempts, windowStart: row.window_start } : undefined;
}

/**
 * Counts one failure under a key in a single statement (an upsert, safe across processes): a key whose window started
 * at or before `windowOpenSince` starts a new window at `now` with 1 attempt.
 * @returns the count after this failure.
 * @example await countThrottleFailure(db, 'ip:10.0.0.5', '2026-01-01T00:15:00.000Z', '2026-01-01T00:00:00.000Z')
 *   // { attempts: 1, windowStart: '2026-01-01T00:15:00.000Z' }
 */
export async function countThrottleFailure(trx: Db, key: string, now: string, windowOpenSince: string): Promise<ThrottleCount> {
  const expired = sql<boolean>`login_throttle.window_start <= ${windowOpenSince}`;
  const row = await trx.insertInto('login_throttle').values({ key, window_start: now, attempts: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      attempts: sql<number>`case when ${expired} then 1 else login_throttle.attempts + 1 end`,
      window_start: sql<string>`case when ${expired} then ${now} else login_throttle.window_start end`,
    }))
    .returning(['attempts', 'window_start']).executeTakeFirstOrThrow();
  return { attempts: row.attempts, windowStart: row.window_start };
}

/** Deletes the counts whose window started at or before `windowOpenSince` (they no longer limit anyone). */
export async function pruneThrottle(db: Db, windowOpenSince: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('window_start', '<=', windowOpenSince).execute();
}
