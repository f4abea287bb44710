import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiError } from '../../../src/api/errors.ts';
import { listAudit, listDraftChanges, type Store, type User } from '../../../src/store/index.ts';
import { openSubmission, saveChangeEntries, saveDraftChanges, type ChangeEntry } from '../../../src/workflow/submissions/index.ts';
import { observation, year } from '../../support/builders.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from './workflow-seed.ts';

/** The ApiError a promise rejects with (fails when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  assert.fail('expected an ApiError');
}

for (const dialect of STORE_DIALECTS) {
  describe(`draft changes on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let health: User;
    let statistics: User;
    let education: User;
    let reviewer: User;
    let submissionId: number;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await seedWorkflow(store);
      health = (await workflowUser(store, 'provider', ['MOHFW'])).user;
      statistics = (await workflowUser(store, 'provider', ['BBS'])).user;
      education = (await workflowUser(store, 'provider', ['MOE'])).user;
      reviewer = (await workflowUser(store, 'reviewer')).user;
    });
    after(async () => dispose?.());

    const save = (user: User, entries: ChangeEntry[]) =>
      store.db.transaction().execute((trx) => saveChangeEntries(trx, { submissionId, user, entries }));

    it('openSubmission opens one draft of the lead organisation; an associate organisation gets the same one back', async () => {
      const first = await openSubmission(store.db, { user: health, indicatorId: '3.2.1' });
      const second = await openSubmission(store.db, { user: statistics, indicatorId: '3.2.1' });
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.submission.id, first.submission.id);
      assert.equal(first.submission.organisationId, 'MOHFW');
      assert.equal(first.submission.state, 'draft');
      submissionId = first.submission.id;
    });

    it('openSubmission refuses a provider whose organisations do not answer for the indicator, and a reviewer', async () => {
      assert.equal((await refusal(openSubmission(store.db, { user: education, indicatorId: '3.2.1' }))).code, 'FORBIDDEN');
      assert.equal((await refusal(openSubmission(store.db, { user: reviewer, indicatorId: '3.2.1' }))).code, 'FORBIDDEN');
    });

    it('saveChangeEntries saves a new 2022 value at revision 1, keeping published attributes, and bumps the submission', async () => {
      const result = await save(health, [entry({ timePeriod: '2022', value: 26.1 })]);
      assert.equal(result.changes.length, 1);
      assert.deepEqual({ ...result.changes[0], changeId: 0 }, {
        key: 'SH_DYN_MORT|050|2022||SEX=_T||PER_1000_LIVE_BIRTHS', changeId: 0, op: 'upsert', revision: 1, observationId: null,
        value: 26.1, unitMult: null, attributes: {}, warningComment: null,
      });
      assert.equal(result.submission.revision, 2);
      assert.deepEqual(result.issues, []);
    });

    it('a second save naming revision 1 rewrites the value at revision 2; a stale revision gets CONFLICT with the current value', async () => {
      const key = 'SH_DYN_MORT|050|2022||SEX=_T||PER_1000_LIVE_BIRTHS';
      const second = await save(statistics, [entry({ timePeriod: '2022', value: 26.4, baseRevision: 1 })]);
      assert.equal(second.changes[0]!.revision, 2);
      const error = await refusal(save(health, [entry({ timePeriod: '2022', value: 30, baseRevision: 1 })]));
      assert.equal(error.code, 'CONFLICT');
      const details = error.details as { key: string; current: Record<string, unknown> };
      assert.equal(details.key, key);
      assert.deepEqual({ ...details.current, updatedAt: 'x' }, {
        op: 'upsert', value: 26.4, unitMult: null, attributes: {}, revision: 2, updatedBy: statistics.displayName, updatedAt: 'x',
      });
    });

    it('a request with one stale change saves nothing (all or nothing)', async () => {
      const error = await refusal(save(health, [
        entry({ timePeriod: '2021', sex: 'F', value: 25.0 }),
        entry({ timePeriod: '2022', value: 31, baseRevision: 0 }),
      ]));
      assert.equal(error.code, 'CONFLICT');
      const stored = await listDraftChanges(store.db, submissionId);
      assert.deepEqual(stored.map((c) => [c.period.label, c.dimensions.SEX, c.value]), [['2022', '_T', 26.4]]);
    });

    it('null removes a published value (op delete); typing the published value back removes the draft change', async () => {
      const removed = await save(health, [entry({ timePeriod: '2020', sex: 'M', value: null })]);
      assert.equal(removed.changes[0]!.op, 'delete');
      assert.equal(removed.changes[0]!.observationId !== null, true);
      const restored = await save(health, [entry({ timePeriod: '2020', sex: 'M', value: 30.8, baseRevision: 1 })]);
      assert.deepEqual([restored.changes[0]!.op, restored.changes[0]!.revision, restored.changes[0]!.value], ['none', 0, 30.8]);
      const audit = await listAudit(store.db, { submissionId, actionPrefix: 'draft.' });
      assert.deepEqual(audit.map((e) => e.action), ['draft.upsert', 'draft.upsert', 'draft.delete', 'draft.revert']);
    });

    it('saveDraftChanges (the upload path) refuses a series that does not measure the indicator and an unknown area', async () => {
      const other = { op: 'upsert' as const, observation: observation({ series: 'SE_TOT_CPLR', area: '050', period: year('2022'), value: 3 }) };
      const error = await refusal(store.db.transaction().execute((trx) => saveDraftChanges(trx, { submission: submissionId, user: health, changes: [other] })));
      assert.equal(error.message, 'parameter changes: series SE_TOT_CPLR does not measure indicator 3.2.1');
      const nowhere = { op: 'upsert' as const, observation: observation({ area: 'XX', period: year('2022'), value: 3 }) };
      const areaError = await refusal(store.db.transaction().execute((trx) => saveDraftChanges(trx, { submission: submissionId, user: health, changes: [nowhere] })));
      assert.equal(areaError.message, 'parameter changes: "XX" is not a reference area code');
    });

    it('reviewers never write values, and neither do providers of other organisations', async () => {
      assert.equal((await refusal(save(reviewer, [entry({ timePeriod: '2023', value: 20 })]))).code, 'FORBIDDEN');
      assert.equal((await refusal(save(education, [entry({ timePeriod: '2023', value: 20 })]))).code, 'FORBIDDEN');
    });
  });
}
