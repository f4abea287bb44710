/**
 * The search index of each language kept per process: built from the store on first use, kept until the texts it
 * was built from change (checked on each call by a cheap version query, so every server process answers from the
 * current titles, translations and metadata), and rebuilt then.
 */
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import { readSearchDocuments } from './search-documents.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const cache = new WeakMap<Db, Map<string, { version: string; index: Promise<SearchIndex> }>>();
/** Languages kept at once: the eight the tracker is published in, and a few more. */
const MAX_KEPT = 12;

/**
 * The index of `lang` over the texts as they are now.
 * @example (await searchIndexFor(db, 'fr')).index.documentCount // 419
 */
export async function searchIndexFor(db: Db, lang: string): Promise<SearchIndex> {
  const version = await textVersion(db);
  let kept = cache.get(db);
  if (!kept) cache.set(db, (kept = new Map()));
  const held = kept.get(lang);
  if (held && held.version === version) return held.index;
  const index = readSearchDocuments(db, lang).then((docs) => buildSearchIndex(lang, docs));
  kept.delete(lang);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(lang, { version, index });
  index.catch(() => kept.delete(lang));
  return index;
}

/**
 * Changes whenever a text the index reads changes: the active framework, the count and total length of labels,
 * metadata, series and their links, and the latest audit event (admins' edits are audited, so an edit that keeps
 * the length still moves it). One query of a few aggregates (well under a millisecond on SQLite, see
 * bench/search.bench.ts).
 */
export async function textVersion(db: Db): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`select
    (select id from framework_versions where is_active = 1) as f,
    (select max(id) from audit_events) as a,
    (select count(*) from labels) as l,
    (select sum(length(text)) from labels) as lt,
    (select count(*) from indicator_metadata) as m,
    (select sum(length(content)) from indicator_metadata) as mt,
    (select count(*) from series) as s,
    (select sum(length(name)) from series) as st,
    (select count(*) from series_indicators) as si`.execute(db);
  return Object.values(rows[0] ?? {}).map(String).join('|');
}
