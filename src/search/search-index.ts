/**
 * One language's search index: MiniSearch 7 (BM25 ranking over a radix tree) over the goals, targets and indicators
 * that have a text in that language, with the tokeniser of tokenise.ts for both documents and queries. Each metadata
 * field is a field of its own (`meta:source_organisation_1`) so a match names the field it was found in.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { scriptOf } from './normalise.ts';
import type { SearchDocument, SearchEntityType } from './search-documents.ts';
import { tokenise } from './tokenise.ts';

/** Weight of a match in each kind of field: titles and codes before series names, series names before metadata. */
const BOOST: Record<string, number> = { codes: 4, title: 3, short: 3, series: 1.5 };
const META = 'meta:';

/** A built index with the texts its snippets are cut from. */
export interface SearchIndex {
  lang: string;
  index: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /** Milliseconds it took to build, and the number of distinct words it holds. */
  buildMs: number;
  termCount: number;
}

/** One match in one language's index: the document, its score and the fields in order of weight with their words. */
export interface IndexMatch {
  document: SearchDocument;
  score: number;
  /** Matched fields, the one with most matched words first, then the heaviest (`codes`, `title`, `short`, `series`, `meta:<field>`). */
  fields: { field: string; terms: string[] }[];
}

/**
 * Builds the index of one language's documents.
 * @example buildSearchIndex('fr', docs).index.documentCount // 419 with every goal, target and indicator titled in French
 */
export function buildSearchIndex(lang: string, docs: SearchDocument[]): SearchIndex {
  const started = performance.now();
  const metaFields = [...new Set(docs.flatMap((d) => Object.keys(d.metadata)))].sort().map((k) => META + k);
  const index = new MiniSearch<SearchDocument>({
    fields: ['codes', 'title', 'short', 'series', ...metaFields],
    storeFields: [],
    extractField: (doc, field) => (field.startsWith(META) ? doc.metadata[field.slice(META.length)] : doc[field as keyof SearchDocument]),
    tokenize: tokenise,
    processTerm: (term) => term,
  });
  index.addAll(docs);
  return {
    lang, index, documents: new Map(docs.map((d) => [d.id, d])), buildMs: performance.now() - started, termCount: index.termCount,
  };
}

/**
 * The documents of `search` matching `query`: every word must match (a title, a code, a series name or a metadata
 * field), or, when no document has them all, any word. Words match whole, by prefix (any script, from two letters:
 * Bengali, Russian and Arabic words take endings, so `দারিদ্র্য` must find `দারিদ্র্যের`; a code `3.2` finds `3.2.1`),
 * and Latin words of four letters or more also within one edit in five letters (fuzzy matching only for Latin: one
 * edit in an abugida or in Arabic changes the word, not its spelling).
 * @example queryIndex(fr, 'pauvrete')[0].document.id // 'goal:1'
 */
export function queryIndex(search: SearchIndex, query: string, type?: SearchEntityType): IndexMatch[] {
  const options = {
    boost: BOOST,
    prefix: (term: string) => [...term].length >= 2 || scriptOf(term) === 'han',
    fuzzy: (term: string) => (scriptOf(term) === 'latin' && term.length >= 4 ? 0.2 : false),
    maxFuzzy: 2,
    weights: { prefix: 0.5, fuzzy: 0.3 },
    tokenize: tokenise,
    processTerm: (term: string) => term,
    filter: type ? (r: SearchResult) => search.documents.get(r.id as string)?.type === type : undefined,
  };
  let results = search.index.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0 && tokenise(query).length > 1) results = search.index.search(query, { ...options, combineWith: 'OR' });
  return results.map((r) => ({ document: search.documents.get(r.id as string)!, score: r.score, fields: matchedFields(r) }));
}

function matchedFields(result: SearchResult): { field: string; terms: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const [term, fields] of Object.entries(result.match)) {
    for (const field of fields) byField.set(field, [...(byField.get(field) ?? []), term]);
  }
  const weight = (field: string): number => BOOST[field] ?? 1;
  return [...byField].map(([field, terms]) => ({ field, terms }))
    .sort((a, b) => b.terms.length - a.terms.length || weight(b.field) - weight(a.field));
}
