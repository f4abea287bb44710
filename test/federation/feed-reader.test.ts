import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkFeedUrl, FeedError, instanceUrlOf, readFeed } from '../../src/federation/index.ts';
import { feedCase, feedServer, page } from './feed-server.ts';

const entry = (id: string, overrides: Record<string, unknown> = {}) => ({ id, updatedAt: '2026-11-01T00:00:00Z', status: 'published', case: feedCase(overrides) });

describe('readFeed over loopback with the global fetch', () => {
  let server: Awaited<ReturnType<typeof feedServer>>;
  before(async () => { server = await feedServer(); });
  after(async () => { await server.close(); });

  it('reads every page by next and answers the entries in order, full from the first page, with its ETag', async () => {
    server.json('/p1', page([entry('a'), entry('b')], { next: server.url('/p2?since=x') }), { etag: '"v1"' });
    server.json('/p2', page([{ id: 'c', updatedAt: '2026-11-02T00:00:00Z', status: 'withdrawn' }], { full: false }));
    const feed = await readFeed(server.url('/p1'));
    assert.equal(feed.status, 'ok');
    if (feed.status !== 'ok') return;
    assert.deepEqual([feed.entries.map((e) => `${e.id}:${e.status}`), feed.full, feed.etag, feed.pages], [['a:published', 'b:published', 'c:withdrawn'], true, '"v1"', 2]);
  });

  it('sends the ETag as If-None-Match and answers not_modified on 304', async () => {
    server.on('/etag', (req, res) => { res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 200, { 'content-type': 'application/json' }); res.end(); });
    assert.deepEqual(await readFeed(server.url('/etag'), { etag: '"v1"' }), { status: 'not_modified' });
  });

  it('refuses an HTML answer, a 500, bad JSON, a body over the size limit (declared or streamed) and a slow server', async () => {
    server.on('/html', (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end('<html></html>'); });
    server.on('/fail', (_req, res) => { res.writeHead(500, { 'content-type': 'application/json' }); res.end('{}'); });
    server.on('/bad-json', (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"format": '); });
    const big = JSON.stringify(page([entry('a'), entry('b'), entry('c')]));
    server.on('/big', (_req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) }); res.end(big); });
    server.on('/streamed', (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('['); res.write(' '.repeat(3000)); res.end(']'); });
    server.on('/slow', (_req, res) => { setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(page([]))); }, 500); });
    await assert.rejects(readFeed(server.url('/html')), /answered text\/html, not JSON/);
    await assert.rejects(readFeed(server.url('/fail')), /answered HTTP 500/);
    await assert.rejects(readFeed(server.url('/bad-json')), /is not valid JSON/);
    await assert.rejects(readFeed(server.url('/big'), { limits: { maxBytes: 1000 } }), /bytes, more than the limit of 1000/);
    await assert.rejects(readFeed(server.url('/streamed'), { limits: { maxBytes: 1000 } }), /more than the limit of 1000 bytes/);
    await assert.rejects(readFeed(server.url('/slow'), { limits: { timeoutMs: 100 } }), /no answer within 100 ms/);
  });

  it('names the entry (position and id) and the field of the first invalid entry', async () => {
    server.json('/invalid', page([entry('ok'), entry('bad', { types: ['service', 'magic'] })]));
    server.json('/tombstone', page([{ id: 'gone', status: 'withdrawn', updatedAt: 'yesterday' }]));
    server.json('/twice', page([entry('same'), entry('same')]));
    await assert.rejects(readFeed(server.url('/invalid')), (e: FeedError) => /entry 1 \(bad\): case\.types\.1: /.test(e.message));
    await assert.rejects(readFeed(server.url('/tombstone')), /entry 0 \(gone\): updatedAt: not an ISO 8601 date/);
    await assert.rejects(readFeed(server.url('/twice')), /entry 1 \(same\): id: appears twice/);
  });

  it('refuses a page that is not a feed and a next link to another origin', async () => {
    server.json('/not-feed', { items: [] });
    server.json('/elsewhere', page([], { next: 'http://192.0.2.1/feed' }));
    await assert.rejects(readFeed(server.url('/not-feed')), /not a feed page: format/);
    await assert.rejects(readFeed(server.url('/elsewhere')), /next: http:\/\/192\.0\.2\.1 is not the feed's origin/);
  });
});

describe('feed URLs', () => {
  it('checkFeedUrl takes http and https only, without credentials', () => {
    assert.equal(checkFeedUrl('https://sdg.example.rw/api/v1/federation/feed').hostname, 'sdg.example.rw');
    assert.throws(() => checkFeedUrl('file:///etc/passwd'), /scheme file is not http or https/);
    assert.throws(() => checkFeedUrl('ftp://example.org/feed'), /scheme ftp is not http or https/);
    assert.throws(() => checkFeedUrl('https://user:secret@example.org/feed'), /user name or password/);
    assert.throws(() => checkFeedUrl('not a url'), /not a URL/);
  });

  it('instanceUrlOf drops the feed path and the query', () => {
    assert.equal(instanceUrlOf('https://sdg.example.rw/api/v1/federation/feed?limit=7'), 'https://sdg.example.rw');
    assert.equal(instanceUrlOf('https://example.org/tracker/api/v1/federation/feed'), 'https://example.org/tracker');
    assert.equal(instanceUrlOf('https://example.org/other/feed.json'), 'https://example.org/other/feed.json');
  });
});
