/**
 * Search over goals, targets and indicators in the reader's language first, then in English: a Bengali reader who
 * types an English word still finds the indicator, below what matched in Bengali. A query that is a code (`3`,
 * `3.2`, `3.2.1`, `৩.২.১`, `1.a.2`) finds that goal, target or indicator first, then what is numbered under it.
 */
import type { Db } from '../store/index.ts';
import { normaliseText } from './normalise.ts';
import type { SearchDocument, SearchEntityType } from './search-documents.ts';
import { searchIndexesFor } from './search-index-for.ts';
import { queryIndex, type IndexMatch, type SearchIndex } from './search-index.ts';
import { makeSnippet, type Snippet } from './snippet.ts';

/** A code typed alone: a goal number, a target or an indicator code, with a trailing dot allowed. */
const CODE_QUERY = /^\d{1,2}(?:\.[0-9a-z]{1,2}){0,2}$/;
const TYPE_ORDER: Record<SearchEntityType, number> = { goal: 0, target: 1, indicator: 2 };

/** What the reader asked. `limit` counts results after the type filter. */
export interface SearchQuery {
  q: string;
  lang: string;
  type?: SearchEntityType;
  limit: number;
}

/** One result: what it is, its title in the reader's language (English where it has none) and what matched. */
export interface SearchHit {
  type: SearchEntityType;
  code: string;
  /** The goal it belongs to (a target's page is its goal's page). */
  goal: string;
  title: string;
  /** The matched field (`title`, `short`, `codes`, `series`, `metadata.<field>`) cut around the match. */
  snippet: Snippet;
  /** BM25 score from the index; a code typed alone scores 100 for itself and 50 for what is under it. */
  score: number;
  /** The language of the text that matched: the reader's, or `en`. */
  matchedLang: string;
}

/**
 * The results of `query`, best first, and how many there were before the limit. Reads (and builds on first use)
 * the indexes of the reader's language and of English.
 * @example (await searchCatalogue(db, { q: 'pauvrete', lang: 'fr', limit: 5 })).hits[0] // { type: 'goal', code: '1', title: 'Éliminer la pauvreté…', matchedLang: 'fr', … }
 */
export async function searchCatalogue(db: Db, query: SearchQuery): Promise<{ hits: SearchHit[]; total: number }> {
  const q = query.q.trim();
  const langs = [...new Set([query.lang, 'en'])];
  const indexes = await searchIndexesFor(db, langs);
  const seen = new Set<string>();
  const found: [SearchIndex, IndexMatch][] = [];
  const add = (search: SearchIndex, match: IndexMatch): void => {
    if (seen.has(match.document.id)) return;
    seen.add(match.document.id);
    found.push([search, match]);
  };
  const code = normaliseText(q).replace(/\.$/, '');
  if (CODE_QUERY.test(code)) {
    for (const search of indexes) for (const match of codeMatches(search, code, query.type)) add(search, match);
  }
  if (q) for (const search of indexes) for (const match of queryIndex(search, q, query.type)) add(search, match);
  // Snippets are cut for the results answered only.
  return { hits: found.slice(0, query.limit).map(([search, match]) => hitOf(indexes, query.lang, search, match)), total: found.length };
}

/** The documents numbered `code` (score 100), then those numbered under it (score 50), in framework order. */
function codeMatches(search: SearchIndex, code: string, type: SearchEntityType | undefined): IndexMatch[] {
  const out: IndexMatch[] = [];
  for (const document of search.documents.values()) {
    if (type && document.type !== type) continue;
    const codes = document.codes.split(' ');
    const exact = codes.includes(code) && (document.type !== 'goal' || document.code === code);
    const under = !exact && codes.some((c) => c.startsWith(`${code}.`));
    if (exact || under) out.push({ document, score: exact ? 100 : 50, fields: [{ field: 'codes', terms: codes.filter((c) => c === code || c.startsWith(`${code}.`)) }] });
  }
  return out.sort((a, b) => b.score - a.score || TYPE_ORDER[a.document.type] - TYPE_ORDER[b.document.type]);
}

function hitOf(indexes: SearchIndex[], lang: string, search: SearchIndex, match: IndexMatch): SearchHit {
  const doc = match.document;
  const titled = [indexes.find((i) => i.lang === lang), ...indexes].map((i) => i?.documents.get(doc.id)).find((d) => d?.title);
  const best = match.fields[0] ?? { field: 'title', terms: [] };
  return {
    type: doc.type,
    code: doc.code,
    goal: doc.goal,
    title: titled?.title ?? doc.code,
    snippet: makeSnippet(best.field.replace(/^meta:/, 'metadata.'), fieldText(doc, best.field), best.terms),
    score: Math.round(match.score * 1000) / 1000,
    matchedLang: search.lang,
  };
}

function fieldText(doc: SearchDocument, field: string): string {
  if (field.startsWith('meta:')) return doc.metadata[field.slice(5)] ?? '';
  if (field === 'codes' || field === 'title' || field === 'short' || field === 'series') return doc[field];
  return '';
}
