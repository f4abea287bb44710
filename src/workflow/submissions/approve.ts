import { lockPeriods, markReportedOnline, recordAudit, updateSubmission, type Db, type Submission, type User } from '../../store/index.ts';
import { applyChanges, type AppliedChanges } from './apply-changes.ts';
import { draftIssues } from './draft-checks.ts';
import { notifyStateChange } from './notify.ts';
import { actorFor, checkTransition, workflowState } from './permissions.ts';
import { checkRevision, lockedSubmission, recordState, refuseErrors } from './transitions.ts';

/**
 * Approves a submitted submission (reviewer or admin) in ONE transaction: validates the draft again (rules may have
 * changed since it was submitted; any error refuses), applies every change to the published
 * data (see applyChanges: history, `valid_from`, one `observation.*` audit event per changed value), locks the
 * (indicator, time period) pairs it touched, marks the indicator reported online when it was not, records
 * `submission.approve` and notifies the submitter. The values are public when the transaction commits.
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE (not submitted; a period locked since), CONFLICT (another revision),
 * VALIDATION_FAILED (details `{ issues }`: the errors the draft has now).
 */
export async function approveSubmission(db: Db, input: { id: number; user: User; revision: number; comment?: string | null }): Promise<{ submission: Submission; applied: Omit<AppliedChanges, 'events'> }> {
  return db.transaction().execute(async (trx) => {
    const before = await lockedSubmission(trx, input.id);
    checkTransition(await workflowState(trx, before), 'approve', await actorFor(trx, input.user, before.indicatorId));
    checkRevision(before, input.revision);
    refuseErrors(await draftIssues(trx, before.indicatorId, before.id));
    const now = new Date().toISOString();
    const comment = input.comment?.trim() || null;
    const { events, ...applied } = await applyChanges(trx, before, { userId: input.user.id, comment }, now);
    await lockPeriods(trx, before.indicatorId, applied.periods, { submissionId: before.id, userId: input.user.id, now });
    const submission = await updateSubmission(trx, before.id, { state: 'approved', decidedBy: input.user.id, decidedAt: now, comment }, now);
    await recordAudit(trx, events);
    if (applied.inserted + applied.updated > 0) {
      const previous = await markReportedOnline(trx, before.indicatorId);
      if (previous !== undefined) {
        await recordAudit(trx, [{
          at: now, userId: input.user.id, action: 'indicator.reporting_status', entity: 'indicator', entityId: before.indicatorId,
          submissionId: before.id, oldValue: previous, newValue: 'complete', comment: 'approved data published',
        }]);
      }
    }
    await recordState(trx, 'approve', before, submission, input.user, comment, now);
    await notifyStateChange(trx, 'submission.approved', submission, input.user, comment, now);
    return { submission, applied };
  });
}
