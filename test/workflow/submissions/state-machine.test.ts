import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UserRole } from '../../../src/domain/index.ts';
import { allowedActions, stateName, transition, type SubmissionAction, type WorkflowState } from '../../../src/workflow/submissions/index.ts';

const STATES: WorkflowState[] = ['draft', 'submitted', 'returned', 'approved', 'reopened', 'discarded'];
const ACTIONS: SubmissionAction[] = ['edit', 'submit', 'approve', 'return', 'reopen', 'discard'];

/** The whole machine for a role that may take every action: state → action → next state, or '-' for INVALID_STATE. */
const TABLE: Record<WorkflowState, Record<SubmissionAction, WorkflowState | '-'>> = {
  draft: { edit: 'draft', submit: 'submitted', approve: '-', return: '-', reopen: '-', discard: 'discarded' },
  submitted: { edit: '-', submit: '-', approve: 'approved', return: 'returned', reopen: '-', discard: '-' },
  returned: { edit: 'returned', submit: 'submitted', approve: '-', return: '-', reopen: '-', discard: 'discarded' },
  approved: { edit: '-', submit: '-', approve: '-', return: '-', reopen: 'reopened', discard: '-' },
  reopened: { edit: '-', submit: '-', approve: '-', return: '-', reopen: '-', discard: '-' },
  discarded: { edit: '-', submit: '-', approve: '-', return: '-', reopen: '-', discard: '-' },
};

const admin = { role: 'admin' as UserRole, answersForIndicator: false };

describe('submission state machine', () => {
  for (const state of STATES) {
    for (const action of ACTIONS) {
      const expected = TABLE[state][action];
      it(`transition(${state}, ${action}) by an admin ${expected === '-' ? 'is INVALID_STATE naming both' : `leads to ${expected}`}`, () => {
        const result = transition(state, action, admin, 'a comment');
        if (expected === '-') {
          assert.equal(result.ok, false);
          assert.equal(!result.ok && result.code, 'INVALID_STATE');
          assert.match(!result.ok ? result.message : '', new RegExp(`cannot ${action} a submission that is ${stateName(state)} `));
        } else {
          assert.deepEqual(result, { ok: true, to: expected });
        }
      });
    }
  }

  it('a provider may edit, submit and discard only for an indicator one of their organisations answers for', () => {
    const own = { role: 'provider' as UserRole, answersForIndicator: true };
    const other = { role: 'provider' as UserRole, answersForIndicator: false };
    assert.deepEqual(allowedActions('draft', own), ['edit', 'submit', 'discard']);
    assert.deepEqual(allowedActions('draft', other), []);
    assert.equal((transition('draft', 'submit', other) as { code: string }).code, 'FORBIDDEN');
  });

  it('a reviewer approves or returns a submitted submission but never edits, submits or re-opens', () => {
    const reviewer = { role: 'reviewer' as UserRole, answersForIndicator: false };
    assert.deepEqual(allowedActions('submitted', reviewer), ['approve', 'return']);
    assert.equal((transition('draft', 'edit', reviewer) as { code: string }).code, 'FORBIDDEN');
    assert.equal((transition('approved', 'reopen', reviewer) as { code: string }).code, 'FORBIDDEN');
  });

  it('return and reopen need a comment; approve does not', () => {
    assert.deepEqual(transition('submitted', 'return', admin, '  '), { ok: false, code: 'COMMENT_REQUIRED', message: 'a comment is required to return a submission' });
    assert.equal((transition('approved', 'reopen', admin) as { code: string }).code, 'COMMENT_REQUIRED');
    assert.deepEqual(transition('submitted', 'approve', admin), { ok: true, to: 'approved' });
  });

  it('a refusal calls a re-opened submission re-opened, never approved', () => {
    assert.deepEqual(transition('reopened', 'approve', admin), {
      ok: false, code: 'INVALID_STATE', message: 'cannot approve a submission that is re-opened (approve applies to: submitted)',
    });
  });

  it('a viewer may do nothing', () => {
    for (const state of STATES) assert.deepEqual(allowedActions(state, { role: 'viewer', answersForIndicator: true }), []);
  });
});
