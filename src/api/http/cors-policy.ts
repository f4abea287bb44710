import fastifyCors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routeGroup } from './route-policy.ts';

/** How long a browser may keep a preflight's answer (seconds): one day. */
export const PREFLIGHT_MAX_AGE = 86_400;

/** Headers a page on another site may read from a public answer. */
const EXPOSED = ['ETag', 'Link', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Content-Disposition'];

/**
 * Cross-site reading of the API (@fastify/cors, per request): public reads (GET and HEAD outside the session group,
 * see route-policy.ts) answer `Access-Control-Allow-Origin: *` without credentials, exposing ETag, Link and the
 * rate-limit headers; their preflights are kept `PREFLIGHT_MAX_AGE` seconds (`Access-Control-Max-Age`). Anything
 * else (state-changing methods, sign-in and the work areas) gets no CORS header, so another site cannot read the
 * answer nor pass a preflight, and the session cookie (SameSite=Strict) is never sent with a cross-site request.
 */
export async function registerCorsPolicy(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCors, {
    delegator: (request: FastifyRequest, callback: (error: Error | null, options: object) => void) => {
      callback(null, isOpenRead(request)
        ? { origin: '*', methods: ['GET', 'HEAD'], credentials: false, maxAge: PREFLIGHT_MAX_AGE, exposedHeaders: EXPOSED }
        : { origin: false });
    },
  });
}

/** A GET or HEAD (or a preflight asking for one) outside the session group. */
function isOpenRead(request: FastifyRequest): boolean {
  const asked = request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? '').toUpperCase() : request.method;
  return (asked === 'GET' || asked === 'HEAD') && routeGroup(request.url) !== 'session';
}
