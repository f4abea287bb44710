import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CooperationRequest } from '../../domain/index.ts';
import { suggestCases } from '../../assessment/innovation-views.ts';
import {
  answerCooperationRequest, listCooperationAnswers, listCooperationRequests, recordAudit, saveCooperationRequest,
} from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { notFound } from '../errors.ts';
import { asValidation, editableCase, innovationEvent } from './access.ts';
import { assertOrganisations } from './case-routes.ts';
import {
  answerBody, answerResponse, errors, requestBody, requestIdParams, requestResponse, requestsResponse,
} from './schema.ts';

/**
 * Cooperation requests: `POST /innovation-requests` (signed in), `GET /innovation-requests`,
 * `GET /innovation-requests/{id}` with suggested cases (score and reasons, see matchCases) and the answers,
 * `POST /innovation-requests/{id}/answers` (a provider answering for a case its organisation leads, or an admin).
 */
export const innovationRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.post('/innovation-requests', {
    preValidation: signedInAs(),
    schema: { tags: ['innovations'], summary: 'Post a problem for which a country or organisation wants a solution', body: requestBody, response: { 201: requestResponse, ...errors } },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { types, ...body } = request.body;
    const r: CooperationRequest = { id: `req-${randomUUID()}`, ...body, status: 'open', createdAt: new Date().toISOString(), origin: null };
    await db.transaction().execute(async (trx) => {
      if (r.organisationId) await assertOrganisations(trx, r.id, [r.organisationId]);
      await saveCooperationRequest(trx, r, user.id).catch(asValidation);
      await recordAudit(trx, [innovationEvent(user.id, 'innovation_request.create', 'innovation_request', r.id, null, r)]);
    });
    return reply.code(201).send({ data: { ...r, answers: [], suggestions: await suggestCases(db, r, types) } });
  });

  app.get('/innovation-requests', {
    schema: { tags: ['innovations'], summary: 'Cooperation requests, newest first', response: { 200: requestsResponse, ...errors } },
  }, async () => ({ data: await listCooperationRequests(db) }));

  app.get('/innovation-requests/:id', {
    schema: {
      tags: ['innovations'], summary: 'One request with its answers and the published cases suggested for it (score and reasons)',
      params: requestIdParams, response: { 200: requestResponse, ...errors },
    },
  }, async (request) => {
    const r = (await listCooperationRequests(db)).find((x) => x.id === request.params.id);
    if (!r) throw notFound('cooperation request', request.params.id);
    return { data: { ...r, answers: await listCooperationAnswers(db, r.id), suggestions: await suggestCases(db, r) } };
  });

  app.post('/innovation-requests/:id/answers', {
    preValidation: signedInAs('provider', 'admin'),
    schema: { tags: ['innovations'], summary: 'Answer a request for one of your cases', params: requestIdParams, body: answerBody, response: { 201: answerResponse, ...errors } },
  }, async (request, reply) => {
    const user = requireUser(request, 'provider', 'admin');
    const { id } = request.params;
    const answer = await db.transaction().execute(async (trx) => {
      const exists = await trx.selectFrom('innovation_requests').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw notFound('cooperation request', id);
      const c = await editableCase(trx, user, request.body.caseId);
      const lead = c.organisations.find((o) => o.role === 'lead')?.organisationId ?? null;
      const a = await answerCooperationRequest(trx, {
        requestId: id, caseId: c.id, organisationId: lead, text: request.body.text, createdAt: new Date().toISOString(), createdBy: user.id,
      });
      await recordAudit(trx, [innovationEvent(user.id, 'innovation_request.answer', 'innovation_request', id, null, a)]);
      return a;
    });
    return reply.code(201).send({ data: answer });
  });
};
