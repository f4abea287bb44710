import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-hook.ts';
import { CACHE_CONTROL, NO_STORE, REVALIDATE, isKnownPublic, routeGroup } from './route-policy.ts';

/**
 * `onSend` hook of the API: `Cache-Control` by route group (see route-policy.ts; a public read with a session cookie
 * gets `private, no-cache`, so a signed-in user sees their own changes at once), and on public 200 answers to GET or
 * HEAD a strong `ETag` from the SHA-1 of the body, answering `304 Not Modified` with no body when `If-None-Match`
 * names it (or `*`). A public route that set its own `ETag` or `Cache-Control` keeps them; a private one always answers `private, no-store`. Streams get `Cache-Control` only.
 * @example GET /api/v1/goals → 200, `ETag: "k3…"`, `Cache-Control: public, max-age=60, stale-while-revalidate=300`;
 *   the same request with `If-None-Match: "k3…"` → 304, empty body.
 */
export async function cacheHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const method = request.method;
  const status = reply.statusCode;
  if ((method !== 'GET' && method !== 'HEAD') || status !== 200) {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', NO_STORE);
    return payload;
  }
  const group = routeGroup(request.url);
  const signedIn = hasSessionCookie(request);
  if (group === 'session' || (signedIn && !isKnownPublic(request.url))) {
    reply.header('cache-control', NO_STORE);
    return payload;
  }
  // Someone signed in may just have changed what they read: their browser asks again every time (a 304 when unchanged).
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', signedIn ? REVALIDATE : CACHE_CONTROL[group]);
  if (!reply.hasHeader('etag')) {
    const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : null;
    if (body === null) return payload;
    reply.header('etag', bodyTag(body));
  }
  if (matches(request.headers['if-none-match'], String(reply.getHeader('etag')))) {
    reply.code(304);
    reply.removeHeader('content-length');
    return '';
  }
  return payload;
}

/** A strong entity tag from a body: `"` + 27 base64url characters of its SHA-1 + `"`. */
export function bodyTag(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether `If-None-Match` (a list of tags, weak or strong, or `*`) names the tag (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = tag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

/** Whether the request carries a session cookie (signed in, or was). */
export function hasSessionCookie(request: FastifyRequest): boolean {
  return (request.headers.cookie ?? '').split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`));
}
