import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { localIdOf, subscribe, syncSubscription } from '../../src/federation/index.ts';
import {
  getInnovationCase, getSubscription, listAudit, listInnovationCases, saveInnovationCase, type FederationSubscription, type Store,
} from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';
import { feedCase, feedServer, page } from './feed-server.ts';

const published = (id: string, updatedAt: string, overrides: Record<string, unknown> = {}) => ({ id, updatedAt, status: 'published', case: feedCase({ title: id, ...overrides }) });

for (const dialect of STORE_DIALECTS) {
  describe(`syncSubscription on ${dialect}`, dialectOptions(dialect), () => {
    let fresh: Awaited<ReturnType<typeof freshStore>>;
    let store: Store;
    let server: Awaited<ReturnType<typeof feedServer>>;
    let sub: FederationSubscription;
    let instance = '';
    const refresh = async () => { sub = (await getSubscription(store.db, sub.id))!; return sub; };

    before(async () => {
      fresh = await freshStore(dialect);
      store = fresh.store;
      await prepareStore(store);
      server = await feedServer();
      instance = server.url('');
      await store.db.transaction().execute(async (trx) => {
        await saveInnovationCase(trx, {
          id: 'births', title: 'Our own births case', summary: null, problem: null, solution: null, countryIso3: 'BGD', countries: [],
          administrativeLevel: null, startDate: null, types: ['service'], tags: [], goals: [], targets: ['16.9'], stage: null, stageHistory: [],
          organisations: [], coverage: { unitsLive: null, unitsEligible: null, asOf: null },
          institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null }, transferability: { prerequisites: null, openSourceLicence: null },
          evidence: [], contacts: [], contentLicence: null, website: null, status: 'published', seedKey: null, origin: null,
        }, '2026-01-01T00:00:00.000Z');
        sub = await subscribe(trx, { feedUrl: server.url('/api/v1/federation/feed'), userId: null, at: '2026-11-29T00:00:00Z' });
      });
    });
    after(async () => { await server?.close(); await fresh?.dispose(); });

    it('adds remote cases beside a local case of the same id, which stays untouched', async () => {
      server.json('/api/v1/federation/feed', page([published('births', '2026-11-01T00:00:00Z'), published('pensions', '2026-11-01T00:00:00Z')]));
      const report = await syncSubscription(store, sub);
      assert.deepEqual([report.status, report.counts], ['ok', { added: 2, updated: 0, withdrawn: 0, unchanged: 0 }]);
      assert.equal((await getInnovationCase(store.db, 'births'))!.title, 'Our own births case');
      assert.equal((await getInnovationCase(store.db, 'births'))!.origin, null);
      const copy = (await getInnovationCase(store.db, localIdOf(instance, 'births')))!;
      assert.deepEqual([copy.title, copy.origin], ['births', { instanceUrl: instance, remoteId: 'births', remoteUpdatedAt: '2026-11-01T00:00:00Z' }]);
      assert.deepEqual(copy.organisations, [{ organisationId: localIdOf(instance, 'a2i'), role: 'lead' }]);
    });

    it('updates only entries with a later updatedAt; an entry as old or older stays unchanged', async () => {
      await refresh();
      server.json('/api/v1/federation/feed', page([
        published('births', '2026-10-01T00:00:00Z', { title: 'older, ignored' }),
        published('pensions', '2026-11-02T00:00:00Z', { title: 'Pensions, renamed' }),
      ]));
      const report = await syncSubscription(store, sub);
      assert.deepEqual(report.counts, { added: 0, updated: 1, withdrawn: 0, unchanged: 1 });
      assert.equal((await getInnovationCase(store.db, localIdOf(instance, 'births')))!.title, 'births');
      assert.equal((await getInnovationCase(store.db, localIdOf(instance, 'pensions')))!.title, 'Pensions, renamed');
    });

    it('a partial feed (since=) withdraws only by tombstone; a full feed also withdraws what it no longer lists', async () => {
      server.json('/api/v1/federation/feed', page([{ id: 'unknown', updatedAt: '2026-11-03T00:00:00Z', status: 'withdrawn' }], { full: false }));
      assert.deepEqual((await syncSubscription(store, await refresh())).counts, { added: 0, updated: 0, withdrawn: 0, unchanged: 0 });
      server.json('/api/v1/federation/feed', page([{ id: 'pensions', updatedAt: '2026-11-03T00:00:00Z', status: 'withdrawn' }]));
      assert.deepEqual((await syncSubscription(store, await refresh())).counts, { added: 0, updated: 0, withdrawn: 2, unchanged: 0 });
      const live = await listInnovationCases(store.db, { limit: 100 });
      assert.deepEqual(live.cases.map((c) => c.id), ['births']);
    });

    it('a target the framework lacks refuses the whole feed, naming entry and field, and writes only the error and its audit event', async () => {
      server.json('/api/v1/federation/feed', page([published('new-one', '2026-11-05T00:00:00Z'), published('odd', '2026-11-05T00:00:00Z', { targets: ['16.99'] })]));
      const before = await listInnovationCases(store.db, { status: 'all', limit: 100 });
      const report = await syncSubscription(store, await refresh());
      assert.equal(report.status, 'error');
      assert.match(report.error!, /entry 1 \(odd\): case\.targets: 16\.99 refused/);
      assert.deepEqual(await listInnovationCases(store.db, { status: 'all', limit: 100 }), before);
      const kept = await refresh();
      assert.deepEqual([kept.lastStatus, kept.lastError], ['error', report.error]);
      const events = await listAudit(store.db, { action: 'federation.sync' });
      assert.deepEqual(events.at(-1)!.newValue, {
        feedUrl: sub.feedUrl, status: 'error', added: 0, updated: 0, withdrawn: 0, unchanged: 0, error: report.error,
      });
      assert.equal(events.length, 5);
    });
  });
}
