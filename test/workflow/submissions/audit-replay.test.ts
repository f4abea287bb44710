import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attributesOf, decodeDimensions, listAudit, type Db, type Store, type User } from '../../../src/store/index.ts';
import {
  approveSubmission, openSubmission, reopenSubmission, saveChangeEntries, submitSubmission, type AuditedObservation, type ChangeEntry,
} from '../../../src/workflow/submissions/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from './workflow-seed.ts';

/** Every current observation as the audit trail records one, by observation id. */
async function snapshot(db: Db): Promise<Map<string, AuditedObservation>> {
  const rows = await db.selectFrom('observations').selectAll().orderBy('id').execute();
  return new Map(rows.map((r) => [String(r.id), {
    series: r.series_code, area: r.area_code, timePeriod: r.time_period, dimensions: decodeDimensions(r.dimensions), unit: r.unit,
    unitMult: r.unit_mult, value: Number(r.value), attributes: attributesOf(r),
  }]));
}

/** Applies `observation.insert|update|delete` events, oldest first, to a copy of `data`; checks each old value matches. */
function replay(data: Map<string, AuditedObservation>, events: { action: string; entityId: string; oldValue?: unknown; newValue?: unknown }[]): Map<string, AuditedObservation> {
  const out = new Map(data);
  for (const e of events) {
    if (e.action !== 'observation.insert') assert.deepEqual(out.get(e.entityId), e.oldValue, `old value of ${e.action} ${e.entityId}`);
    if (e.action === 'observation.delete') out.delete(e.entityId);
    else out.set(e.entityId, e.newValue as AuditedObservation);
  }
  return out;
}

for (const dialect of STORE_DIALECTS) {
  describe(`audit replay on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let provider: User;
    let reviewer: User;
    let admin: User;
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await seedWorkflow(store);
      provider = (await workflowUser(store, 'provider', ['MOHFW'])).user;
      reviewer = (await workflowUser(store, 'reviewer')).user;
      admin = (await workflowUser(store, 'admin')).user;
    });
    after(async () => dispose?.());

    /** Opens 3.2.1's submission, saves the entries, submits and approves it; returns its id. */
    async function publish(entries: ChangeEntry[]): Promise<number> {
      const { submission } = await openSubmission(store.db, { user: provider, indicatorId: '3.2.1' });
      const saved = await store.db.transaction().execute((trx) => saveChangeEntries(trx, { submissionId: submission.id, user: provider, entries }));
      const sent = await submitSubmission(store.db, { id: submission.id, user: provider, revision: saved.submission.revision });
      await approveSubmission(store.db, { id: submission.id, user: reviewer, revision: sent.submission.revision, comment: 'ok' });
      return submission.id;
    }

    it('replaying the observation events of every approved submission over the data before them rebuilds the current observations exactly', async () => {
      const before = await snapshot(store.db);
      const first = await publish([
        entry({ sex: 'F', value: 25.0, attributes: { NATURE: 'E', COMMENT_OBS: 'UN IGME 2024' } }),
        entry({ timePeriod: '2022', value: 26.1 }), entry({ timePeriod: '2022', sex: 'F', value: 24.0 }),
        entry({ timePeriod: '2020', sex: 'M', value: null }),
      ]);
      const afterFirst = await snapshot(store.db);
      const firstEvents = await listAudit(store.db, { submissionId: first, actionPrefix: 'observation.' });
      assert.deepEqual(firstEvents.map((e) => e.action).sort(), ['observation.delete', 'observation.insert', 'observation.insert', 'observation.update']);
      assert.deepEqual(replay(before, firstEvents), afterFirst);

      await publish([entry({ timePeriod: '2023', value: 25.4 })]);
      await reopenSubmission(store.db, { id: first, user: admin, comment: 'UN IGME revised 2021 and 2022' });
      await publish([
        entry({ timePeriod: '2022', value: 25.9 }), entry({ timePeriod: '2022', sex: 'F', value: null }),
        entry({ sex: 'F', value: 25.1, attributes: { NATURE: 'E' } }), entry({ timePeriod: '2020', sex: 'M', value: 30.7 }),
      ]);
      const all = await listAudit(store.db, { actionPrefix: 'observation.' });
      assert.equal(all.length, 4 + 1 + 4);
      const now = await snapshot(store.db);
      assert.deepEqual(replay(before, all), now);
      assert.deepEqual([...now.values()].filter((o) => o.timePeriod === '2021' && o.dimensions.SEX === 'F').map((o) => [o.value, o.attributes]),
        [[25.1, { NATURE: 'E' }]]);
    });
  });
}
