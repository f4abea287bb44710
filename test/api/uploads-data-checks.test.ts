import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { fixtureText } from '../ingest/upload-fixtures.ts';
import { multipart, seedUploads } from './uploads-support.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');
const HEADER = TEMPLATE.split('\n')[0]!.trim();

/** Uploads of 3.2.1 (SH_DYN_MORT per 1,000 live births, SH_DYN_MORTN deaths, 2019–2021 by sex) into a draft. */
for (const dialect of STORE_DIALECTS) {
  describe(`uploads on ${dialect}: the default mode, codes, units and unreadable files`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let submissionId: number;
    const api = apiSuite(dialect, async (store) => {
      submissionId = await seedUploads(store, async () => (provider = await signIn(store.db, 'provider', ['MOHFW'])).userId);
    });

    const upload = async (query: string, fileName: string, bytes: Buffer | string) => {
      const body = multipart(fileName, bytes);
      return answer(api.app, { method: 'POST', url: `/api/v1/submissions/${submissionId}/uploads${query}`, headers: { ...provider.headers, ...body.headers }, payload: body.payload });
    };
    const draftUnits = async () => (await api.store.db.selectFrom('submission_changes').select('unit').where('submission_id', '=', submissionId).execute()).map((r) => r.unit);

    it('without a mode an upload merges: a one-row file adds its row and deletes nothing', async () => {
      const { status, body } = await upload('', 'u.csv', `${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,\n`);
      assert.deepEqual([status, body.data.mode, body.data.counts], [200, 'merge', { added: 1, changed: 0, deleted: 0, unchanged: 0 }]);
    });

    it('the dry run refuses OBS_STATUS ZZ, NATURE Q and UNIT_MULT abc on their rows and columns', async () => {
      const file = `${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,ZZ,E,,\n`
        + '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,F,Y0T4,24.9,,Q,,\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,abc,050,M,Y0T4,27.2,,E,,\n';
      const { body } = await upload('', 'u.csv', file);
      assert.deepEqual(body.data.issues.map((i: { row: number; column: string; reason: string }) => [i.row, i.column, i.reason.split(':')[0]]), [
        [2, 'OBS_STATUS', 'unknown code'], [3, 'NATURE', 'unknown code'], [4, 'UNIT_MULT', 'not a unit multiplier'],
      ]);
      assert.equal(body.data.canConfirm, false);
    });

    it('a unit the series does not have never reaches the draft: KG on a rate series is refused with 422', async () => {
      const file = `${HEADER}\n2023,SH_DYN_MORT,KG,,050,_T,Y0T4,25.0,,E,,\n`;
      const dry = await upload('', 'u.csv', file);
      const confirmed = dry.body.data.canConfirm ? await upload(`?confirm=${dry.body.data.digest}`, 'u.csv', file) : dry;
      const reasons = dry.body.data.canConfirm ? [confirmed.body.error.message] : dry.body.data.issues.map((i: { reason: string }) => i.reason);
      assert.ok(reasons.some((r: string) => r.includes('unknown unit: "KG" is not a unit of series SH_DYN_MORT (units: PER_1000_LIVE_BIRTHS)')), String(reasons));
      assert.ok(!(await draftUnits()).includes('KG'));
    });

    it('an Open SDG file without a Units column never writes a value with a blank unit beside the published ones', async () => {
      const file = 'Year,SERIES,Age,Sex,Value\n2021,SH_DYN_MORT,Under 5,,27.4\n';
      const dry = await upload('', 'u5.csv', file);
      assert.equal(dry.status, 200);
      assert.ok(dry.body.data.added.every((a: { observation: { unit: string } }) => a.observation.unit !== ''));
      if (dry.body.data.canConfirm) await upload(`?confirm=${dry.body.data.digest}`, 'u5.csv', file);
      assert.ok(!(await draftUnits()).includes(''));
    });

    it('the dry run names a unit the series does not have and a new kind of period, and gives a file without units the series\' unit', async () => {
      const file = `${HEADER}\n2023,SH_DYN_MORT,KG,,050,_T,Y0T4,25.0,,E,,\n2014/15,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,31.0,,E,,\n`;
      const { body } = await upload('', 'u.csv', file);
      assert.deepEqual(body.data.issues.map((i: { severity: string; row: number; column: string; reason: string }) => [i.severity, i.row, i.column, i.reason.split(':')[0]]), [
        ['error', 2, 'UNIT_MEASURE', 'unknown unit'], ['warning', 3, 'TIME_PERIOD', 'period kind'],
      ]);
      const noUnits = await upload('', 'u5.csv', 'Year,SERIES,Age,Sex,Nature,Value\n2020,SH_DYN_MORT,Under 5,,Estimated,28.8\n');
      assert.deepEqual([noUnits.body.data.issues, noUnits.body.data.counts], [[], { added: 0, changed: 0, deleted: 0, unchanged: 1 }]);
    });

    it('the indicator\'s template carries the open draft, so sent back unchanged in replace mode it deletes nothing', async () => {
      const added = { series: 'SH_DYN_MORT', area: '050', timePeriod: '2024', dimensions: { AGE: 'Y0T4', SEX: '_T' }, unit: 'PER_1000_LIVE_BIRTHS', value: 24.5, baseRevision: 0 };
      const saved = await answer(api.app, { method: 'PUT', url: `/api/v1/submissions/${submissionId}/changes`, headers: provider.headers, payload: { changes: [added] } });
      assert.equal(saved.status, 200);
      const template = (await api.app.inject({ method: 'GET', url: '/api/v1/indicators/3.2.1/template.csv', headers: provider.headers })).body;
      const { body } = await upload('?mode=replace', 'indicator_3-2-1_template.csv', template);
      assert.deepEqual([body.data.counts.deleted, body.data.counts.changed], [0, 0]);
    });

    it('a stray quote and a binary file answer 200 with the problem\'s line, not 500; a Windows-1252 file is refused', async () => {
      const stray = await upload('', 'u.csv', `${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,Survey "APSC" provisional\n`);
      assert.deepEqual([stray.status, stray.body.data.issues[0].row, stray.body.data.issues[0].column], [200, 2, 'COMMENT_OBS']);
      const binary = await upload('', 'chart.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x22, 0x41]));
      assert.deepEqual([binary.status, binary.body.data.issues[0].row, binary.body.data.issues[0].reason.split(':')[0]], [200, 1, 'not UTF-8 text']);
      const latin1 = await upload('', 'u.csv', Buffer.from(`${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,Enquête\n`, 'latin1'));
      assert.deepEqual([latin1.status, latin1.body.data.canConfirm, latin1.body.data.issues[0].row], [200, false, 2]);
    });
  });
}
