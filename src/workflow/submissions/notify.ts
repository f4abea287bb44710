import { activeUsersWithRole, insertNotifications, type Db, type Submission, type User } from '../../store/index.ts';

/**
 * Notification kinds of the workflow: `submission.submitted` (to reviewers; to admins when there is no reviewer),
 * `submission.approved`, `submission.returned` and `submission.reopened` (to whoever submitted it).
 * The payload is `{ submissionId, indicator, organisation, by, comment }`, the link the submission's work page.
 */
export type WorkflowNotificationKind = 'submission.submitted' | 'submission.approved' | 'submission.returned' | 'submission.reopened';

/** Notifies the people a state change concerns (never the one who made it), in the transaction of the change. */
export async function notifyStateChange(trx: Db, kind: WorkflowNotificationKind, submission: Submission, actor: User, comment: string | null, now: string): Promise<void> {
  let recipients: number[];
  if (kind === 'submission.submitted') {
    recipients = await activeUsersWithRole(trx, ['reviewer']);
    if (recipients.length === 0) recipients = await activeUsersWithRole(trx, ['admin']);
  } else {
    recipients = submission.submittedBy === null ? [] : [submission.submittedBy];
  }
  const payload = {
    submissionId: submission.id, indicator: submission.indicatorId, organisation: submission.organisationId,
    by: actor.displayName, comment,
  };
  await insertNotifications(trx, recipients.filter((id) => id !== actor.id)
    .map((userId) => ({ userId, kind, payload, link: `/work/submissions/${submission.id}` })), now);
}
