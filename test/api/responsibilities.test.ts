import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initBundledCountry } from '../../src/cli/init.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { importOrganisations } from '../../src/ingest/organisations-csv/index.ts';
import { listAudit, listResponsibilities, responsibilityStatus } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const ORGS = [
  'id,parent_id,name,kind,name_bn',
  'BBS,,Bangladesh Bureau of Statistics,statistics_office,বাংলাদেশ পরিসংখ্যান ব্যুরো',
  'MODMR,,Ministry of Disaster Management and Relief,ministry,দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়',
  'DDM,MODMR,Department of Disaster Management,agency,',
  'HSD,,Health Services Division,division,স্বাস্থ্য সেবা বিভাগ',
].join('\n');

for (const dialect of STORE_DIALECTS) {
  describe(`responsibility routes on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    let reviewer: SignedIn;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await store.db.transaction().execute((trx) => importOrganisations(trx, ORGS, { file: 'organisations.csv', userId: null, at: '2026-11-29T10:00:00.000Z' }));
    });
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      reviewer = await signIn(api.store.db, 'reviewer');
    });

    const get = (url: string) => answer(api.app, `/api/v1${url}`);
    const send = (method: 'PUT' | 'POST', url: string, who: SignedIn | null, payload: unknown, type = 'application/json') => answer(api.app, {
      method, url: `/api/v1${url}`, headers: { ...(who?.headers ?? { 'x-csrf-token': 'anonymous' }), 'content-type': type },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

    it('GET /responsibilities answers status none and no items before any mapping', async () => {
      assert.deepEqual((await get('/responsibilities')).body, { data: { status: 'none', items: [] }, page: { total: 0, offset: 0, limit: 5000 } });
    });

    it('PUT /indicators/{code}/responsibilities needs an admin: anonymous 401, reviewer 403', async () => {
      const items = { items: [{ organisation: 'MODMR', role: 'lead' }] };
      assert.equal((await send('PUT', '/indicators/1.5.1/responsibilities', null, items)).status, 401);
      const refused = await send('PUT', '/indicators/1.5.1/responsibilities', reviewer, items);
      assert.deepEqual([refused.status, refused.body.error.code], [403, 'FORBIDDEN']);
      assert.deepEqual(await listResponsibilities(api.store.db), []);
    });

    it('PUT /indicators/11.5.1/responsibilities sets them for 1.5.1, makes the mapping official and records the change', async () => {
      const { status, body } = await send('PUT', '/indicators/11.5.1/responsibilities', admin,
        { items: [{ organisation: 'MODMR', role: 'lead' }, { organisation: 'DDM', role: 'co-lead' }, { organisation: 'BBS', role: 'associate' }] });
      assert.equal(status, 200);
      assert.deepEqual(body.data, { status: 'official', items: [
        { indicator: '1.5.1', organisation: 'MODMR', organisationName: 'Ministry of Disaster Management and Relief', role: 'lead' },
        { indicator: '1.5.1', organisation: 'DDM', organisationName: 'Department of Disaster Management', role: 'co_lead' },
        { indicator: '1.5.1', organisation: 'BBS', organisationName: 'Bangladesh Bureau of Statistics', role: 'associate' },
      ] });
      const [event] = await listAudit(api.store.db, { action: 'responsibility.update', entityId: '1.5.1' });
      assert.deepEqual([event?.userId, event?.oldValue, (event?.newValue as unknown[]).length], [admin.userId, [], 3]);
    });

    it('PUT refuses a second lead and an unknown organisation with 422 details, and an unknown indicator with 404', async () => {
      const { status, body } = await send('PUT', '/indicators/1.5.1/responsibilities', admin,
        { items: [{ organisation: 'MODMR', role: 'lead' }, { organisation: 'DDM', role: 'lead' }, { organisation: 'MOHA', role: 'associate' }] });
      assert.deepEqual([status, body.error.code, body.error.details], [422, 'VALIDATION_FAILED', [
        { field: 'items.1.role', reason: 'indicator 1.5.1 already has a lead: MODMR' },
        { field: 'items.2.organisation', reason: '"MOHA" is not an organisation' },
      ]]);
      assert.equal((await listResponsibilities(api.store.db, { indicatorId: '1.5.1' })).length, 3);
      assert.equal((await send('PUT', '/indicators/99.9.9/responsibilities', admin, { items: [] })).status, 404);
    });

    it('GET /responsibilities filters by any listing code and by organisation, names in lang', async () => {
      const byIndicator = await get('/responsibilities?indicator=13.1.1&lang=bn');
      assert.deepEqual(byIndicator.body.data.items.map((i: { organisationName: string; role: string }) => `${i.organisationName} ${i.role}`),
        ['দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয় lead', 'Department of Disaster Management co_lead', 'বাংলাদেশ পরিসংখ্যান ব্যুরো associate']);
      assert.deepEqual((await get('/responsibilities?organisation=DDM')).body.data.items,
        [{ indicator: '1.5.1', organisation: 'DDM', organisationName: 'Department of Disaster Management', role: 'co_lead' }]);
      const unknown = await get('/responsibilities?indicator=99.9.9');
      assert.deepEqual([unknown.status, unknown.body.error.message], [400, 'parameter indicator: there is no indicator 99.9.9']);
      assert.equal((await get('/responsibilities?organisation=NOPE')).status, 400);
    });

    it('POST /responsibilities/import with one bad row answers 422 with file, line, column and reason, and keeps the mapping', async () => {
      const csv = 'indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co-lead\n3.2.1,BBS,associate\n';
      const { status, body } = await send('POST', '/responsibilities/import', admin, csv, 'text/csv');
      assert.deepEqual([status, body.error.details], [422, [
        { file: 'responsibilities.csv', line: 4, column: 'organisation', reason: 'BBS already answers for indicator 3.2.1 (line 3)' },
      ]]);
      assert.equal((await listResponsibilities(api.store.db)).length, 3);
      assert.equal((await send('POST', '/responsibilities/import', reviewer, csv, 'text/csv')).status, 403);
    });

    it('POST /responsibilities/import?illustrative=true replaces the whole mapping and marks it illustrative', async () => {
      const csv = 'indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co-lead\n';
      const { status, body } = await send('POST', '/responsibilities/import?illustrative=true', admin, csv, 'text/csv');
      assert.equal(status, 200);
      assert.deepEqual(body.data, {
        file: 'responsibilities.csv', rowsRead: 2, rowsStored: 2, rowsRejected: 0, rejects: [], written: true, status: 'illustrative',
        added: 2, removed: 3, changed: 0, unchanged: 0, indicators: 1,
      });
      assert.deepEqual((await get('/responsibilities')).body.data.status, 'illustrative');
      const [event] = await listAudit(api.store.db, { action: 'responsibility.import' });
      assert.deepEqual([event?.userId, event?.oldValue, event?.comment], [admin.userId, { status: 'official' }, 'responsibilities.csv']);
      const official = await send('POST', '/responsibilities/import', admin, { csv });
      assert.deepEqual([official.body.data.status, official.body.data.unchanged], ['official', 2]);
      assert.equal(await responsibilityStatus(api.store.db), 'official');
    });
  });

  describe(`responsibility routes on ${dialect} over the bundled Bangladesh data`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await initBundledCountry(store, 'none');
    });

    it('GET /responsibilities says the mapping is illustrative and lists 596 responsibilities', async () => {
      const body = (await api.app.inject('/api/v1/responsibilities')).json();
      assert.equal(body.data.status, 'illustrative');
      assert.equal(body.data.items.length, 596);
      const u5 = (await api.app.inject('/api/v1/responsibilities?indicator=3.2.1&lang=bn')).json();
      assert.deepEqual(u5.data.items[0], { indicator: '3.2.1', organisation: 'HSD', organisationName: 'স্বাস্থ্য সেবা বিভাগ', role: 'lead' });
    });

    it('GET /organisations counts what BBS and the Health Services Division answer for', async () => {
      const tree = (await api.app.inject('/api/v1/organisations')).json().data as { id: string; responsibilities: object; children: unknown[] }[];
      const flat = (nodes: typeof tree): typeof tree => nodes.flatMap((n) => [n, ...flat(n.children as typeof tree)]);
      const all = flat(tree);
      assert.equal(all.length, 76);
      assert.deepEqual(all.find((o) => o.id === 'BBS')?.responsibilities, { lead: 0, coLead: 54, associate: 28 });
      assert.deepEqual(all.find((o) => o.id === 'HSD')?.responsibilities, { lead: 25, coLead: 1, associate: 4 });
    });
  });
}
