import fastifyRateLimit, { normalizeIP, type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitSettings } from '../../config.ts';
import { countRequest, peekRequests, pruneRequestCounts, type Db } from '../../store/index.ts';
import { ApiError } from '../errors.ts';
import { routeGroup } from './route-policy.ts';

/**
 * Per-client request limits of the API (@fastify/rate-limit): each client address (`request.ip`, so behind
 * `TRUST_PROXY` the forwarded one; IPv6 per /64 network) has two buckets per window, `read` for ordinary requests
 * and `expensive` for the bulk group (see route-policy.ts), with `settings.reads` and `settings.expensive` requests. The counts live in
 * the database (table `rate_limits`, fixed windows), so every server on it applies one limit. Every answer carries
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; a request over the limit answers 429
 * TOO_MANY_REQUESTS in the error envelope with `Retry-After` (seconds) and `details.retryAfterSeconds`. Preflights
 * are not counted. Should the database fail, the request is served and the failure logged.
 */
export async function registerRateLimits(app: FastifyInstance, db: Db, settings: RateLimitSettings): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: true,
    enableDraftSpec: true,
    skipOnError: true,
    timeWindow: settings.windowMs,
    store: databaseStore(db),
    // IPv6 clients count per /64 network, as one host usually holds a whole /64.
    keyGenerator: (request: FastifyRequest) => `${bucketOf(request)}:${normalizeIP(request.ip, 64)}`,
    max: async (_request: FastifyRequest, key: string) => (key.startsWith('expensive:') ? settings.expensive : settings.reads),
    allowList: (request: FastifyRequest) => request.method === 'OPTIONS',
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new ApiError('TOO_MANY_REQUESTS', `more than ${context.max} requests a minute from this address; retry after ${seconds} s`,
        { retryAfterSeconds: seconds });
    },
  });
}

/** The bucket a request counts in: `expensive` for the bulk group, else `read`. */
function bucketOf(request: FastifyRequest): 'expensive' | 'read' {
  return routeGroup(request.url) === 'bulk' ? 'expensive' : 'read';
}

/**
 * A @fastify/rate-limit store class over the database: `incr` counts one request in its fixed window with one upsert
 * (src/store/rate-limits.ts) and, at most once a window per process, deletes windows closed more than one window ago.
 */
function databaseStore(db: Db): new () => FastifyRateLimitStore {
  let prunedAt = 0;
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = Date.now();
      if (now - prunedAt >= timeWindow) {
        prunedAt = now;
        pruneRequestCounts(db, now - 2 * timeWindow).catch(() => { prunedAt = 0; });
      }
      countRequest(db, key, timeWindow, now).then((r) => callback(null, { current: r.hits, ttl: r.resetMs }), (e: Error) => callback(e));
    }

    read(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      peekRequests(db, key, timeWindow, Date.now()).then((r) => callback(null, { current: r.hits, ttl: r.resetMs }), (e: Error) => callback(e));
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  }
  return DatabaseRateLimitStore;
}
