import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SubmissionState } from '../../domain/index.ts';
import { findSubmission, listDraftChanges, listSubmissions } from '../../store/index.ts';
import {
  CHANGES_PAGE, LISTED_DRAFT_ISSUES, openSubmission, removeDraftChange, saveChangeEntries, submissionDetail, summarise,
} from '../../workflow/submissions/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { listingOf } from '../catalogue.ts';
import { langQuery, workErrorResponses } from '../common-schema.ts';
import { notFound } from '../errors.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { presentSubmission, presentSummaries, readableSubmission } from './presenter.ts';
import {
  changeParams, changesBody, deleteChangeQuery, detailQuery, listQuery, noContent, openBody, saveResponse, submissionDetailResponse,
  submissionListResponse, submissionParams, submissionResponse,
} from './schema.ts';
import { submissionTransitionRoutes } from './transition-routes.ts';

/**
 * Submissions: `POST /indicators/{code}/submission` (open or get the indicator's one open submission),
 * `GET /submissions` (the queue; providers see their organisations' indicators), `GET /submissions/{id}` (changes
 * old → new, issues, steps), `PUT /submissions/{id}/changes` (save values, 409 on a stale revision),
 * `DELETE /submissions/{id}/changes/{changeId}`; the state changes are in transition-routes.ts.
 */
export const submissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.post('/indicators/:code/submission', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: "Open the indicator's submission, or get the one already open (provider of a responsible organisation, admin)",
      description: 'Answers 201 with a new draft, 200 with the open submission (whichever organisation opened it).',
      params: indicatorParams, body: openBody, response: { 200: submissionResponse, 201: submissionResponse, ...workErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const indicatorId = (await listingOf(db, request.params.code)).id;
    const { submission, created } = await openSubmission(db, { user, indicatorId, organisationId: request.body?.organisation });
    const changeCount = created ? 0 : (await listDraftChanges(db, submission.id)).length;
    return reply.code(created ? 201 : 200).send({ data: await presentSubmission(db, user, { ...submission, changeCount }) });
  });

  app.get('/submissions', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Submissions by state and indicator, most recently changed first (providers: their organisations\' indicators)',
      querystring: listQuery.extend({ lang: langQuery.shape.lang }), response: { 200: submissionListResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { state, indicator, limit, offset, lang } = request.query;
    const wanted = state ? new Set(state.split(',')) : null;
    const stored = wanted ? [...new Set([...wanted].map((s) => (s === 'reopened' ? 'approved' : s)))] as SubmissionState[] : undefined;
    // "approved" and "reopened" share the stored state: when only one is asked for, filter after reading.
    const split = wanted !== null && wanted.has('approved') !== wanted.has('reopened');
    const found = await listSubmissions(db, {
      states: stored, indicatorId: indicator === undefined ? undefined : (await listingOf(db, indicator)).id,
      visibleTo: user.role === 'provider' ? user.organisations : undefined,
      limit: split ? 100_000 : limit, offset: split ? 0 : offset,
    });
    let summaries = await summarise(db, found.items);
    let total = found.total;
    if (split) {
      summaries = summaries.filter((s) => wanted.has(s.state));
      total = summaries.length;
      summaries = summaries.slice(offset, offset + limit);
    }
    return { data: await presentSummaries(db, user, summaries, lang) as never, page: { total, offset, limit } };
  });

  app.get('/submissions/:id', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'One submission: header, a page of its changes with the published value beside each (old → new), issues, steps',
      description: `Lists \`limit\` changes (${CHANGES_PAGE} by default) from \`offset\` in key order, with \`changesPage\` saying how many `
        + `there are, and the first ${LISTED_DRAFT_ISSUES} issues of the draft (errors first) with \`issueCounts\`; \`truncated\` says which lists were cut.`,
      params: submissionParams, querystring: detailQuery.extend({ lang: langQuery.shape.lang }),
      response: { 200: submissionDetailResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const submission = await readableSubmission(db, user, request.params.id);
    const detail = await submissionDetail(db, submission, { offset: request.query.offset, limit: request.query.limit });
    const [presented] = await presentSummaries(db, user, [detail], request.query.lang);
    return { data: presented as never };
  });

  app.put('/submissions/:id/changes', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Enter or correct values in a draft or returned submission, all or nothing',
      description: 'Each value names the revision of its draft change the user saw (`baseRevision`, 0 = none); a stale one '
        + 'answers 409 CONFLICT with `details.current` (value, attributes, revision, updatedBy, updatedAt) and saves nothing. '
        + 'A locked period answers 409 INVALID_STATE naming the period and the approval. The answer carries the draft\'s issues.',
      params: submissionParams, body: changesBody, response: { 200: saveResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    if (!(await findSubmission(db, request.params.id))) throw notFound('submission', String(request.params.id));
    const result = await db.transaction().execute((trx) =>
      saveChangeEntries(trx, { submissionId: request.params.id, user, entries: request.body.changes }));
    return { data: result };
  });

  app.delete('/submissions/:id/changes/:changeId', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Take one value back out of the draft (its published value shows again); answers 204',
      params: changeParams, querystring: deleteChangeQuery, response: { 204: noContent, ...workErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    await removeDraftChange(db, { submissionId: request.params.id, changeId: request.params.changeId, user, revision: request.query.revision });
    return reply.code(204).send(null);
  });

  await app.register(submissionTransitionRoutes);
};
