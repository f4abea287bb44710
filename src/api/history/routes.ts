import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  countAudit, listAudit, observationKey, observationVersions, type AuditFilter, type ObservationVersion,
} from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { notFound } from '../errors.ts';
import { workErrorResponses } from '../common-schema.ts';
import { auditEntitiesFor, auditReaderOf, presentEvent } from './presenter.ts';
import { auditQuery, auditResponse, historyResponse, observationIdParams } from './schema.ts';

/**
 * `GET /observations/{id}/history` (signed in): every published version of a value with the interval it was public
 * (across re-imports, which give it new ids), and the audit events that changed it. `GET /audit` (admin, reviewer,
 * viewer): the audit trail, oldest first; only admins read `user.*` events and personal fields (see presenter.ts).
 */
export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/observations/:id/history', {
    preValidation: signedInAs(),
    schema: {
      tags: ['workflow'], summary: 'Versions of one observation with their valid intervals, and its audit events (signed in)',
      params: observationIdParams, response: { 200: historyResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const reader = auditReaderOf(requireUser(request).role);
    const id = request.params.id;
    const versions = await observationVersions(db, id);
    const ids = [...new Set([id, ...versions.map((v) => v.observationId)])];
    // Ids may be reused after a delete (SQLite): keep the events about this observation's key.
    const key = versions[0] ? observationKey(versions[0]) : null;
    const events = (await Promise.all(ids.map((entityId) => listAudit(db, { entity: 'observation', entityId: String(entityId) }))))
      .flat().filter((e) => key === null || observationKey((e.oldValue ?? e.newValue) as ObservationVersion) === key).sort((a, b) => a.id - b.id);
    if (versions.length === 0 && events.length === 0) throw notFound('observation', String(id));
    return {
      data: {
        observationId: id,
        versions: versions.map(({ replacedBySubmission, ...v }) => ({ ...v, submissionId: replacedBySubmission })),
        events: events.map((e) => presentEvent(e, reader)),
      },
    };
  });

  app.get('/audit', {
    preValidation: signedInAs('admin', 'reviewer', 'viewer'),
    schema: {
      tags: ['workflow'], summary: 'The audit trail by entity, entity id, submission or action, oldest first (admin, reviewer, viewer)',
      description: 'Admins read every event. Reviewers and viewers read the events about data, submissions, indicators, validation '
        + 'rules, responsibilities and organisations, without `user.*` events (log-ins, accounts) and without personal fields '
        + '(`ip`, `email`, `userAgent`) in the old and new values; a filter on other entities answers an empty list.',
      querystring: auditQuery, response: { 200: auditResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const reader = auditReaderOf(requireUser(request).role);
    const { entity, entityId, submission, action, limit, offset } = request.query;
    const entities = auditEntitiesFor(reader);
    const filter: AuditFilter = {
      entity, entityId, submissionId: submission, ...(entities ? { entities } : {}),
      ...(action?.endsWith('.') ? { actionPrefix: action } : { action }),
    };
    const [events, total] = await Promise.all([listAudit(db, { ...filter, limit, offset }), countAudit(db, filter)]);
    return { data: events.map((e) => presentEvent(e, reader)), page: { total, offset, limit } };
  });
};
