import { ApiError } from '../../api/errors.ts';
import { findOpenSubmission, openDraft, recordAudit, type Db, type Submission, type User } from '../../store/index.ts';
import { actorFor, submittingOrganisation } from './permissions.ts';

/**
 * Opens the indicator's one open submission, or answers the one already open (whichever organisation opened it:
 * every organisation answering for the indicator works on the same draft). A new draft belongs to the user's
 * responsible organisation (an admin may name one) and is recorded as `submission.open`.
 * @throws ApiError FORBIDDEN for reviewers, viewers and providers whose organisations do not answer for the
 * indicator; BAD_PARAMETER for an organisation that cannot be used (see submittingOrganisation).
 */
export async function openSubmission(db: Db, input: { user: User; indicatorId: string; organisationId?: string }): Promise<{ submission: Submission; created: boolean }> {
  const { user, indicatorId } = input;
  const actor = await actorFor(db, user, indicatorId);
  if (user.role !== 'admin' && !(user.role === 'provider' && actor.answersForIndicator)) {
    throw new ApiError('FORBIDDEN', user.role === 'provider'
      ? `none of ${user.username}'s organisations answers for indicator ${indicatorId}`
      : `opening a submission needs the role provider or admin; ${user.username} is ${user.role}`);
  }
  const existing = await findOpenSubmission(db, indicatorId);
  if (existing) return { submission: existing, created: false };
  const organisationId = await submittingOrganisation(db, user, indicatorId, input.organisationId);
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const opened = await openDraft(trx, { indicatorId, organisationId, userId: user.id, now });
    if (opened.created) {
      await recordAudit(trx, [{
        at: now, userId: user.id, action: 'submission.open', entity: 'submission', entityId: String(opened.submission.id),
        submissionId: opened.submission.id, newValue: { state: 'draft', indicatorId, organisationId },
      }]);
    }
    return opened;
  });
}
