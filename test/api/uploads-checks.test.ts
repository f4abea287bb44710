import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertValidationRule } from '../../src/store/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import { signIn, type SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { fixtureText } from '../ingest/upload-fixtures.ts';
import { databaseDigest, multipart, seedUploads } from './uploads-support.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');
const HEADER = TEMPLATE.split('\n')[0]!;

for (const dialect of STORE_DIALECTS) {
  describe(`uploads on ${dialect}: who may upload, modes, locks, rules, formats`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let submissionId: number;
    const api = apiSuite(dialect, async (store) => {
      submissionId = await seedUploads(store, async () => (provider = await signIn(store.db, 'provider', ['MOHFW'])).userId);
    });

    const upload = async (query: string, fileName: string, bytes: Buffer | string, headers: Record<string, string> = provider.headers, id = submissionId) => {
      const body = multipart(fileName, bytes);
      return answer(api.app, { method: 'POST', url: `/api/v1/submissions/${id}/uploads${query}`, headers: { ...headers, ...body.headers }, payload: body.payload });
    };

    it('refuses whoever may not edit the draft: anonymous 401, a provider of another organisation and a reviewer 403; an admin may', async () => {
      const other = await signIn(api.store.db, 'provider', ['BBS']);
      const reviewer = await signIn(api.store.db, 'reviewer');
      const admin = await signIn(api.store.db, 'admin');
      assert.equal((await upload('', 'u.csv', TEMPLATE, { 'x-csrf-token': 'anonymous' })).body.error.code, 'UNAUTHENTICATED');
      const refused = await upload('', 'u.csv', TEMPLATE, other.headers);
      assert.deepEqual([refused.status, refused.body.error.message], [403, 'to edit this submission a provider must belong to an organisation that answers for its indicator']);
      assert.equal((await upload('', 'u.csv', TEMPLATE, reviewer.headers)).status, 403);
      const byAdmin = await upload('', 'u.csv', TEMPLATE, admin.headers);
      assert.deepEqual([byAdmin.status, byAdmin.body.data.counts], [200, { added: 0, changed: 0, deleted: 0, unchanged: 9 }]);
    });

    it('refuses a submitted submission (409 INVALID_STATE) and an unknown one (404)', async () => {
      await api.store.db.updateTable('submissions').set({ state: 'submitted' }).where('id', '=', submissionId).execute();
      const submitted = await upload('', 'u.csv', TEMPLATE);
      await api.store.db.updateTable('submissions').set({ state: 'draft' }).where('id', '=', submissionId).execute();
      assert.deepEqual([submitted.status, submitted.body.error.code], [409, 'INVALID_STATE']);
      assert.equal((await upload('', 'u.csv', TEMPLATE, provider.headers, 9999)).status, 404);
    });

    it('refuses a dry run that confirms, a write without confirm, an unknown mode and a body that is not multipart', async () => {
      const digest = 'a'.repeat(64);
      const cases: [string, string][] = [
        [`?dryRun=true&confirm=${digest}`, 'parameter dryRun: a dry run writes nothing: leave out dryRun to confirm'],
        ['?dryRun=false', 'parameter confirm: writing the draft needs confirm=<digest> from a dry run'],
      ];
      for (const [query, message] of cases) assert.deepEqual((await upload(query, 'u.csv', TEMPLATE)).body.error.message, message);
      assert.match((await upload('?mode=sideways', 'u.csv', TEMPLATE)).body.error.message, /^parameter mode: /);
      const json = await api.app.inject({ method: 'POST', url: `/api/v1/submissions/${submissionId}/uploads`, headers: provider.headers, payload: { file: 'x' } });
      assert.deepEqual([json.statusCode, json.json().error.message], [400, 'parameter file: send the file as multipart/form-data']);
    });

    it('replace deletes the values of the file\'s series it leaves out; merge only adds; other series stay', async () => {
      const one = `${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,,E,,\n`;
      const replace = await upload('?mode=replace', 'u.csv', one);
      assert.deepEqual(replace.body.data.counts, { added: 1, changed: 0, deleted: 9, unchanged: 0 });
      assert.ok(replace.body.data.deleted.every((d: { observation: { series: string } }) => d.observation.series === 'SH_DYN_MORT'));
      const merge = await upload('?mode=merge', 'u.csv', one);
      assert.deepEqual(merge.body.data.counts, { added: 1, changed: 0, deleted: 0, unchanged: 0 });
    });

    it('the Open SDG and SDMX-CSV renderings of the published values change nothing', async () => {
      for (const name of ['bgd-3-2-1-opensdg.csv', 'bgd-3-2-1.sdmx.csv']) {
        const { body } = await upload('', name, fixtureText(name));
        assert.deepEqual([body.data.format, body.data.counts, body.data.issues], [name.endsWith('sdmx.csv') ? 'sdmx-csv' : 'opensdg-csv', { added: 0, changed: 0, deleted: 0, unchanged: 9 }, []], name);
      }
    });

    it('a change to a period an approval locked is an error on its row, and its confirm is refused', async () => {
      const now = '2026-02-01T00:00:00.000Z';
      const approved = await api.store.db.insertInto('submissions').values({
        indicator_id: '3.2.1', organisation_id: 'MOHFW', state: 'approved', created_by: provider.userId, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      await api.store.db.insertInto('period_locks').values({ indicator_id: '3.2.1', time_period: '2020', submission_id: approved.id, locked_at: now, locked_by: null }).execute();
      const file = TEMPLATE.replace(',F,Y0T4,26.6,', ',F,Y0T4,26.0,');
      const dry = await upload('?mode=merge', 'u.csv', file);
      assert.deepEqual(dry.body.data.issues, [{
        severity: 'error', file: 'u.csv', sheet: null, row: 6, column: 'TIME_PERIOD',
        reason: `locked period: 2020 of indicator 3.2.1 is locked by the approval of submission ${approved.id}; an admin must re-open it first`,
      }]);
      const before = await databaseDigest(api.store);
      assert.equal((await upload(`?mode=merge&confirm=${dry.body.data.digest}`, 'u.csv', file)).status, 422);
      assert.equal(await databaseDigest(api.store), before);
      await api.store.db.deleteFrom('period_locks').execute();
    });

    it('the indicator\'s validation rules speak on the rows they concern: an error refuses, a warning does not', async () => {
      const now = '2026-02-01T00:00:00.000Z';
      await insertValidationRule(api.store.db, '3.2.1', { kind: 'range', severity: 'error', series: 'SH_DYN_MORT', params: { min: 0, max: 100 } }, null, now);
      await insertValidationRule(api.store.db, '3.2.1', { kind: 'yoy_change', severity: 'warning', params: { maxPercent: 20 } }, null, now);
      const file = TEMPLATE.replace(',M,Y0T4,29.2,', ',M,Y0T4,104.2,').replace(',_T,Y0T4,27.3,', ',_T,Y0T4,20.0,');
      const { body } = await upload('?mode=merge', 'u.csv', file);
      const issues = body.data.issues.map((i: { severity: string; row: number; column: string; reason: string }) => [i.severity, i.row, i.column, i.reason.split(':')[0]]);
      assert.deepEqual(issues.sort(), [['error', 10, 'OBS_VALUE', 'range'], ['warning', 10, 'OBS_VALUE', 'yoy_change'], ['warning', 4, 'OBS_VALUE', 'yoy_change']].sort());
      assert.equal(body.data.canConfirm, false);
      const warned = await upload('?mode=merge', 'u.csv', TEMPLATE.replace(',_T,Y0T4,27.3,', ',_T,Y0T4,20.0,'));
      assert.deepEqual([warned.body.data.issues.map((i: { severity: string }) => i.severity), warned.body.data.canConfirm], [['warning'], true]);
    });
  });
}
