import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createRule } from '../../src/workflow/validation/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

const KEY_2022 = 'SH_DYN_MORT|050|2022||SEX=_T||PER_1000_LIVE_BIRTHS';

/** Validation at submission: a range error on 3.2.1 (0–40 per 1,000) blocks; a year-on-year warning (5 %) needs a comment. */
for (const dialect of STORE_DIALECTS) {
  describe(`submission validation through the API on ${dialect}`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let id: number;
    const api = apiSuite(dialect, async (store) => {
      await seedWorkflow(store, { framework: true });
      const admin = await workflowUser(store, 'admin');
      await createRule(store.db, '3.2.1', { kind: 'range', severity: 'error', params: { min: 0, max: 40 } }, admin.user.id);
      await createRule(store.db, '3.2.1', { kind: 'yoy_change', severity: 'warning', params: { maxPercent: 5 } }, admin.user.id);
    });
    before(async () => {
      provider = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      id = (await api.app.inject({ method: 'POST', url: '/api/v1/indicators/3.2.1/submission', headers: provider.headers, payload: {} })).json().data.id;
    });

    const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      answer(api.app, { method, url: `/api/v1${url}`, headers: provider.headers, ...(payload ? { payload } : {}) });

    it('PUT /submissions/{id}/changes saves a value above the range and answers the error beside it', async () => {
      const saved = await call('PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 45 })] });
      assert.equal(saved.status, 200);
      assert.deepEqual(saved.body.data.issues.map((i: { severity: string; kind: string; key: string }) => [i.severity, i.kind, i.key]),
        [['error', 'range', KEY_2022], ['warning', 'yoy_change', KEY_2022]]);
    });

    it('submit answers 422 VALIDATION_FAILED listing the error, and the submission stays a draft', async () => {
      const revision = (await call('GET', `/submissions/${id}`)).body.data.revision;
      const refused = await call('POST', `/submissions/${id}/submit`, { revision });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error.code, 'VALIDATION_FAILED');
      assert.match(refused.body.error.message, /^1 value breaks validation rules: /);
      assert.deepEqual(refused.body.error.details.issues.map((i: { kind: string; timePeriod: string }) => [i.kind, i.timePeriod]), [['range', '2022']]);
      assert.equal((await call('GET', `/submissions/${id}`)).body.data.state, 'draft');
    });

    it('a warning without a comment blocks too; with warningComments naming the key, submit goes through', async () => {
      const fixed = await call('PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 24.0, baseRevision: 1 })] });
      assert.deepEqual(fixed.body.data.issues.map((i: { kind: string }) => i.kind), ['yoy_change']);
      const revision = fixed.body.data.submission.revision;
      const unexplained = await call('POST', `/submissions/${id}/submit`, { revision });
      assert.equal(unexplained.status, 422);
      assert.match(unexplained.body.error.message, /^1 warning needs a comment on the value: SH_DYN_MORT\|050\|2022/);
      const sent = await call('POST', `/submissions/${id}/submit`, { revision, warningComments: { [KEY_2022]: 'New survey round: MICS 2022' } });
      assert.equal(sent.status, 200);
      assert.equal(sent.body.data.state, 'submitted');
      const detail = await call('GET', `/submissions/${id}`);
      assert.equal(detail.body.data.changes[0].warningComment, 'New survey round: MICS 2022');
      assert.deepEqual(detail.body.data.changes[0].issues.map((i: { kind: string }) => i.kind), ['yoy_change']);
    });
  });
}
