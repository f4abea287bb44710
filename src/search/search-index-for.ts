/**
 * The search index of each language kept per process: built from the store on first use, kept until the texts it
 * was built from change (checked on each search by a cheap version query, so every server process answers from the
 * current titles, translations and metadata), and rebuilt then.
 */
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import { readSearchDocuments } from './search-documents.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

const cache = new WeakMap<Db, Map<string, { version: string; index: Promise<SearchIndex> }>>();
const digests = new WeakMap<Db, { at: number; digest: Promise<string> }>();
/** Languages kept at once: the eight the tracker is published in, and a few more. */
const MAX_KEPT = 12;
/** How long the digest of every text is trusted before it is read again (ms). */
const DIGEST_TTL_MS = 5_000;

/**
 * The index of each of `langs` over the texts as they are now, with one version query for all of them.
 * @example const [fr, en] = await searchIndexesFor(db, ['fr', 'en']) // fr.index.documentCount: 419
 */
export async function searchIndexesFor(db: Db, langs: string[]): Promise<SearchIndex[]> {
  const version = await textVersion(db);
  let kept = cache.get(db);
  if (!kept) cache.set(db, (kept = new Map()));
  return Promise.all(langs.map((lang) => {
    const held = kept.get(lang);
    if (held && held.version === version) return held.index;
    const index = readSearchDocuments(db, lang).then((docs) => buildSearchIndex(lang, docs));
    kept.delete(lang);
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(lang, { version, index });
    index.catch(() => kept.delete(lang));
    return index;
  }));
}

/** {@link searchIndexesFor} of one language. */
export async function searchIndexFor(db: Db, lang: string): Promise<SearchIndex> {
  return (await searchIndexesFor(db, [lang]))[0]!;
}

/**
 * Changes whenever a text the index reads changes. On every call (a few microseconds on SQLite): the active
 * framework, the latest audit event (admins' edits of titles are audited) and the row counts of labels, metadata,
 * series and their links. At most every {@link DIGEST_TTL_MS} ms also the total length of every label, metadata
 * document and series name (a few milliseconds), for texts changed in place without an audit event (an import
 * run elsewhere); see bench/search.bench.ts.
 */
export async function textVersion(db: Db): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`select
    (select id from framework_versions where is_active = 1) as f,
    (select max(id) from audit_events) as a,
    (select count(*) from labels) as l,
    (select count(*) from indicator_metadata) as m,
    (select count(*) from series) as s,
    (select count(*) from series_indicators) as si`.execute(db);
  return `${Object.values(rows[0] ?? {}).map(String).join('|')}|${await contentDigest(db)}`;
}

async function contentDigest(db: Db): Promise<string> {
  const held = digests.get(db);
  if (held && performance.now() - held.at < DIGEST_TTL_MS) return held.digest;
  const digest = sql<Record<string, unknown>>`select
    (select sum(length(text)) from labels) as lt,
    (select sum(length(content)) from indicator_metadata) as mt,
    (select sum(length(name)) from series) as st`.execute(db).then(({ rows }) => Object.values(rows[0] ?? {}).map(String).join('|'));
  digests.set(db, { at: performance.now(), digest });
  digest.catch(() => digests.delete(db));
  return digest;
}
