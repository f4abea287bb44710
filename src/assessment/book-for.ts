/**
 * The progress book kept per process: {@link progressBookFor} reads the store once and assesses every series key
 * with every method. A book is kept per `asOf` until the data, targets or settings change (checked on each call by a
 * cheap version query), so every server process answers from current data.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import { buildProgressBook, type ProgressBook } from './progress-book.ts';
import { readProgressData } from './progress-data.ts';

const cache = new WeakMap<Db, Map<string, { version: string; book: Promise<ProgressBook> }>>();
const MAX_KEPT = 8;

/**
 * The progress book of the data as it is now (or as published at `asOf`, ISO 8601 UTC).
 * @example (await progressBookFor(db)).series.length // every series × unit × area × disaggregation key
 */
export async function progressBookFor(db: Db, options: { asOf?: string } = {}): Promise<ProgressBook> {
  const version = await dataVersion(db);
  const key = options.asOf ?? '';
  let kept = cache.get(db);
  if (!kept) cache.set(db, (kept = new Map()));
  const held = kept.get(key);
  if (held && held.version === version) return held.book;
  const book = readProgressData(db, options).then(buildProgressBook);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, { version, book });
  book.catch(() => kept.delete(key));
  return book;
}

/**
 * Changes whenever observations, targets, rules or settings change: the latest audit event, observation and history
 * counters, and a digest of every target, rule and progress setting (a few hundred short rows, read in a few ms).
 */
async function dataVersion(db: Db): Promise<string> {
  const [counters, targets, rules, settings] = await Promise.all([
    sql<{ a: unknown; o: unknown; h: unknown }>`select
      (select max(id) from audit_events) as a,
      (select count(*) from observations) as o,
      (select max(id) from observation_history) as h`.execute(db),
    db.selectFrom('progress_targets').selectAll().orderBy('id').execute(),
    db.selectFrom('global_target_rules').selectAll().orderBy('indicator_id').orderBy('series_code').execute(),
    db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'progress%').orderBy('key').execute(),
  ]);
  const r = counters.rows[0];
  const digest = createHash('sha256').update(JSON.stringify([targets, rules, settings])).digest('base64url');
  return `${String(r?.a)}|${String(r?.o)}|${String(r?.h)}|${digest}`;
}
