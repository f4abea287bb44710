import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Replication } from '../../domain/index.ts';
import { listReplications, recordAudit, saveReplication, type Db } from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { ApiError, notFound } from '../errors.ts';
import { editableCase, innovationEvent } from './access.ts';
import { assertOrganisations } from './case-routes.ts';
import { errors, idParams, replicationBody, replicationIdParams, replicationResponse, replicationStageBody } from './schema.ts';

/**
 * Writing replications: `POST /innovations/{id}/replications` and `POST /replications/{id}/stages`, for providers of
 * the case's lead organisation and admins, audited in the same transaction.
 */
export const innovationReplicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const writers = signedInAs('provider', 'admin');

  app.post('/innovations/:id/replications', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Record a replication of a case in another country', params: idParams, body: replicationBody, response: { 201: replicationResponse, ...errors } },
  }, async (request, reply) => {
    const user = requireUser(request, 'provider', 'admin');
    const { id: given, date, ...body } = request.body;
    const caseId = request.params.id;
    const saved = await db.transaction().execute(async (trx) => {
      await editableCase(trx, user, caseId);
      const id = given ?? `${caseId}-${body.adopterCountryIso3.toLowerCase()}-${randomUUID().slice(0, 8)}`;
      if ((await listReplications(trx, { caseId })).some((r) => r.id === id)) throw new ApiError('CONFLICT', `replication ${id} exists already`);
      await assertOrganisations(trx, id, [body.providerOrganisationId, body.adopterOrganisationId].filter((o): o is string => o !== null));
      const r: Replication = { id, caseId, ...body, stageHistory: [{ stage: body.stage, date, note: null }], origin: null };
      await saveReplication(trx, r, new Date().toISOString());
      const stored = await replicationOf(trx, id);
      await recordAudit(trx, [innovationEvent(user.id, 'replication.create', 'replication', id, null, stored)]);
      return stored;
    });
    return reply.code(201).send({ data: saved });
  });

  app.post('/replications/:id/stages', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Record the stage a replication reached, with its date', params: replicationIdParams, body: replicationStageBody, response: { 200: replicationResponse, ...errors } },
  }, async (request) => {
    const user = requireUser(request, 'provider', 'admin');
    const { id } = request.params;
    const saved = await db.transaction().execute(async (trx) => {
      const old = await replicationOf(trx, id).catch(() => { throw notFound('replication', id); });
      if (old.origin) throw new ApiError('INVALID_STATE', `replication ${id} is read-only here: it is published by ${old.origin.instanceUrl}`, { origin: old.origin });
      await editableCase(trx, user, old.caseId);
      await saveReplication(trx, { ...old, stage: request.body.stage, stageHistory: [...old.stageHistory, request.body] }, new Date().toISOString());
      const stored = await replicationOf(trx, id);
      await recordAudit(trx, [innovationEvent(user.id, 'replication.stage', 'replication', id, old, stored)]);
      return stored;
    });
    return { data: saved };
  });
};

async function replicationOf(db: Db, id: string): Promise<Replication> {
  const row = await db.selectFrom('innovation_replications').select('case_id').where('id', '=', id).executeTakeFirst();
  const r = row ? (await listReplications(db, { caseId: row.case_id })).find((x) => x.id === id) : undefined;
  if (!r) throw notFound('replication', id);
  return r;
}
