/**
 * The one table of the API's HTTP policy per route group: how answers may be cached, who may read them across sites,
 * and which rate-limit bucket a request counts in. Paths are matched without the `/api/v1` prefix and query.
 *
 * | group | paths | Cache-Control (200 GET) | cross-site (CORS) | limit |
 * |---|---|---|---|---|
 * | `session` | `/auth/…`, `/users…`, `/work/…`, `/submissions…`, `/audit`, `/notifications…`, `/observations/{id}/history`, `/uploads…`, `/validation-rules…`, `/indicators/{code}/grid`, `…/template.csv|xlsx`, `…/validation-rules`, `…/submission`, `…/validate`, `/progress-targets/…`, `/admin…`, `/federation/subscriptions…` | `private, no-store` | not readable | reads |
 * | `bulk` | `…/observations?format=` (csv, xlsx, sdmx-…), `/downloads…`, `/data`, `/bulk…`, `/exports…`, `/sdmx…`, `/search…`, `/innovations/export` | `public, max-age=300, stale-while-revalidate=600` + ETag | any origin, GET/HEAD | expensive |
 * | `public` | every other GET: `/site`, `/goals…`, `/indicators…`, `/areas…`, `/progress/…`, `/gaps`, `/interlinkages…`, `/scorecard…`, `/availability`, `/organisations`, `/responsibilities`, `/reporting-status` | `public, max-age=60, stale-while-revalidate=300` + ETag | any origin, GET/HEAD | reads |
 *
 * Any request other than GET/HEAD is `no-store` and not readable across sites, whatever its path. With a session
 * cookie, a public path in the public list answers `private, no-cache` (with its ETag: the browser asks again each
 * time and gets a 304 when nothing changed, so a signed-in user sees their own changes at once), and any other path
 * `private, no-store` (a route added later is never shared from a cache by mistake); errors are never stored.
 */

/** A route group: how its answers are cached, shared across sites and limited. */
export type RouteGroup =
  /** Signed-in work areas and everything about accounts: never cached, never readable from another site. */
  | 'session'
  /** Whole-indicator files, bulk archives, exports and search: cached longer, counted against the stricter limit. */
  | 'bulk'
  /** Published data: cached briefly by any cache, readable from any site. */
  | 'public';

const SESSION_PATHS = [
  /^\/auth(\/|$)/, /^\/users(\/|$)/, /^\/work(\/|$)/, /^\/submissions(\/|$)/, /^\/audit(\/|$)/, /^\/notifications(\/|$)/,
  /^\/observations\/[^/]+\/history$/, /^\/uploads(\/|$)/, /^\/validation-rules(\/|$)/, /^\/progress-targets(\/|$)/,
  /^\/admin(\/|$)/, /^\/indicators\/[^/]+\/(grid|template\.csv|template\.xlsx|validation-rules|submission|validate)$/,
  /^\/federation\/subscriptions(\/|$)/,
];

const BULK_PATHS = [
  /^\/downloads(\/|$)/, /^\/data$/, /^\/bulk(\/|$)/, /^\/exports?(\/|$)/, /^\/sdmx(\/|$)/, /^\/search(\/|$)/, /^\/innovations\/export$/,
];

/** Public paths known to answer the same to everyone, so a session cookie does not make them private. */
const PUBLIC_PATHS = [
  /^\/site$/, /^\/goals(\/|$)/, /^\/indicators(\/|$)/, /^\/areas(\/|$)/, /^\/reporting-status$/, /^\/availability$/,
  /^\/progress\/(?!settings)/, /^\/gaps$/, /^\/interlinkages(\/|$)/, /^\/scorecard(\/|$)/, /^\/organisations(\/|$)/,
  /^\/responsibilities$/,
];

/** The API's prefix, taken off before matching. */
export const API_PREFIX = '/api/v1';

/**
 * The group of a request to the API by its path (with or without `/api/v1`) and query.
 * @example routeGroup('/api/v1/indicators/3.2.1/observations?format=csv') // 'bulk'
 * @example routeGroup('/api/v1/submissions?state=draft') // 'session'
 */
export function routeGroup(url: string): RouteGroup {
  const [rawPath = '', query = ''] = url.split('?', 2);
  const path = rawPath.startsWith(API_PREFIX) ? rawPath.slice(API_PREFIX.length) : rawPath;
  if (SESSION_PATHS.some((p) => p.test(path))) return 'session';
  if (BULK_PATHS.some((p) => p.test(path))) return 'bulk';
  const format = new URLSearchParams(query).get('format');
  if (/^\/indicators\/[^/]+\/observations$/.test(path) && format !== null && format !== 'json') return 'bulk';
  return 'public';
}

/** Whether a public-group path is in the list of those known to answer the same to everyone. */
export function isKnownPublic(url: string): boolean {
  const rawPath = url.split('?', 1)[0] ?? '';
  const path = rawPath.startsWith(API_PREFIX) ? rawPath.slice(API_PREFIX.length) : rawPath;
  return PUBLIC_PATHS.some((p) => p.test(path));
}

/** `Cache-Control` of a 200 answer to GET/HEAD in each group (seconds). */
export const CACHE_CONTROL: Record<RouteGroup, string> = {
  session: 'private, no-store',
  bulk: 'public, max-age=300, stale-while-revalidate=600',
  public: 'public, max-age=60, stale-while-revalidate=300',
};

/** `Cache-Control` of a public read asked with a session cookie: kept by the browser only, checked again every time. */
export const REVALIDATE = 'private, no-cache';

/** `Cache-Control` of anything that must not be stored: state-changing requests, session routes, errors. */
export const NO_STORE = 'private, no-store';
