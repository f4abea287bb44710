import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Failed log-in attempts kept in `login_throttle`, so that every server process sharing the database sees the same
 * counts: per client address (`ip:<address>`) in fixed windows, and per user name no account holds (`user:<digest>`)
 * as a run of failures that locks the name the way `users.failed_logins` locks an account.
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

/**
 * Counts one failed log-in under a name key (`user:<digest>`) in a single statement (an upsert, safe across
 * processes), as countLoginFailure counts an account's: the run grows by one and `window_start` becomes `now`; the
 * failure that brings it to `maxFailures` locks the name from `now`; a failure while it is locked (its `window_start`
 * after `lockOpenSince`) changes nothing; the first failure after a lock ended starts a new run of 1.
 * @returns the run after this failure: `attempts >= maxFailures` means locked since `windowStart`.
 * @example await countNameFailure(db, 'user:9f86…', '2026-01-01T00:15:00.000Z', 5, '2026-01-01T00:00:00.000Z')
 *   // { attempts: 1, windowStart: '2026-01-01T00:15:00.000Z' }
 */
export async function countNameFailure(trx: Db, key: string, now: string, maxFailures: number, lockOpenSince: string): Promise<ThrottleCount> {
  const locked = sql<boolean>`login_throttle.attempts >= ${maxFailures} and login_throttle.window_start > ${lockOpenSince}`;
  const row = await trx.insertInto('login_throttle').values({ key, window_start: now, attempts: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      attempts: sql<number>`case when ${locked} then login_throttle.attempts when login_throttle.attempts >= ${maxFailures} then 1 else login_throttle.attempts + 1 end`,
      window_start: sql<string>`case when ${locked} then login_throttle.window_start else ${now} end`,
    }))
    .returning(['attempts', 'window_start']).executeTakeFirstOrThrow();
  return { attempts: row.attempts, windowStart: row.window_start };
}

/** What pruneThrottle keeps: address windows opened after `windowOpenSince`, name locks after `lockOpenSince`. */
export interface ThrottlePruning {
  windowOpenSince: string;
  lockOpenSince: string;
  /** The run of failures that locks a name. */
  maxNameFailures: number;
}

/**
 * Deletes the counts that no longer limit anyone: address windows that started at or before `windowOpenSince`, and
 * name runs that locked (`maxNameFailures` or more) at or before `lockOpenSince`. A shorter name run stays, as an
 * account's failure count does until a success, so a name no account holds cannot be told from one by waiting.
 */
export async function pruneThrottle(db: Db, pruning: ThrottlePruning): Promise<void> {
  await db.deleteFrom('login_throttle').where((eb) => eb.or([
    eb.and([eb('key', 'not like', 'user:%'), eb('window_start', '<=', pruning.windowOpenSince)]),
    eb.and([eb('key', 'like', 'user:%'), eb('attempts', '>=', pruning.maxNameFailures), eb('window_start', '<=', pruning.lockOpenSince)]),
  ])).execute();
}
