import { ApiError } from '../../api/errors.ts';
import { deleteDraftChange, findDraftChange, recordAudit, touchSubmission, userNames, type Db, type User } from '../../store/index.ts';
import { actorFor, checkTransition, workflowState } from './permissions.ts';
import { lockedSubmission } from './transitions.ts';

/**
 * Takes one change back out of a draft (or returned) submission, so its key shows the published value again;
 * recorded as `draft.revert`. Returns the submission's new revision.
 * @throws ApiError NOT_FOUND (submission or change), FORBIDDEN, INVALID_STATE, CONFLICT when `revision` (the change's
 * revision the user saw) is given and the change has moved on (details `{ key, current: { revision } }`).
 */
export async function removeDraftChange(db: Db, input: { submissionId: number; changeId: number; user: User; revision?: number }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const submission = await lockedSubmission(trx, input.submissionId);
    checkTransition(await workflowState(trx, submission), 'edit', await actorFor(trx, input.user, submission.indicatorId));
    const change = await findDraftChange(trx, submission.id, input.changeId);
    if (!change) throw new ApiError('NOT_FOUND', `no change ${input.changeId} in submission ${submission.id}`);
    const expected = input.revision ?? change.revision;
    if (!(await deleteDraftChange(trx, change.id, expected))) {
      const updatedBy = (await userNames(trx, [change.updatedBy])).get(change.updatedBy) ?? null;
      throw new ApiError('CONFLICT', `the value ${change.key} changed since revision ${expected}: it is at revision ${change.revision}`, {
        key: change.key,
        current: { op: change.op, value: change.value, unitMult: change.unitMult, attributes: change.attributes, revision: change.revision, updatedBy, updatedAt: change.updatedAt },
      });
    }
    const now = new Date().toISOString();
    await recordAudit(trx, [{
      at: now, userId: input.user.id, action: 'draft.revert', entity: 'draft_value', entityId: change.key, submissionId: submission.id,
      oldValue: { op: change.op, value: change.value, unitMult: change.unitMult, attributes: change.attributes }, newValue: null,
    }]);
    return touchSubmission(trx, submission.id, now);
  });
}
