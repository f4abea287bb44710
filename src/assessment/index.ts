/**
 * Progress assessment of the stored data: {@link progressBookFor} reads the store once and assesses every series key
 * with every method; the views (indicators in a scope, snapshot, off-track list) read the book. A book is kept per
 * `asOf` until the data, targets or settings change (checked on each call by a cheap version query), so every server
 * process answers from current data.
 */
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import { buildProgressBook, type ProgressBook } from './progress-book.ts';
import { readProgressData } from './progress-data.ts';

export * from './applied-target.ts';
export * from './progress-book.ts';
export * from './progress-data.ts';

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

/** Changes whenever observations, targets, rules or settings change. */
async function dataVersion(db: Db): Promise<string> {
  const settings = await db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'progress%').orderBy('key').execute();
  const row = await sql<{ a: unknown; o: unknown; h: unknown; t: unknown; r: unknown }>`select
    (select max(id) from audit_events) as a,
    (select count(*) from observations) as o,
    (select max(id) from observation_history) as h,
    (select max(updated_at) || count(*) from progress_targets) as t,
    (select count(*) from global_target_rules) as r`.execute(db).catch(() => null);
  const r = row?.rows[0];
  const s = settings.map((x) => `${x.key}=${x.value}`).join(';');
  return r ? [r.a, r.o, r.h, r.t, r.r, s].map(String).join('|') : String(Date.now());
}
