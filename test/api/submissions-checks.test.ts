import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createRule } from '../../src/workflow/validation/index.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

const total = (period: string) => `SH_DYN_MORT|050|${period}||SEX=_T||PER_1000_LIVE_BIRTHS`;

/**
 * What the API holds a draft to, whatever the client: known codes and units on save, a comment on every warning at
 * submit, the rules as they are at approve, and the re-opened state named as such (3.2.1, SH_DYN_MORT by sex).
 */
for (const dialect of STORE_DIALECTS) {
  describe(`submission checks through the API on ${dialect}`, dialectOptions(dialect), () => {
    let provider: SignedIn;
    let reviewer: SignedIn;
    let admin: SignedIn;
    let adminId: number;
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));
    before(async () => {
      provider = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      reviewer = (await workflowUser(api.store, 'reviewer')).signed;
      const a = await workflowUser(api.store, 'admin');
      [admin, adminId] = [a.signed, a.user.id];
    });

    const call = (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      answer(api.app, { method, url: `/api/v1${url}`, headers: who.headers, ...(payload ? { payload } : {}) });
    const open = async () => (await call(provider, 'POST', '/indicators/3.2.1/submission', {})).body.data.id as number;
    const discard = async (id: number) => call(provider, 'DELETE', `/submissions/${id}`);
    const published = async () => (await api.store.db.selectFrom('observations').select('time_period').distinct().orderBy('time_period').execute()).map((r) => r.time_period);

    it('PUT /submissions/{id}/changes refuses an invented breakdown, unit, OBS_STATUS and attribute with 422 naming each, and saves nothing', async () => {
      const id = await open();
      const bad = { ...entry({ timePeriod: '2022', value: 26, attributes: { OBS_STATUS: 'ZZ', EVIL: 'x' } }), dimensions: { SEX: '_T', FOO: 'BAR' }, unit: 'BANANA' };
      const refused = await call(provider, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', sex: 'F', value: 25 }), bad] });
      assert.deepEqual([refused.status, refused.body.error.code], [422, 'VALIDATION_FAILED']);
      assert.match(refused.body.error.message, /^changes\.1\.dimensions\.FOO: unknown dimension: indicator 3\.2\.1 has no breakdown "FOO" \(value "BAR"; breakdowns: SEX, or one of the SDMX dimensions .*\) \(and 3 more problems\)$/);
      assert.deepEqual(refused.body.error.details.problems.map((p: { change: number; field: string; value: string }) => [p.change, p.field, p.value]), [
        [1, 'dimensions.FOO', 'BAR'], [1, 'unit', 'BANANA'], [1, 'attributes.OBS_STATUS', 'ZZ'], [1, 'attributes.EVIL', 'x'],
      ]);
      assert.equal(refused.body.error.details.problems[1].reason, 'unknown unit: "BANANA" is not a unit of series SH_DYN_MORT (units: PER_1000_LIVE_BIRTHS)');
      assert.deepEqual((await call(provider, 'GET', `/submissions/${id}`)).body.data.changes, []);
      await discard(id);
    });

    it('a value for 2014/15 in a series of years is saved with a period_kind warning, and submit wants its comment', async () => {
      const id = await open();
      const saved = await call(provider, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2014/15', value: 40.1 })] });
      assert.equal(saved.status, 200);
      assert.deepEqual(saved.body.data.issues.map((i: { severity: string; kind: string; key: string; message: string }) => [i.severity, i.kind, i.key, i.message]), [[
        'warning', 'period_kind', total('2014/15'),
        'period kind: 2014/15 is a fiscal year, but series SH_DYN_MORT has years only; explain the new kind of period in a comment',
      ]]);
      const revision = saved.body.data.submission.revision;
      const unexplained = await call(provider, 'POST', `/submissions/${id}/submit`, { revision });
      assert.deepEqual([unexplained.status, unexplained.body.error.message.split(':')[0]], [422, '1 warning needs a comment on the value']);
      const sent = await call(provider, 'POST', `/submissions/${id}/submit`, { revision, warningComments: { [total('2014/15')]: 'The household survey runs by fiscal year' } });
      assert.deepEqual([sent.status, sent.body.data.state], [200, 'submitted']);
      await call(reviewer, 'POST', `/submissions/${id}/return`, { revision: sent.body.data.revision, comment: 'Keep to calendar years' });
      await discard(id);
    });

    it('submit refuses two warnings about published totals (parts_sum) without comments, and records the comments that explain them', async () => {
      const rule = await createRule(api.store.db, '3.2.1', { kind: 'parts_sum', severity: 'warning', params: { dimension: 'SEX', tolerance: 0 } }, adminId);
      const id = await open();
      const saved = await call(provider, 'PUT', `/submissions/${id}/changes`, {
        changes: [entry({ timePeriod: '2020', sex: 'F', value: 20 }), entry({ timePeriod: '2021', sex: 'F', value: 20 })],
      });
      assert.deepEqual(saved.body.data.issues.map((i: { kind: string; key: string }) => [i.kind, i.key]), [['parts_sum', total('2020')], ['parts_sum', total('2021')]]);
      const revision = saved.body.data.submission.revision;
      const refused = await call(provider, 'POST', `/submissions/${id}/submit`, { revision, warningComments: {} });
      assert.deepEqual([refused.status, refused.body.error.code, refused.body.error.details.issues.length], [422, 'VALIDATION_FAILED', 2]);
      assert.match(refused.body.error.message, /^2 warnings need a comment on the value: SH_DYN_MORT\|050\|2020\|\|SEX=_T/);
      const comments = { [total('2020')]: 'Totals from the census, parts from the survey', [total('2021')]: 'As for 2020' };
      const sent = await call(provider, 'POST', `/submissions/${id}/submit`, { revision, warningComments: comments });
      assert.equal(sent.status, 200);
      const event = await api.store.db.selectFrom('audit_events').select('new_value').where('action', '=', 'submission.submit').where('submission_id', '=', id)
        .orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(event.new_value!).warningComments, comments);
      await call(reviewer, 'POST', `/submissions/${id}/return`, { revision: sent.body.data.revision, comment: 'Back to draft' });
      await discard(id);
      await api.store.db.deleteFrom('validation_rules').where('id', '=', rule.id!).execute();
    });

    it('approve checks the draft against the rules as they are now: an error rule added after submission refuses with 422, nothing is published', async () => {
      const id = await open();
      const saved = await call(provider, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 26.1 })] });
      const sent = await call(provider, 'POST', `/submissions/${id}/submit`, { revision: saved.body.data.submission.revision });
      assert.equal(sent.status, 200);
      const rule = await createRule(api.store.db, '3.2.1', { kind: 'range', severity: 'error', params: { min: 0, max: 25 } }, adminId);
      const refused = await call(reviewer, 'POST', `/submissions/${id}/approve`, { revision: sent.body.data.revision });
      assert.deepEqual([refused.status, refused.body.error.code], [422, 'VALIDATION_FAILED']);
      assert.match(refused.body.error.message, /^1 value breaks validation rules: value 26\.1 is above the maximum 25/);
      assert.deepEqual(refused.body.error.details.issues.map((i: { kind: string; timePeriod: string }) => [i.kind, i.timePeriod]), [['range', '2022']]);
      assert.deepEqual([(await call(reviewer, 'GET', `/submissions/${id}`)).body.data.state, await published()], ['submitted', ['2020', '2021']]);
      await api.store.db.deleteFrom('validation_rules').where('id', '=', rule.id!).execute();
      const approved = await call(reviewer, 'POST', `/submissions/${id}/approve`, { revision: sent.body.data.revision });
      assert.deepEqual([approved.status, await published()], [200, ['2020', '2021', '2022']]);
    });

    it('a re-opened submission is refused as re-opened, not approved', async () => {
      const [approved] = (await call(admin, 'GET', '/submissions?state=approved')).body.data;
      const reopened = await call(admin, 'POST', `/submissions/${approved.id}/reopen`, { comment: 'BBS revised 2022' });
      assert.equal(reopened.status, 200);
      const again = await call(admin, 'POST', `/submissions/${approved.id}/approve`, { revision: reopened.body.data.revision });
      assert.deepEqual([again.status, again.body.error.message], [409, 'cannot approve a submission that is re-opened (approve applies to: submitted)']);
      const [change] = await api.store.db.selectFrom('submission_changes').select('id').where('submission_id', '=', approved.id).execute();
      const removed = await call(admin, 'DELETE', `/submissions/${approved.id}/changes/${change!.id}`);
      assert.deepEqual([removed.status, removed.body.error.message], [409, 'cannot edit a submission that is re-opened (edit applies to: draft, returned)']);
    });
  });
}
