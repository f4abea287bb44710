import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import type { InnovationCase } from '../../src/domain/index.ts';
import { loadInnovationSeed } from '../../src/ingest/innovations/index.ts';
import {
  getInnovationCase, listAudit, listInnovationCases, saveInnovationCase, upsertInnovationOrganisations, type Store, type StoreDialect,
} from '../../src/store/index.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, freshStore } from '../support/stores.ts';

/** A case of the instance itself, published, with one consented and one unconsented contact. */
function localCase(id: string, overrides: Partial<InnovationCase> = {}): InnovationCase {
  return {
    id, title: `Case ${id}`, summary: 'One-stop service centre', problem: 'Many visits', solution: 'One visit', countryIso3: 'RWA', countries: [],
    administrativeLevel: 'district', startDate: '2019-01-01', types: ['service'], tags: ['one-stop'], goals: [], targets: ['16.6'],
    stage: 'pilot', stageHistory: [{ stage: 'pilot', date: '2019-01-01', note: null }], organisations: [{ organisationId: 'rdb', role: 'lead' }],
    coverage: { unitsLive: 3, unitsEligible: 30, asOf: '2020-01-01' }, institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null },
    transferability: { prerequisites: null, openSourceLicence: null },
    evidence: [{ id: `${id}-survey`, kind: 'survey', metric: 'visits', before: '4', after: '1', unit: 'visits', period: '2020', sampleSize: 200,
      strength: 'independent', sourceTitle: 'Survey', sourceUrl: 'https://example.org/s', sourceLicence: 'CC BY 4.0', notes: null }],
    contacts: [
      { name: 'Service desk', roleTitle: 'office', email: 'desk@example.org', consentPublic: true },
      { name: 'Private Person', roleTitle: 'officer', email: 'private.person@example.org', consentPublic: false },
    ],
    contentLicence: 'CC BY 4.0', website: null, status: 'published', seedKey: null, origin: null, ...overrides,
  };
}

/** Every row of the innovation tables, for "nothing changed" comparisons. */
async function innovationRows(store: Store): Promise<string> {
  const out: string[] = [];
  for (const table of (await store.db.introspection.getTables()).filter((t) => t.name.startsWith('innovation_'))) {
    const rows = await store.db.selectFrom(table.name as never).selectAll().execute();
    out.push(`${table.name}:${rows.map((r) => JSON.stringify(r)).sort().join('\n')}`);
  }
  return out.sort().join('\n');
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function call(base: string, method: string, path: string, who?: SignedIn, body?: unknown): Promise<{ status: number; body: any; etag: string | null }> {
  const r = await fetch(`${base}${path}`, {
    method, headers: { ...(who?.headers ?? {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null, etag: r.headers.get('etag') };
}

/** Two installations on loopback: A publishes its cases, B subscribes to A's feed and syncs. */
const PAIRS: [StoreDialect, StoreDialect][] = [['sqlite', 'postgres'], ['postgres', 'sqlite']];

for (const [dialectA, dialectB] of PAIRS) {
  const skip = dialectOptions('postgres').skip;
  describe(`federation between instance A on ${dialectA} and instance B on ${dialectB}`, { skip }, () => {
    let a: Awaited<ReturnType<typeof freshStore>>;
    let b: Awaited<ReturnType<typeof freshStore>>;
    let appA: FastifyInstance;
    let appB: FastifyInstance;
    let baseA = '';
    let baseB = '';
    let bad: Server;
    let baseBad = '';
    let admin: SignedIn;
    let subscriptionId = 0;
    let published = 0;
    const clock = (() => { let t = Date.parse('2026-11-29T12:00:00.000Z'); return () => new Date(t += 60_000).toISOString(); })();

    before(async () => {
      [a, b] = await Promise.all([freshStore(dialectA), freshStore(dialectB)]);
      await Promise.all([prepareStore(a.store), prepareStore(b.store)]);
      await loadInnovationSeed(a.store);
      await a.store.db.transaction().execute(async (trx) => {
        await upsertInnovationOrganisations(trx, [{ id: 'rdb', name: 'Rwanda Development Board', countryIso3: 'RWA', website: null, localOrganisationId: null }]);
        await saveInnovationCase(trx, localCase('rwa-one-stop'), clock());
        await saveInnovationCase(trx, localCase('rwa-draft', { status: 'draft', title: 'Not ready' }), clock());
      });
      await b.store.db.transaction().execute(async (trx) => {
        await upsertInnovationOrganisations(trx, [{ id: 'rdb', name: 'Rwanda Development Board', countryIso3: 'RWA', website: null, localOrganisationId: null }]);
        await saveInnovationCase(trx, localCase('b-own-case', { title: 'B only' }), clock());
      });
      published = (await listInnovationCases(a.store.db, { limit: 1000 })).total;
      const config = { logLevel: 'silent' as const, webRoot: '/nonexistent' };
      appA = await buildApp({ store: a.store, config });
      appB = await buildApp({ store: b.store, config });
      [baseA, baseB] = await Promise.all([listen(appA), listen(appB)]);
      admin = await signIn(b.store.db, 'admin');
      bad = createServer((req, res) => {
        if (req.url === '/html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html><body>Welcome</body></html>'); return; }
        const valid = { id: 'fine', updatedAt: '2026-01-01T00:00:00Z', status: 'published', case: { ...JSON.parse(JSON.stringify(feedCaseOfLocal)) } };
        const invalid = { ...valid, id: 'broken', case: { ...valid.case, targets: ['16.6', 'sixteen'] } };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ format: 'sdg-tracker-innovations-feed', version: 1, generatedAt: '2026-01-01T00:00:00Z', full: true, entries: [valid, invalid], next: null }));
      });
      await new Promise<void>((resolve) => bad.listen(0, '127.0.0.1', resolve));
      baseBad = `http://127.0.0.1:${(bad.address() as AddressInfo).port}`;
    });
    after(async () => {
      await Promise.all([appA?.close(), appB?.close(), new Promise((resolve) => bad ? bad.close(resolve) : resolve(null))]);
      await Promise.all([a?.dispose(), b?.dispose()]);
    });

    /** The case shape a feed carries, taken from A's own feed once it is served. */
    let feedCaseOfLocal: unknown = null;

    it("A's feed lists its published local cases once each, drafts never, unconsented contacts never, paged by next", async () => {
      const ids: string[] = [];
      let url: string | null = `${baseA}/api/v1/federation/feed?limit=7`;
      let pages = 0;
      while (url) {
        const r = await call(url, 'GET', '');
        assert.equal(r.status, 200);
        ids.push(...r.body.entries.map((e: { id: string }) => e.id));
        url = r.body.next;
        pages++;
      }
      // 30 seeded cases + rwa-one-stop = 31 published (the draft is left out): 5 pages of 7 (7+7+7+7+3).
      assert.equal(published, 31);
      assert.equal(ids.length, 31);
      assert.equal(new Set(ids).size, 31);
      assert.equal(pages, 5);
      assert.ok(!ids.includes('rwa-draft'));
      const whole = await call(baseA, 'GET', '/api/v1/federation/feed');
      const mine = whole.body.entries.find((e: { id: string }) => e.id === 'rwa-one-stop');
      assert.deepEqual(mine.case.contacts, [{ name: 'Service desk', roleTitle: 'office', email: 'desk@example.org' }]);
      assert.ok(!JSON.stringify(whole.body).includes('private.person@example.org'));
      feedCaseOfLocal = mine.case;
      const again = await fetch(`${baseA}/api/v1/federation/feed`, { headers: { 'if-none-match': whole.etag! } });
      assert.equal(again.status, 304);
    });

    it('B subscribes to A and a sync copies every published case read-only with origin A, audited with its counts', async () => {
      const sub = await call(baseB, 'POST', '/api/v1/federation/subscriptions', admin, { feedUrl: `${baseA}/api/v1/federation/feed?limit=7` });
      assert.equal(sub.status, 201);
      assert.equal(sub.body.data.instanceUrl, baseA);
      subscriptionId = sub.body.data.id;
      const sync = await call(baseB, 'POST', `/api/v1/federation/subscriptions/${subscriptionId}/sync`, admin);
      assert.equal(sync.status, 200);
      assert.deepEqual([sync.body.data.status, sync.body.data.counts], ['ok', { added: 31, updated: 0, withdrawn: 0, unchanged: 0 }]);
      const all = await listInnovationCases(b.store.db, { limit: 1000 });
      assert.equal(all.total, 32); // 31 copies + B's own case
      assert.equal(all.cases.filter((c) => c.originUrl === baseA).length, 31);
      const copy = all.cases.find((c) => c.title === 'Case rwa-one-stop')!;
      assert.deepEqual([copy.originUrl, copy.originId], [baseA, 'rwa-one-stop']);
      const whole = (await getInnovationCase(b.store.db, copy.id, { contacts: 'all' }))!;
      assert.deepEqual([whole.origin?.instanceUrl, whole.origin?.remoteId], [baseA, 'rwa-one-stop']);
      assert.deepEqual(whole.contacts.map((p) => p.name), ['Service desk']);
      assert.equal(whole.evidence[0]!.strength, 'independent');
      const audit = await listAudit(b.store.db, { actionPrefix: 'federation.' });
      assert.deepEqual(audit.map((e) => e.action), ['federation.subscribe', 'federation.sync']);
      assert.deepEqual(audit[1]!.newValue, { feedUrl: `${baseA}/api/v1/federation/feed?limit=7`, status: 'ok', added: 31, updated: 0, withdrawn: 0, unchanged: 0, error: null });
    });

    it('a second sync of an unchanged feed answers not_modified and writes no case', async () => {
      const before = await innovationRows(b.store);
      const sync = await call(baseB, 'POST', `/api/v1/federation/subscriptions/${subscriptionId}/sync`, admin);
      assert.equal(sync.body.data.status, 'not_modified');
      assert.equal(await innovationRows(b.store), before);
    });

    it("a case changed in A is updated in B, one withdrawn in A and one turned back to draft are withdrawn in B", async () => {
      await a.store.db.transaction().execute(async (trx) => {
        await saveInnovationCase(trx, localCase('rwa-one-stop', { title: 'One-stop centres, national', stage: 'national' }), clock());
        const seeded = (await listInnovationCases(trx, { limit: 3 })).cases.filter((c) => c.id !== 'rwa-one-stop');
        const [w, d] = await Promise.all(seeded.slice(0, 2).map((c) => getInnovationCase(trx, c.id, { contacts: 'all' })));
        await saveInnovationCase(trx, { ...w!, status: 'withdrawn' }, clock());
        await saveInnovationCase(trx, { ...d!, status: 'draft' }, clock());
      });
      const sync = await call(baseB, 'POST', `/api/v1/federation/subscriptions/${subscriptionId}/sync`, admin);
      assert.deepEqual([sync.body.data.status, sync.body.data.counts], ['ok', { added: 0, updated: 1, withdrawn: 2, unchanged: 28 }]);
      const copies = (await listInnovationCases(b.store.db, { status: 'all', limit: 1000 })).cases.filter((c) => c.originUrl === baseA);
      assert.equal(copies.find((c) => c.id.endsWith('-rwa-one-stop'))!.title, 'One-stop centres, national');
      const withdrawn = await listInnovationCases(b.store.db, { status: 'withdrawn', limit: 1000 });
      assert.equal(withdrawn.total, 2);
    });

    it("B's own feed lists only B's own case, never A's copies", async () => {
      const feed = await call(baseB, 'GET', '/api/v1/federation/feed');
      assert.deepEqual(feed.body.entries.map((e: { id: string }) => e.id), ['b-own-case']);
    });

    it('an HTML answer and a feed with one invalid entry leave B unchanged and keep the error, naming entry and field', async () => {
      const before = await innovationRows(b.store);
      for (const [path, expected] of [['/html', /answered text\/html, not JSON/], ['/feed', /entry 1 \(broken\): case\.targets\.1/]] as const) {
        const sub = await call(baseB, 'POST', '/api/v1/federation/subscriptions', admin, { feedUrl: `${baseBad}${path}` });
        const sync = await call(baseB, 'POST', `/api/v1/federation/subscriptions/${sub.body.data.id}/sync`, admin);
        assert.equal(sync.body.data.status, 'error');
        assert.match(sync.body.data.error, expected);
        const list = await call(baseB, 'GET', '/api/v1/federation/subscriptions', admin);
        const kept = list.body.data.find((s: { id: number }) => s.id === sub.body.data.id);
        assert.equal(kept.lastStatus, 'error');
        assert.match(kept.lastError, expected);
      }
      assert.equal(await innovationRows(b.store), before);
    });

    it('a subscription to a URL that is not http(s) is refused; only admins list subscriptions', async () => {
      const r = await call(baseB, 'POST', '/api/v1/federation/subscriptions', admin, { feedUrl: 'file:///etc/passwd' });
      assert.equal(r.status, 400);
      assert.match(r.body.error.message, /scheme file is not http or https/);
      assert.equal((await call(baseB, 'GET', '/api/v1/federation/subscriptions')).status, 401);
      const viewer = await signIn(b.store.db, 'viewer');
      assert.equal((await call(baseB, 'GET', '/api/v1/federation/subscriptions', viewer)).status, 403);
    });

    it('ending the subscription withdraws the copies and is audited', async () => {
      const r = await call(baseB, 'DELETE', `/api/v1/federation/subscriptions/${subscriptionId}`, admin);
      assert.equal(r.status, 200);
      const live = (await listInnovationCases(b.store.db, { limit: 1000 })).cases;
      assert.deepEqual(live.map((c) => c.id), ['b-own-case']);
      const events = await listAudit(b.store.db, { action: 'federation.unsubscribe' });
      assert.deepEqual(events.map((e) => e.newValue), [{ withdrawn: 29 }]);
    });
  });
}
