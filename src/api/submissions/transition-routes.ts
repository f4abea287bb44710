import { workErrorResponses } from '../common-schema.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listDraftChanges, type Db, type Submission, type User } from '../../store/index.ts';
import {
  approveSubmission, discardSubmission, reopenSubmission, returnSubmission, submitSubmission,
} from '../../workflow/submissions/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { presentSubmission, type PresentedSummary } from './presenter.ts';
import {
  approveBody, discardQuery, noContent, reopenBody, returnBody, submissionParams, submitBody, transitionResponse,
} from './schema.ts';

/**
 * The state changes of a submission, each one transaction with its audit event and notifications:
 * `POST /submissions/{id}/submit`, `…/approve`, `…/return`, `…/reopen` and `DELETE /submissions/{id}` (discard).
 * submit, approve and return name the submission revision the user saw (409 CONFLICT otherwise).
 */
export const submissionTransitionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const schema = (summary: string, description: string) => ({ tags: ['workflow'], summary, description, params: submissionParams });

  app.post('/submissions/:id/submit', {
    preValidation: signedInAs(),
    schema: {
      ...schema('Send a draft or returned submission for review (provider of a responsible organisation, admin)',
        'Validation errors answer 422 VALIDATION_FAILED with `details.issues`; so do warnings on a value without a warning '
        + 'comment (send them in `warningComments`, observation key → text, or with the value). Reviewers are notified.'),
      body: submitBody, response: { 200: transitionResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { submission, issues } = await submitSubmission(db, { id: request.params.id, user, ...request.body });
    return { data: { ...await present(db, user, submission), issues } };
  });

  app.post('/submissions/:id/approve', {
    preValidation: signedInAs(),
    schema: {
      ...schema('Approve a submitted submission: publish its values at once and lock their periods (reviewer, admin)',
        'One transaction: every change is applied to the published data, each replaced or deleted value moves to the '
        + 'history, one audit event per changed value, the (indicator, period) pairs are locked, the submitter is notified.'),
      body: approveBody, response: { 200: transitionResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { submission, applied } = await approveSubmission(db, { id: request.params.id, user, ...request.body });
    return { data: { ...await present(db, user, submission), applied } };
  });

  app.post('/submissions/:id/return', {
    preValidation: signedInAs(),
    schema: {
      ...schema('Return a submitted submission to its providers with a comment (reviewer, admin)', 'The comment is required; the submitter is notified.'),
      body: returnBody, response: { 200: transitionResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const submission = await returnSubmission(db, { id: request.params.id, user, ...request.body });
    return { data: await present(db, user, submission) };
  });

  app.post('/submissions/:id/reopen', {
    preValidation: signedInAs(),
    schema: {
      ...schema('Re-open an approved submission: unlock its periods so a new draft may correct them (admin)',
        'Its values stay published; the comment is required and recorded with the periods unlocked.'),
      body: reopenBody, response: { 200: transitionResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { submission, unlocked } = await reopenSubmission(db, { id: request.params.id, user, ...request.body });
    return { data: { ...await present(db, user, submission), unlocked } };
  });

  app.delete('/submissions/:id', {
    preValidation: signedInAs(),
    schema: {
      ...schema('Discard a draft or returned submission with its changes (provider of a responsible organisation, admin); answers 204', 'Recorded as submission.discard.'),
      querystring: discardQuery, response: { 204: noContent, ...workErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    await discardSubmission(db, { id: request.params.id, user, revision: request.query.revision });
    return reply.code(204).send(null);
  });
};

async function present(db: Db, user: User, submission: Submission): Promise<PresentedSummary> {
  return presentSubmission(db, user, { ...submission, changeCount: (await listDraftChanges(db, submission.id)).length });
}
