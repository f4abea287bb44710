import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  countAudit, listAudit, observationKey, observationVersions, type AuditFilter, type ObservationVersion, type StoredAuditEvent,
} from '../../store/index.ts';
import { signedInAs } from '../auth/session-hook.ts';
import { notFound } from '../errors.ts';
import { workErrorResponses } from '../common-schema.ts';
import { auditQuery, auditResponse, historyResponse, observationIdParams } from './schema.ts';

/**
 * `GET /observations/{id}/history` (signed in): every published version of a value with the interval it was public
 * (across re-imports, which give it new ids), and the audit events that changed it. `GET /audit` (admin, reviewer, viewer): the audit trail, oldest first.
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
        events: events.map(presentEvent),
      },
    };
  });

  app.get('/audit', {
    preValidation: signedInAs('admin', 'reviewer', 'viewer'),
    schema: {
      tags: ['workflow'], summary: 'The audit trail by entity, entity id, submission or action, oldest first (admin, reviewer, viewer)',
      querystring: auditQuery, response: { 200: auditResponse, ...workErrorResponses },
    },
  }, async (request) => {
    const { entity, entityId, submission, action, limit, offset } = request.query;
    const filter: AuditFilter = {
      entity, entityId, submissionId: submission,
      ...(action?.endsWith('.') ? { actionPrefix: action } : { action }),
    };
    const [events, total] = await Promise.all([listAudit(db, { ...filter, limit, offset }), countAudit(db, filter)]);
    return { data: events.map(presentEvent), page: { total, offset, limit } };
  });
};

function presentEvent(e: StoredAuditEvent) {
  return {
    id: e.id, at: e.at, userId: e.userId, user: e.userName ?? null, action: e.action, entity: e.entity, entityId: e.entityId,
    old: e.oldValue ?? null, new: e.newValue ?? null, submissionId: e.submissionId ?? null, comment: e.comment ?? null,
  };
}
