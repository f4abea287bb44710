/** Search over goals, targets and indicators in every language: the tokeniser, the per-language index and the query. */
export { normaliseText, scriptOf, type SearchScript } from './normalise.ts';
export { tokenise, searchTerm } from './tokenise.ts';
export { readSearchDocuments, SEARCH_ENTITY_TYPES, type SearchDocument, type SearchEntityType } from './search-documents.ts';
export { buildSearchIndex, queryIndex, type IndexMatch, type SearchIndex } from './search-index.ts';
export { searchIndexFor, searchIndexesFor, textVersion } from './search-index-for.ts';
export { makeSnippet, type Snippet } from './snippet.ts';
export { searchCatalogue, type SearchHit, type SearchQuery } from './search-catalogue.ts';
