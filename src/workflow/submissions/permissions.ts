import { ApiError } from '../../api/errors.ts';
import {
  answersFor, listResponsibilities, organisationNames, reopenedSubmissions, type Db, type Submission, type User,
} from '../../store/index.ts';
import { transition, type Actor, type SubmissionAction, type WorkflowState } from './state-machine.ts';

/**
 * Who may do what with a submission: the state machine's rules plus the organisations that answer for an indicator
 * (a provider writes only indicators one of their organisations answers for; reviewers never write values).
 */

/** The actor a user is for an indicator. */
export async function actorFor(db: Db, user: User, indicatorId: string): Promise<Actor> {
  const answers = user.role === 'provider' ? await answersFor(db, indicatorId, user.organisations) : false;
  return { role: user.role, answersForIndicator: answers };
}

/**
 * The state an action leads to.
 * @throws ApiError FORBIDDEN (role or organisation), INVALID_STATE naming the state and the action, BAD_PARAMETER for
 * a missing comment.
 */
export function checkTransition(state: WorkflowState, action: SubmissionAction, actor: Actor, comment?: string | null): WorkflowState {
  const result = transition(state, action, actor, comment);
  if (result.ok) return result.to;
  if (result.code === 'COMMENT_REQUIRED') throw new ApiError('BAD_PARAMETER', `parameter comment: ${result.message}`);
  throw new ApiError(result.code, result.message);
}

/** A submission's state as the workflow sees it: `reopened` for an approved submission an admin has re-opened. */
export async function workflowState(db: Db, submission: Submission): Promise<WorkflowState> {
  if (submission.state !== 'approved') return submission.state;
  return (await reopenedSubmissions(db, [submission.id])).has(submission.id) ? 'reopened' : 'approved';
}

/** Whether a user may read a submission: any role but provider; a provider for their organisations' indicators. */
export async function canRead(db: Db, user: User, submission: Submission): Promise<boolean> {
  if (user.role !== 'provider') return true;
  return user.organisations.includes(submission.organisationId) || answersFor(db, submission.indicatorId, user.organisations);
}

/** @throws ApiError FORBIDDEN when the user may not read the submission. */
export async function assertCanRead(db: Db, user: User, submission: Submission): Promise<void> {
  if (!(await canRead(db, user, submission))) {
    throw new ApiError('FORBIDDEN', `${user.username}'s organisations do not answer for indicator ${submission.indicatorId}`);
  }
}

/**
 * The organisation a new submission belongs to. A provider: their organisation that answers for the indicator (lead
 * before co-lead before associate). An admin: the one asked for (any organisation), else the indicator's lead, else
 * its first responsible organisation.
 * @throws ApiError FORBIDDEN for a provider whose organisations do not answer for it, or another role;
 * BAD_PARAMETER for an unknown organisation, or when nobody answers for the indicator and none is named.
 */
export async function submittingOrganisation(db: Db, user: User, indicatorId: string, requested?: string): Promise<string> {
  const responsible = await listResponsibilities(db, { indicatorId });
  if (user.role === 'provider') {
    if (requested !== undefined && !user.organisations.includes(requested)) {
      throw new ApiError('FORBIDDEN', `${user.username} does not work for organisation ${requested}`);
    }
    const own = responsible.find((r) => user.organisations.includes(r.organisationId) && (requested === undefined || r.organisationId === requested));
    if (!own) throw new ApiError('FORBIDDEN', `none of ${user.username}'s organisations answers for indicator ${indicatorId}`);
    return own.organisationId;
  }
  if (user.role !== 'admin') {
    throw new ApiError('FORBIDDEN', `opening a submission needs the role provider or admin; ${user.username} is ${user.role}`);
  }
  if (requested !== undefined) {
    if ((await organisationNames(db, [requested])).size === 0) throw new ApiError('BAD_PARAMETER', `parameter organisation: no organisation "${requested}"`);
    return requested;
  }
  const first = responsible[0];
  if (!first) {
    throw new ApiError('BAD_PARAMETER', `parameter organisation: indicator ${indicatorId} has no responsible organisation; name one`);
  }
  return first.organisationId;
}
