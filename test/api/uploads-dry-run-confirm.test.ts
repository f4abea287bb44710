import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listAudit, listDraftChanges } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { fixtureText, workbookFromCsv } from '../ingest/upload-fixtures.ts';
import { databaseDigest, multipart, seedUploads } from './uploads-support.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');

/** The template fixture with 2021 female changed to 25.0, 2019 male left out and a 2022 total added. */
const EDITED = TEMPLATE.replace(',F,Y0T4,25.2,', ',F,Y0T4,25.0,').replace(/^2019,SH_DYN_MORT[^\n]*,M,Y0T4,32.6[^\n]*\n/m, '')
  + '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,\n';

for (const dialect of STORE_DIALECTS) {
  describe(`uploads on ${dialect}: dry run, confirm, template round trip`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let submissionId: number;
    const api = apiSuite(dialect, async (store) => {
      submissionId = await seedUploads(store, async () => (provider = await signIn(store.db, 'provider', ['MOHFW'])).userId);
    });

    const upload = async (query: string, fileName: string, bytes: Buffer | string, who: SignedIn = provider) => {
      const body = multipart(fileName, bytes);
      return answer(api.app, { method: 'POST', url: `/api/v1/submissions/${submissionId}/uploads${query}`, headers: { ...who.headers, ...body.headers }, payload: body.payload });
    };
    const download = async (format: 'csv' | 'xlsx') => api.app.inject({ url: `/api/v1/indicators/3.2.1/template.${format}`, headers: provider.headers });

    it('GET /indicators/3.2.1/template.csv answers the published values in the template columns, signed in only', async () => {
      const r = await download('csv');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'text/csv; charset=utf-8');
      assert.equal(r.headers['content-disposition'], 'attachment; filename="indicator_3-2-1_template.csv"');
      const lines = r.body.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(lines[0], 'TIME_PERIOD,SERIES,UNIT_MEASURE,UNIT_MULT,REF_AREA,SEX,AGE,OBS_VALUE,OBS_STATUS,NATURE,SOURCE_DETAIL,COMMENT_OBS');
      assert.equal(lines[1], '2019,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,F,Y0T4,28.2,,E,,');
      assert.equal(lines.length, 1 + 12 + 1);
      assert.equal((await api.app.inject('/api/v1/indicators/3.2.1/template.csv')).statusCode, 401);
      assert.equal((await api.app.inject({ url: '/api/v1/indicators/99.9.9/template.xlsx', headers: provider.headers })).statusCode, 404);
    });

    it('a template downloaded and uploaded unchanged, as CSV and as XLSX, changes nothing', async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const file = await download(format);
        assert.equal(file.statusCode, 200, format);
        const { status, body } = await upload('?dryRun=true', `template.${format}`, file.rawPayload);
        assert.equal(status, 200, format);
        assert.deepEqual({ counts: body.data.counts, issues: body.data.issues, rowsRead: body.data.rowsRead, canConfirm: body.data.canConfirm },
          { counts: { added: 0, changed: 0, deleted: 0, unchanged: 12 }, issues: [], rowsRead: 12, canConfirm: true }, format);
        assert.equal(body.data.format, format === 'csv' ? 'template-csv' : 'xlsx');
      }
    });

    it('a dry run shows what would be added, changed and deleted, writes nothing, and confirm writes exactly that', async () => {
      const before = await databaseDigest(api.store);
      const dry = await upload('?mode=replace&dryRun=true', 'u5mr-2022.csv', EDITED);
      assert.equal(dry.status, 200);
      const plan = dry.body.data;
      assert.deepEqual({ counts: plan.counts, dryRun: plan.dryRun, committed: plan.committed, rowsRead: plan.rowsRead, issues: plan.issues },
        { counts: { added: 1, changed: 1, deleted: 1, unchanged: 7 }, dryRun: true, committed: false, rowsRead: 9, issues: [] });
      assert.deepEqual(plan.changed, [{
        row: 7,
        before: { key: 'SH_DYN_MORT|050|2021||AGE=Y0T4|SEX=F||PER_1000_LIVE_BIRTHS', series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', periodKind: 'year', dimensions: { AGE: 'Y0T4', SEX: 'F' }, value: 25.2, unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, attributes: { NATURE: 'E' } },
        after: { key: 'SH_DYN_MORT|050|2021||AGE=Y0T4|SEX=F||PER_1000_LIVE_BIRTHS', series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', periodKind: 'year', dimensions: { AGE: 'Y0T4', SEX: 'F' }, value: 25, unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, attributes: { NATURE: 'E' } },
      }]);
      assert.deepEqual(plan.added.map((a: any) => [a.row, a.observation.key, a.observation.value]), [[10, 'SH_DYN_MORT|050|2022||AGE=Y0T4|SEX=_T||PER_1000_LIVE_BIRTHS', 26.1]]);
      assert.deepEqual(plan.deleted.map((d: any) => [d.observation.key, d.observation.value]), [['SH_DYN_MORT|050|2019||AGE=Y0T4|SEX=M||PER_1000_LIVE_BIRTHS', 32.6]]);
      assert.match(plan.digest, /^[0-9a-f]{64}$/);
      assert.equal(await databaseDigest(api.store), before);

      const confirmed = await upload(`?mode=replace&confirm=${plan.digest}`, 'u5mr-2022.csv', EDITED);
      assert.equal(confirmed.status, 200);
      assert.deepEqual({ ...confirmed.body.data, dryRun: true, committed: false }, plan);
      const written = (await listDraftChanges(api.store.db, submissionId)).map((c) => [c.op, c.key, c.value]).sort();
      const planned = [
        ...plan.added.map((a: any) => ['upsert', a.observation.key, a.observation.value]),
        ...plan.changed.map((c: any) => ['upsert', c.after.key, c.after.value]),
        ...plan.deleted.map((d: any) => ['delete', d.observation.key, null]),
      ].sort();
      assert.deepEqual(written, planned);
      const events = await listAudit(api.store.db, { submissionId, action: 'submission.upload' });
      assert.deepEqual(events.map((e) => [e.userId, (e.newValue as any).counts, (e.newValue as any).digest]), [[provider.userId, plan.counts, plan.digest]]);

      const again = await upload('?dryRun=true', 'u5mr-2022.csv', EDITED);
      assert.deepEqual(again.body.data.counts, { added: 0, changed: 0, deleted: 0, unchanged: 9 });
    });

    it('a file with one bad row reports exactly that row and column; its confirm is refused and changes nothing', async () => {
      const bad = TEMPLATE.replace(',M,Y0T4,30.8,', ',M,Y0T4,thirty,');
      const dry = await upload('?dryRun=true', 'u5mr-bad.csv', bad);
      assert.deepEqual(dry.body.data.issues, [{ severity: 'error', file: 'u5mr-bad.csv', sheet: null, row: 9, column: 'OBS_VALUE', reason: 'not a number: "thirty"' }]);
      assert.equal(dry.body.data.canConfirm, false);
      const before = await databaseDigest(api.store);
      const refused = await upload(`?confirm=${dry.body.data.digest}`, 'u5mr-bad.csv', bad);
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error.code, 'VALIDATION_FAILED');
      assert.equal(refused.body.error.message, 'u5mr-bad.csv cannot be written: 1 problem, the first on row 9, column OBS_VALUE: not a number: "thirty"');
      assert.deepEqual(refused.body.error.details, dry.body.data.issues);
      assert.equal(await databaseDigest(api.store), before);
    });

    it('names the sheet of a bad XLSX row', async () => {
      const workbook = await workbookFromCsv(TEMPLATE.replace(',_T,Y0T4,28.8,', ',_T,Y0T4,,'), ['read me']);
      const dry = await upload('?dryRun=true', 'u5mr.xlsx', workbook);
      assert.deepEqual(dry.body.data.issues, [{ severity: 'error', file: 'u5mr.xlsx', sheet: 'data', row: 3, column: 'OBS_VALUE', reason: 'blank value: the OBS_VALUE cell is empty' }]);
    });

    it('a confirm whose plan changed since the dry run (another digest) is refused with 409 and changes nothing', async () => {
      const file = TEMPLATE.replace(',_T,Y0T4,27.3,', ',_T,Y0T4,27.0,');
      const dry = await upload('?mode=merge', 'u5mr.csv', file);
      // Against the draft the earlier confirm wrote: 2021 F is 25.0 there and 2019 M deleted, so both count too.
      assert.deepEqual(dry.body.data.counts, { added: 1, changed: 2, deleted: 0, unchanged: 6 });
      const before = await databaseDigest(api.store);
      const stale = await upload(`?mode=merge&confirm=${'0'.repeat(64)}`, 'u5mr.csv', file);
      assert.equal(stale.status, 409);
      assert.deepEqual(stale.body.error.details, { digest: dry.body.data.digest, counts: dry.body.data.counts });
      const otherMode = await upload(`?mode=replace&confirm=${dry.body.data.digest}`, 'u5mr.csv', file);
      assert.equal(otherMode.status, 409);
      assert.equal(await databaseDigest(api.store), before);
    });
  });
}
