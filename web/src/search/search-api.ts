import type { z } from 'zod';
import type { searchResponse } from '../../../src/api/search/schema.ts';
import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Search results as `GET /search` answers them, the shapes inferred from the route's own schema (a type-only import:
 * nothing of the server or of zod reaches the bundle).
 */

/** One goal, target or indicator found: its title in the page language and the cut of the field that matched. */
export type SearchHit = z.infer<typeof searchResponse>['data'][number];
export type SearchHitType = SearchHit['type'];

/** Results asked for at once: enough for every target and indicator of a goal number. */
const LIMIT = 100;

/**
 * `GET /search?q=&lang=`: goals, targets and indicators matching `q`, in the page language first and then in English.
 * @throws ApiError.
 */
export function searchSite(q: string, options: CallOptions = {}): Promise<SearchHit[]> {
  return apiGet<SearchHit[]>('/search', { q, limit: String(LIMIT) }, options);
}
