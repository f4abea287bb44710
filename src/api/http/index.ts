import type { FastifyInstance } from 'fastify';
import type { RateLimitSettings } from '../../config.ts';
import { cacheHeaders } from './cache-headers.ts';
import { registerCorsPolicy } from './cors-policy.ts';
import { pageLinks } from './page-links.ts';
import { registerRateLimits } from './rate-limit.ts';

export { framePolicy } from './frame-policy.ts';
export { routeGroup, CACHE_CONTROL, type RouteGroup } from './route-policy.ts';
export { bodyTag } from './cache-headers.ts';
export { pageLinkHeader } from './page-links.ts';

/** What the API's HTTP policy needs: the per-client limits, or none (no limit, as in most tests). */
export interface HttpPolicyOptions {
  rateLimits?: RateLimitSettings | null | undefined;
}

/**
 * The API's HTTP policy, registered in the `/api/v1` scope before its routes (it applies to the routes registered
 * after it): cross-site reading by route group (cors-policy.ts), per-client rate limits over the database
 * (rate-limit.ts), `Link` headers on paged lists (page-links.ts) and `Cache-Control` / `ETag` / 304 (cache-headers.ts).
 * The groups are one table, route-policy.ts.
 */
export async function apiHttpPolicy(api: FastifyInstance, options: HttpPolicyOptions): Promise<void> {
  await registerCorsPolicy(api);
  if (options.rateLimits) await registerRateLimits(api, api.store.db, options.rateLimits);
  api.addHook('preSerialization', pageLinks);
  api.addHook('onSend', cacheHeaders);
}
// Not encapsulated: its hooks and the rate limit's route hook apply to the sibling route plugins of the API scope.
(apiHttpPolicy as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
