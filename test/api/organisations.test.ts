import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { importOrganisations, importResponsibilities } from '../../src/ingest/organisations-csv/index.ts';
import { listAudit, listOrganisations } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';

const AT = '2026-11-29T10:00:00.000Z';
const ORGS = [
  'id,parent_id,name,kind,name_bn',
  'MOP,,Ministry of Planning,ministry,পরিকল্পনা মন্ত্রণালয়',
  'SID,MOP,Statistics and Informatics Division,division,পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ',
  'BBS,SID,Bangladesh Bureau of Statistics,statistics_office,বাংলাদেশ পরিসংখ্যান ব্যুরো',
  'HSD,,Health Services Division,division,স্বাস্থ্য সেবা বিভাগ',
  'DGHS,HSD,Directorate General of Health Services,agency,',
].join('\n');
const MAPPING = 'indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co_lead\n3.1.1,HSD,lead\n3.1.1,BBS,co_lead\n1.1.1,BBS,associate\n';

const counts = (lead: number, coLead: number, associate: number) => ({ lead, coLead, associate });

for (const dialect of STORE_DIALECTS) {
  describe(`organisation routes on ${dialect}`, dialectOptions(dialect), () => {
    let admin: SignedIn;
    let provider: SignedIn;
    const api = apiSuite(dialect, async (store) => {
      await prepareStore(store);
      await store.db.transaction().execute(async (trx) => {
        await importOrganisations(trx, ORGS, { file: 'organisations.csv', userId: null, at: AT });
        await importResponsibilities(trx, MAPPING, { file: 'responsibilities.csv', userId: null, at: AT, illustrative: false });
      });
    });
    before(async () => {
      admin = await signIn(api.store.db, 'admin');
      provider = await signIn(api.store.db, 'provider', ['DGHS']);
    });

    const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn | null, payload?: unknown, type?: string) => {
      const headers: Record<string, string> = { ...(who?.headers ?? { 'x-csrf-token': 'anonymous' }), ...(type ? { 'content-type': type } : {}) };
      return answer(api.app, { method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as string }) });
    };

    it('GET /organisations answers the tree with Bengali names and responsibility counts', async () => {
      const body = (await api.app.inject('/api/v1/organisations?lang=bn')).json();
      assert.deepEqual(body.data, [
        { id: 'MOP', parent: null, name: 'পরিকল্পনা মন্ত্রণালয়', names: { bn: 'পরিকল্পনা মন্ত্রণালয়' }, kind: 'ministry', responsibilities: counts(0, 0, 0), children: [
          { id: 'SID', parent: 'MOP', name: 'পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ', names: { bn: 'পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ' }, kind: 'division', responsibilities: counts(0, 0, 0), children: [
            { id: 'BBS', parent: 'SID', name: 'বাংলাদেশ পরিসংখ্যান ব্যুরো', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }, kind: 'statistics_office', responsibilities: counts(0, 2, 1), children: [] },
          ] },
        ] },
        { id: 'HSD', parent: null, name: 'স্বাস্থ্য সেবা বিভাগ', names: { bn: 'স্বাস্থ্য সেবা বিভাগ' }, kind: 'division', responsibilities: counts(2, 0, 0), children: [
          { id: 'DGHS', parent: 'HSD', name: 'Directorate General of Health Services', names: {}, kind: 'agency', responsibilities: counts(0, 0, 0), children: [] },
        ] },
      ]);
      const english = (await api.app.inject('/api/v1/organisations')).json();
      assert.equal(english.data[0].children[0].children[0].name, 'Bangladesh Bureau of Statistics');
    });

    it('POST /organisations needs a signed-in admin: anonymous 401, provider 403', async () => {
      const input = { id: 'NIPORT', parent: 'DGHS', name: 'National Institute of Population Research and Training', kind: 'agency' };
      assert.equal((await send('POST', '/organisations', null, input)).body.error.code, 'UNAUTHENTICATED');
      const refused = await send('POST', '/organisations', provider, input);
      assert.deepEqual([refused.status, refused.body.error.code], [403, 'FORBIDDEN']);
      assert.equal((await listOrganisations(api.store.db)).some((o) => o.id === 'NIPORT'), false);
    });

    it('POST /organisations creates one under its parent and records organisation.create', async () => {
      const { status, body } = await send('POST', '/organisations', admin,
        { id: 'MEFWD', parent: null, name: 'Medical Education and Family Welfare Division', kind: 'division', names: { bn: 'স্বাস্থ্য শিক্ষা ও পরিবার কল্যাণ বিভাগ' } });
      assert.equal(status, 201);
      assert.deepEqual(body.data, { id: 'MEFWD', parent: null, name: 'Medical Education and Family Welfare Division', names: { bn: 'স্বাস্থ্য শিক্ষা ও পরিবার কল্যাণ বিভাগ' }, kind: 'division' });
      const [event] = await listAudit(api.store.db, { action: 'organisation.create', entityId: 'MEFWD' });
      assert.deepEqual([event?.userId, event?.newValue], [admin.userId, { id: 'MEFWD', parent: null, name: 'Medical Education and Family Welfare Division', kind: 'division', names: { bn: 'স্বাস্থ্য শিক্ষা ও পরিবার কল্যাণ বিভাগ' } }]);
    });

    it('POST /organisations refuses a taken id (409), an unknown parent (422) and an unknown kind (400)', async () => {
      const taken = await send('POST', '/organisations', admin, { id: 'BBS', parent: null, name: 'Other', kind: 'agency' });
      assert.deepEqual([taken.status, taken.body.error.code, taken.body.error.details.current.name], [409, 'CONFLICT', 'Bangladesh Bureau of Statistics']);
      const orphan = await send('POST', '/organisations', admin, { id: 'X1', parent: 'NOPE', name: 'X', kind: 'agency' });
      assert.deepEqual([orphan.status, orphan.body.error.details], [422, [{ field: 'parent', reason: '"NOPE" is not an organisation' }]]);
      const kind = await send('POST', '/organisations', admin, { id: 'X2', parent: null, name: 'X', kind: 'bureau' });
      assert.deepEqual([kind.status, kind.body.error.code], [400, 'BAD_PARAMETER']);
    });

    it('PATCH /organisations/{id} renames, moves and refuses a cycle', async () => {
      const moved = await send('PATCH', '/organisations/MEFWD', admin, { parent: 'HSD', names: { bn: '' } });
      assert.deepEqual(moved.body.data, { id: 'MEFWD', parent: 'HSD', name: 'Medical Education and Family Welfare Division', names: {}, kind: 'division' });
      const cycle = await send('PATCH', '/organisations/HSD', admin, { parent: 'DGHS' });
      assert.deepEqual([cycle.status, cycle.body.error.code, cycle.body.error.details],
        [422, 'VALIDATION_FAILED', [{ field: 'parent', reason: '"DGHS" is below HSD: the tree would have a cycle HSD → DGHS → HSD' }]]);
      assert.equal((await send('PATCH', '/organisations/NOPE', admin, { name: 'x' })).status, 404);
      const [event] = await listAudit(api.store.db, { action: 'organisation.update', entityId: 'MEFWD' });
      assert.deepEqual([(event?.oldValue as { parent: string | null }).parent, (event?.newValue as { parent: string | null }).parent], [null, 'HSD']);
    });

    it('DELETE /organisations/{id} refuses one with children, users or an open submission (409 INVALID_STATE)', async () => {
      const parent = await send('DELETE', '/organisations/HSD', admin);
      assert.deepEqual([parent.status, parent.body.error.code, parent.body.error.message],
        [409, 'INVALID_STATE', 'organisation HSD cannot be deleted: it has 2 organisations below it']);
      const staffed = await send('DELETE', '/organisations/DGHS', admin);
      assert.deepEqual([staffed.status, staffed.body.error.details], [409, { users: 1, children: 0, openSubmissions: 0, approvedSubmissions: 0 }]);
      await api.store.db.insertInto('submissions').values({
        indicator_id: '3.2.1', organisation_id: 'MEFWD', state: 'draft', created_by: admin.userId, created_at: AT, updated_at: AT,
      }).execute();
      const busy = await send('DELETE', '/organisations/MEFWD', admin);
      assert.deepEqual([busy.status, busy.body.error.message], [409, 'organisation MEFWD cannot be deleted: it has 1 open submission']);
    });

    it('DELETE /organisations/{id} deletes a free organisation with its responsibilities and records them', async () => {
      assert.equal((await send('DELETE', '/organisations/BBS', provider)).status, 403);
      const { status, body } = await send('DELETE', '/organisations/BBS', admin);
      assert.deepEqual([status, body.data.id], [200, 'BBS']);
      const [event] = await listAudit(api.store.db, { action: 'organisation.delete', entityId: 'BBS' });
      assert.deepEqual((event?.oldValue as { responsibilities: unknown[] }).responsibilities, [
        { indicatorId: '1.1.1', organisationId: 'BBS', role: 'associate' },
        { indicatorId: '3.1.1', organisationId: 'BBS', role: 'co_lead' },
        { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
      ]);
      assert.equal((await api.app.inject('/api/v1/organisations')).json().data[0].children[0].children.length, 0);
    });

    it('POST /organisations/import takes a text/csv body and answers the report; again, nothing changes', async () => {
      const csv = `${ORGS}\nNIPORT,MEFWD,National Institute of Population Research and Training,agency,`;
      const first = await send('POST', '/organisations/import', admin, csv, 'text/csv');
      assert.equal(first.status, 200);
      assert.deepEqual([first.body.data.written, first.body.data.created, first.body.data.updated, first.body.data.unchanged], [true, ['BBS', 'NIPORT'], [], 4]);
      const again = await send('POST', '/organisations/import', admin, JSON.stringify({ csv }), 'application/json');
      assert.deepEqual([again.body.data.created, again.body.data.updated, again.body.data.unchanged], [[], [], 6]);
    });

    it('POST /organisations/import with a bad row answers 422 with file, line, column and reason, and writes nothing', async () => {
      const before = await listOrganisations(api.store.db);
      const csv = 'id,parent_id,name,kind\nBBS,SID,Bangladesh Bureau of Statistics (BBS),statistics_office\nNSDS,BBS,,agency\nLFS,XYZ,Labour Force Survey cell,agency\n';
      const { status, body } = await send('POST', '/organisations/import', admin, JSON.stringify({ csv, file: 'bbs-units.csv' }), 'application/json');
      assert.deepEqual([status, body.error.code], [422, 'VALIDATION_FAILED']);
      assert.deepEqual(body.error.details, [
        { file: 'bbs-units.csv', line: 3, column: 'name', reason: 'NSDS has no name' },
        { file: 'bbs-units.csv', line: 4, column: 'parent_id', reason: 'parent "XYZ" of LFS is neither in the file nor a stored organisation' },
      ]);
      assert.deepEqual(await listOrganisations(api.store.db), before);
    });

    it('POST /organisations/import?dryRun=true reports without writing; anonymous 401, provider 403', async () => {
      const csv = 'id,parent_id,name,kind\nCD,,Cabinet Division,division\n';
      const dry = await send('POST', '/organisations/import?dryRun=true', admin, csv, 'text/csv');
      assert.deepEqual([dry.status, dry.body.data.written, dry.body.data.created], [200, false, ['CD']]);
      assert.equal((await listOrganisations(api.store.db)).some((o) => o.id === 'CD'), false);
      assert.equal((await send('POST', '/organisations/import', null, csv, 'text/csv')).status, 401);
      assert.equal((await send('POST', '/organisations/import', provider, csv, 'text/csv')).status, 403);
    });
  });
}
