import type { SubmissionState, UserRole } from '../../domain/index.ts';

/**
 * The submission state machine, pure: which action leads from which state to which, who may take it and whether it
 * needs a comment (DHIS2 data approval in SDG terms; see docs/decisions/0004-data-governance.md).
 *
 * | action | from | to | who |
 * |---|---|---|---|
 * | `edit` (save draft values) | draft, returned | (same) | provider of a responsible organisation, admin |
 * | `submit` | draft, returned | submitted | provider of a responsible organisation, admin |
 * | `approve` | submitted | approved | reviewer, admin |
 * | `return` (comment required) | submitted | returned | reviewer, admin |
 * | `reopen` (comment required) | approved | reopened | admin |
 * | `discard` | draft, returned | discarded | provider of a responsible organisation, admin |
 *
 * `reopened` and `discarded` are final. A re-opened submission stays `approved` in the table (its values stay
 * published; only its period locks go) and the audit trail marks it; a discarded one is deleted.
 */

/** What can be done to a submission. */
export type SubmissionAction = 'edit' | 'submit' | 'approve' | 'return' | 'reopen' | 'discard';
export const SUBMISSION_ACTIONS: readonly SubmissionAction[] = ['edit', 'submit', 'approve', 'return', 'reopen', 'discard'];

/** A submission's state as the workflow sees it: the stored states plus the two final ones. */
export type WorkflowState = SubmissionState | 'reopened' | 'discarded';

/** Who acts: a role and, for a provider, whether one of their organisations answers for the submission's indicator. */
export interface Actor {
  role: UserRole;
  answersForIndicator: boolean;
}

/** One rule of the machine. */
export interface TransitionRule {
  from: readonly WorkflowState[];
  /** The state after the action; null keeps the state (`edit`). */
  to: WorkflowState | null;
  roles: readonly UserRole[];
  /** Providers may act only for indicators their organisations answer for. */
  providerMustAnswer: boolean;
  commentRequired: boolean;
}

export const TRANSITIONS: Readonly<Record<SubmissionAction, TransitionRule>> = {
  edit: { from: ['draft', 'returned'], to: null, roles: ['provider', 'admin'], providerMustAnswer: true, commentRequired: false },
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['provider', 'admin'], providerMustAnswer: true, commentRequired: false },
  approve: { from: ['submitted'], to: 'approved', roles: ['reviewer', 'admin'], providerMustAnswer: false, commentRequired: false },
  return: { from: ['submitted'], to: 'returned', roles: ['reviewer', 'admin'], providerMustAnswer: false, commentRequired: true },
  reopen: { from: ['approved'], to: 'reopened', roles: ['admin'], providerMustAnswer: false, commentRequired: true },
  discard: { from: ['draft', 'returned'], to: 'discarded', roles: ['provider', 'admin'], providerMustAnswer: true, commentRequired: false },
};

/**
 * Why an action is refused: `FORBIDDEN` (role or organisation), `INVALID_STATE` (not from this state) or
 * `COMMENT_REQUIRED`, with a sentence naming the state, the action and what is missing.
 */
export interface TransitionRefusal {
  ok: false;
  code: 'FORBIDDEN' | 'INVALID_STATE' | 'COMMENT_REQUIRED';
  message: string;
}

/**
 * The state an action leads to, or why it is refused. Checks the role first, then the state, then the comment.
 * @example transition('submitted', 'return', { role: 'reviewer', answersForIndicator: false }, 'Check 2021')
 * // { ok: true, to: 'returned' }
 * @example transition('draft', 'approve', { role: 'reviewer', answersForIndicator: false })
 * // { ok: false, code: 'INVALID_STATE', message: 'cannot approve a submission that is draft (approve applies to: submitted)' }
 */
export function transition(state: WorkflowState, action: SubmissionAction, actor: Actor, comment?: string | null): { ok: true; to: WorkflowState } | TransitionRefusal {
  const rule = TRANSITIONS[action];
  if (!rule) return { ok: false, code: 'INVALID_STATE', message: `unknown action "${String(action)}" on a submission that is ${state}` };
  if (!rule.roles.includes(actor.role)) {
    return { ok: false, code: 'FORBIDDEN', message: `to ${action} a submission needs the role ${rule.roles.join(' or ')}, not ${actor.role}` };
  }
  if (actor.role === 'provider' && rule.providerMustAnswer && !actor.answersForIndicator) {
    return { ok: false, code: 'FORBIDDEN', message: `to ${action} this submission a provider must belong to an organisation that answers for its indicator` };
  }
  if (!rule.from.includes(state)) {
    return { ok: false, code: 'INVALID_STATE', message: `cannot ${action} a submission that is ${stateName(state)} (${action} applies to: ${rule.from.map(stateName).join(', ')})` };
  }
  if (rule.commentRequired && !(comment ?? '').trim()) {
    return { ok: false, code: 'COMMENT_REQUIRED', message: `a comment is required to ${action} a submission` };
  }
  return { ok: true, to: rule.to ?? state };
}

/**
 * A state as messages write it: the state's own word, but `re-opened` for `reopened`.
 * @example stateName('reopened') // 're-opened'
 */
export function stateName(state: WorkflowState): string {
  return state === 'reopened' ? 're-opened' : state;
}

/** The actions an actor may take from a state (for the pages' buttons), in {@link SUBMISSION_ACTIONS} order. */
export function allowedActions(state: WorkflowState, actor: Actor): SubmissionAction[] {
  return SUBMISSION_ACTIONS.filter((action) => {
    const result = transition(state, action, actor, 'comment');
    return result.ok;
  });
}
