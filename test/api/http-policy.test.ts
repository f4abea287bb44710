import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { pageLinkHeader, routeGroup } from '../../src/api/http/index.ts';
import { countRequest, pruneRequestCounts, type Store } from '../../src/store/index.ts';
import { apiSuite } from '../support/api-suite.ts';
import { signIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const LIMITS = { reads: 5, expensive: 2, windowMs: 60_000 };

describe('routeGroup and pageLinkHeader', () => {
  it('routeGroup sorts paths into session, bulk and public groups', () => {
    assert.equal(routeGroup('/api/v1/submissions?state=draft'), 'session');
    assert.equal(routeGroup('/api/v1/indicators/3.2.1/grid'), 'session');
    assert.equal(routeGroup('/api/v1/auth/me'), 'session');
    assert.equal(routeGroup('/api/v1/indicators/3.2.1/observations?format=csv'), 'bulk');
    assert.equal(routeGroup('/api/v1/indicators/3.2.1/observations?series=X'), 'public');
    assert.equal(routeGroup('/api/v1/indicators/3.2.1/observations?format=xlsx'), 'bulk');
    assert.equal(routeGroup('/api/v1/data?indicator=3.2.1'), 'bulk');
    assert.equal(routeGroup('/api/v1/search?q=water'), 'bulk');
    assert.equal(routeGroup('/api/v1/goals/3'), 'public');
    assert.equal(routeGroup('/api/v1/federation/subscriptions'), 'session');
    assert.equal(routeGroup('/api/v1/federation/feed'), 'public');
    assert.equal(routeGroup('/api/v1/innovations/export?format=csv'), 'bulk');
    assert.equal(routeGroup('/api/v1/innovations?country=BGD'), 'public');
  });

  it('pageLinkHeader gives first, prev, next and last of a middle page, keeping the other parameters', () => {
    // 5 items, 2 a page, the page from offset 2: prev 0, next 4, last starts at floor((5-1)/2)*2 = 4
    assert.equal(pageLinkHeader('/api/v1/audit?action=x&offset=2', { total: 5, offset: 2, limit: 2 }),
      '</api/v1/audit?action=x&offset=0&limit=2>; rel="first", </api/v1/audit?action=x&offset=0&limit=2>; rel="prev", '
      + '</api/v1/audit?action=x&offset=4&limit=2>; rel="next", </api/v1/audit?action=x&offset=4&limit=2>; rel="last"');
    assert.equal(pageLinkHeader('/api/v1/indicators', { total: 3, offset: 0, limit: 10 }), '');
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`HTTP policy of the API on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => prepareStore(store));

    it('GET /goals answers public Cache-Control and an ETag; the same request with If-None-Match answers 304 with no body', async () => {
      const first = await api.app.inject('/api/v1/goals');
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300');
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
      const again = await api.app.inject({ url: '/api/v1/goals', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      const weak = await api.app.inject({ url: '/api/v1/goals', headers: { 'if-none-match': `"other", W/${etag}` } });
      assert.equal(weak.statusCode, 304);
      const changed = await api.app.inject({ url: '/api/v1/goals?lang=fr', headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
    });

    it('signed-in routes answer private, no-store and no ETag, public reads with a session private, no-cache; errors are not stored', async () => {
      const admin = await signIn(api.store.db, 'admin');
      for (const url of ['/api/v1/auth/me', '/api/v1/users', '/api/v1/submissions', '/api/v1/audit', '/api/v1/notifications', '/api/v1/work/tasks']) {
        const r = await api.app.inject({ url, headers: { cookie: admin.headers.cookie! } });
        assert.equal(r.statusCode, 200, url);
        assert.equal(r.headers['cache-control'], 'private, no-store', url);
        assert.equal(r.headers.etag, undefined, url);
      }
      // a public read asked with a session cookie is checked again every time, still with its ETag
      const goals = await api.app.inject({ url: '/api/v1/goals', headers: { cookie: admin.headers.cookie! } });
      assert.equal(goals.headers['cache-control'], 'private, no-cache');
      const again = await api.app.inject({ url: '/api/v1/goals', headers: { cookie: admin.headers.cookie!, 'if-none-match': String(goals.headers.etag) } });
      assert.equal(again.statusCode, 304);
      const missing = await api.app.inject('/api/v1/indicators/99.9.9');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers['cache-control'], 'private, no-store');
    });

    it('a paged list answers RFC 8288 Link headers to its next and previous pages', async () => {
      const r = await api.app.inject('/api/v1/indicators?limit=100&offset=100');
      assert.equal(r.statusCode, 200);
      const { total } = r.json().page;
      assert.ok(total > 200, `total ${total}`);
      const last = Math.floor((total - 1) / 100) * 100;
      assert.equal(r.headers.link, `</api/v1/indicators?limit=100&offset=0>; rel="first", </api/v1/indicators?limit=100&offset=0>; rel="prev", `
        + `</api/v1/indicators?limit=100&offset=200>; rel="next", </api/v1/indicators?limit=100&offset=${last}>; rel="last"`);
    });

    it('public GETs are readable from any origin without credentials; their preflight is cached a day', async () => {
      const r = await api.app.inject({ url: '/api/v1/goals', headers: { origin: 'https://news.example' } });
      assert.equal(r.headers['access-control-allow-origin'], '*');
      assert.equal(r.headers['access-control-allow-credentials'], undefined);
      assert.match(String(r.headers['access-control-expose-headers']), /ETag, Link/);
      const preflight = await api.app.inject({
        method: 'OPTIONS', url: '/api/v1/goals',
        headers: { origin: 'https://news.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.equal(preflight.headers['access-control-max-age'], '86400');
    });

    it('session routes and state-changing requests answer no CORS header, and their preflight is not granted', async () => {
      const me = await api.app.inject({ url: '/api/v1/auth/me', headers: { origin: 'https://evil.example' } });
      assert.equal(me.headers['access-control-allow-origin'], undefined);
      const preflight = await api.app.inject({
        method: 'OPTIONS', url: '/api/v1/auth/login',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined);
      assert.equal(preflight.headers['access-control-allow-methods'], undefined);
      const post = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin: 'https://evil.example' }, payload: { username: 'x', password: 'y' } });
      assert.equal(post.headers['access-control-allow-origin'], undefined);
      assert.match(String(post.headers['cache-control']), /no-store/);
    });
  });

  describe(`per-client rate limits on ${dialect}, two servers over one database`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => prepareStore(store));
    let servers: FastifyInstance[] = [];
    before(async () => {
      const build = (store: Store) => buildApp({ store, config: { logLevel: 'silent', webRoot: '/nonexistent', trustProxy: true, rateLimits: LIMITS } });
      servers = [await build(api.store), await build(api.store)];
    });
    after(async () => { for (const s of servers) await s.close(); });
    const from = (address: string, url: string, server = 0) => servers[server]!.inject({ url, headers: { 'x-forwarded-for': address } });

    it('the sixth read a minute from one address, across both servers, answers 429 TOO_MANY_REQUESTS with Retry-After', async () => {
      const seen: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await from('203.0.113.1', '/api/v1/site', i % 2);
        seen.push(Number(r.headers['ratelimit-remaining']));
        assert.equal(r.headers['ratelimit-limit'], '5');
      }
      assert.deepEqual(seen, [4, 3, 2, 1, 0]);
      const over = await from('203.0.113.1', '/api/v1/goals', 1);
      assert.equal(over.statusCode, 429);
      const body = over.json();
      assert.equal(body.error.code, 'TOO_MANY_REQUESTS');
      assert.equal(body.error.statusCode, 429);
      const retry = Number(over.headers['retry-after']);
      assert.ok(retry >= 1 && retry <= 60, `retry-after ${retry}`);
      assert.equal(body.error.details.retryAfterSeconds, retry);
      assert.equal(over.headers['ratelimit-remaining'], '0');
      // another address (the forwarded one, as TRUST_PROXY says) has its own count
      assert.equal((await from('203.0.113.2', '/api/v1/site')).statusCode, 200);
    });

    it('whole-indicator CSV downloads count against the stricter limit of 2, apart from reads', async () => {
      const csv = '/api/v1/indicators/3.2.1/observations?format=csv';
      assert.equal((await from('198.51.100.7', csv)).headers['ratelimit-limit'], '2');
      assert.equal((await from('198.51.100.7', csv, 1)).statusCode, 200);
      assert.equal((await from('198.51.100.7', csv)).statusCode, 429);
      const read = await from('198.51.100.7', '/api/v1/site');
      assert.equal(read.statusCode, 200);
      assert.equal(read.headers['ratelimit-remaining'], '4');
    });

    it('IPv6 clients of one /64 network share one count', async () => {
      for (let i = 1; i <= 5; i++) assert.equal((await from(`2001:db8:0:1::${i}`, '/api/v1/site')).statusCode, 200);
      assert.equal((await from('2001:db8:0:1::ffff', '/api/v1/site', 1)).statusCode, 429);
      assert.equal((await from('2001:db8:0:2::1', '/api/v1/site')).statusCode, 200);
    });

    it('countRequest counts in fixed windows and pruneRequestCounts deletes closed ones', async () => {
      const db = api.store.db;
      // window of 1000 ms: 10 500 and 10 900 share the window from 10 000; 11 000 opens the next
      assert.deepEqual(await countRequest(db, 'test:a', 1000, 10_500), { hits: 1, resetMs: 500 });
      assert.deepEqual(await countRequest(db, 'test:a', 1000, 10_900), { hits: 2, resetMs: 100 });
      assert.deepEqual(await countRequest(db, 'test:a', 1000, 11_000), { hits: 1, resetMs: 1000 });
      assert.equal(await pruneRequestCounts(db, 11_000), 1);
    });
  });
}
