import type { ValidationIssue } from '../../domain/index.ts';
import { ApiError } from '../../api/errors.ts';
import {
  deleteSubmission, listDraftChanges, lockSubmission, recordAudit, setWarningComments, unlockSubmission, updateSubmission,
  type Db, type Submission, type User,
} from '../../store/index.ts';
import { draftIssues } from './draft-checks.ts';
import { notifyStateChange } from './notify.ts';
import { actorFor, checkTransition, workflowState } from './permissions.ts';

/**
 * Submit, return, re-open and discard: each in one transaction that holds the submission's row lock, checks the
 * state machine, the revision the client saw, writes the new state, a `submission.<action>` audit event and the
 * notifications. Approval, which also publishes, is in approve.ts.
 */

/**
 * Sends a draft or returned submission for review. Saves `warningComments` (observation key → text) on the changes
 * first; then errors of validation block, and every warning needs a comment: on its value's change, or in
 * `warningComments` when it is about a value the draft does not change (a `parts_sum` total); those are recorded with
 * the `submission.submit` event.
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE (state; nothing to submit), CONFLICT (another revision, details
 * `{ revision, state }`), VALIDATION_FAILED (details `{ issues }`: the errors, or the warnings without a comment).
 */
export async function submitSubmission(db: Db, input: { id: number; user: User; revision: number; comment?: string | null; warningComments?: Record<string, string> }): Promise<{ submission: Submission; issues: ValidationIssue[] }> {
  return db.transaction().execute(async (trx) => {
    const before = await lockedSubmission(trx, input.id);
    checkTransition(await workflowState(trx, before), 'submit', await actorFor(trx, input.user, before.indicatorId));
    checkRevision(before, input.revision);
    const now = new Date().toISOString();
    const comments = new Map(Object.entries(input.warningComments ?? {}).filter(([, text]) => text.trim() !== ''));
    await setWarningComments(trx, before.id, comments, { userId: input.user.id, now });
    const changes = await listDraftChanges(trx, before.id);
    if (changes.length === 0) throw new ApiError('INVALID_STATE', `submission ${before.id} holds no changes to submit`);
    const issues = await draftIssues(trx, before.indicatorId, before.id);
    refuseErrors(issues);
    const explained = new Set([...comments.keys(), ...changes.filter((c) => (c.warningComment ?? '').trim() !== '').map((c) => c.key)]);
    const unexplained = issues.filter((i) => i.severity === 'warning' && !explained.has(i.key));
    if (unexplained.length > 0) {
      throw new ApiError('VALIDATION_FAILED', `${unexplained.length === 1 ? '1 warning needs' : `${unexplained.length} warnings need`} a comment on the value: `
        + `${unexplained[0]!.key}: ${unexplained[0]!.message}`, { issues: unexplained });
    }
    const changed = new Set(changes.map((c) => c.key));
    const aside = Object.fromEntries(issues.filter((i) => i.severity === 'warning' && !changed.has(i.key)).map((i) => [i.key, comments.get(i.key)!]));
    const submission = await updateSubmission(trx, before.id, { state: 'submitted', submittedBy: input.user.id, submittedAt: now }, now);
    await recordState(trx, 'submit', before, submission, input.user, input.comment ?? null, now, Object.keys(aside).length > 0 ? { warningComments: aside } : {});
    await notifyStateChange(trx, 'submission.submitted', submission, input.user, input.comment ?? null, now);
    return { submission, issues };
  });
}

/**
 * @throws ApiError VALIDATION_FAILED (details `{ issues }`) when an issue is an error, naming the first:
 * `2 values break validation rules: value 104.2 is above the maximum 100 (rule 'range', error) …`.
 */
export function refuseErrors(issues: ValidationIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  throw new ApiError('VALIDATION_FAILED', `${errors.length === 1 ? '1 value breaks' : `${errors.length} values break`} validation rules: ${errors[0]!.message}`
    + (errors.length > 1 ? ' …' : ''), { issues: errors });
}

/**
 * Sends a submitted submission back to its providers with the reviewer's comment.
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE, CONFLICT, BAD_PARAMETER (no comment).
 */
export async function returnSubmission(db: Db, input: { id: number; user: User; revision: number; comment: string }): Promise<Submission> {
  return db.transaction().execute(async (trx) => {
    const before = await lockedSubmission(trx, input.id);
    checkTransition(await workflowState(trx, before), 'return', await actorFor(trx, input.user, before.indicatorId), input.comment);
    checkRevision(before, input.revision);
    const now = new Date().toISOString();
    const comment = input.comment.trim();
    const submission = await updateSubmission(trx, before.id, { state: 'returned', decidedBy: input.user.id, decidedAt: now, comment }, now);
    await recordState(trx, 'return', before, submission, input.user, comment, now);
    await notifyStateChange(trx, 'submission.returned', submission, input.user, comment, now);
    return submission;
  });
}

/**
 * Re-opens an approved submission (admin): its values stay published, the locks it holds on time periods go, so a
 * new draft may correct them. Recorded as `submission.reopen` with the periods unlocked.
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE (not approved, or re-opened already), CONFLICT, BAD_PARAMETER.
 */
export async function reopenSubmission(db: Db, input: { id: number; user: User; revision?: number; comment: string }): Promise<{ submission: Submission; unlocked: string[] }> {
  return db.transaction().execute(async (trx) => {
    const before = await lockedSubmission(trx, input.id);
    checkTransition(await workflowState(trx, before), 'reopen', await actorFor(trx, input.user, before.indicatorId), input.comment);
    if (input.revision !== undefined) checkRevision(before, input.revision);
    const now = new Date().toISOString();
    const comment = input.comment.trim();
    const unlocked = await unlockSubmission(trx, before.id);
    const submission = await updateSubmission(trx, before.id, {}, now);
    await recordAudit(trx, [{
      at: now, userId: input.user.id, action: 'submission.reopen', entity: 'submission', entityId: String(before.id), submissionId: before.id,
      oldValue: { state: 'approved', revision: before.revision, locked: unlocked },
      newValue: { state: 'reopened', revision: submission.revision, unlocked }, comment,
    }]);
    await notifyStateChange(trx, 'submission.reopened', submission, input.user, comment, now);
    return { submission, unlocked };
  });
}

/**
 * Discards a draft or returned submission: deletes it with its changes, recorded as `submission.discard` (with the
 * number of changes it held).
 * @throws ApiError NOT_FOUND, FORBIDDEN, INVALID_STATE, CONFLICT (when a revision is given and differs).
 */
export async function discardSubmission(db: Db, input: { id: number; user: User; revision?: number }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await lockedSubmission(trx, input.id);
    checkTransition(await workflowState(trx, before), 'discard', await actorFor(trx, input.user, before.indicatorId));
    if (input.revision !== undefined) checkRevision(before, input.revision);
    const now = new Date().toISOString();
    const changes = await listDraftChanges(trx, before.id);
    await recordAudit(trx, [{
      at: now, userId: input.user.id, action: 'submission.discard', entity: 'submission', entityId: String(before.id), submissionId: before.id,
      oldValue: { state: before.state, revision: before.revision, indicatorId: before.indicatorId, organisationId: before.organisationId, changes: changes.length },
      newValue: { state: 'discarded' },
    }]);
    await deleteSubmission(trx, before.id);
  });
}

/** The submission with its row lock taken. @throws ApiError NOT_FOUND. */
export async function lockedSubmission(trx: Db, id: number): Promise<Submission> {
  const submission = await lockSubmission(trx, id);
  if (!submission) throw new ApiError('NOT_FOUND', `no submission ${id}`);
  return submission;
}

/** @throws ApiError CONFLICT when the client saw another revision of the submission. */
export function checkRevision(submission: Submission, revision: number): void {
  if (submission.revision === revision) return;
  throw new ApiError('CONFLICT', `submission ${submission.id} changed since revision ${revision}: it is at revision ${submission.revision}; load it again`, {
    revision: submission.revision, state: submission.state, updatedAt: submission.updatedAt,
  });
}

/** Records a `submission.<action>` audit event with the state and revision before and after (and `extra` after). */
export async function recordState(
  trx: Db, action: string, before: Submission, after: Submission, user: User, comment: string | null, now: string, extra: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(trx, [{
    at: now, userId: user.id, action: `submission.${action}`, entity: 'submission', entityId: String(before.id), submissionId: before.id,
    oldValue: { state: before.state, revision: before.revision }, newValue: { state: after.state, revision: after.revision, ...extra }, comment,
  }]);
}
