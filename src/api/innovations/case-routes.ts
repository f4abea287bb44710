import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { InnovationCase, TcvMeasurement } from '../../domain/index.ts';
import { innovationCaseView } from '../../assessment/innovation-views.ts';
import { normaliseTcvValue } from '../../ingest/innovations/index.ts';
import {
  getInnovationCase, listTcvMeasurements, recordAudit, replaceTcvMeasurements, saveInnovationCase, type Db,
} from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { ApiError } from '../errors.ts';
import { asValidation, editableCase, forbiddenFor, innovationEvent, mayEdit } from './access.ts';
import {
  caseViewResponse, createCaseBody, errors, evidenceBody, idParams, moderationBody, patchCaseBody, stageBody, tcvBody,
} from './schema.ts';

/**
 * Writing innovation cases: `POST /innovations`, `PATCH /innovations/{id}`, `POST /innovations/{id}/stages`,
 * `…/evidence`, `…/tcv` (providers of the lead organisation, admins) and `POST /innovations/{id}/moderation` (admins:
 * publish or withdraw with a reason). New cases start as drafts. Every change writes its audit event (old → new) in
 * the same transaction; cases read from another installation answer 409 naming their origin.
 */
export const innovationCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  const writers = signedInAs('provider', 'admin');

  app.post('/innovations', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Create an innovation case (draft) led by one of your organisations', body: createCaseBody, response: { 201: caseViewResponse, ...errors } },
  }, async (request, reply) => {
    const user = requireUser(request, 'provider', 'admin');
    const { id: given, ...fields } = request.body;
    const id = given ?? slug(`${fields.countryIso3 ?? 'case'}-${fields.title}`);
    const view = await db.transaction().execute(async (trx) => {
      if (!(await mayEdit(trx, user, fields.organisations))) throw forbiddenFor(user, fields.organisations);
      if (await getInnovationCase(trx, id)) throw new ApiError('CONFLICT', `innovation case ${id} exists already`);
      await assertOrganisations(trx, id, fields.organisations.map((o) => o.organisationId));
      const c: InnovationCase = { id, ...fields, status: 'draft', seedKey: null, origin: null };
      await saveInnovationCase(trx, c, new Date().toISOString()).catch(asValidation);
      const saved = await getInnovationCase(trx, id, { contacts: 'all' });
      await recordAudit(trx, [innovationEvent(user.id, 'innovation.create', 'innovation', id, null, saved)]);
      return (await innovationCaseView(trx, id, { contacts: 'all' }))!;
    });
    return reply.code(201).send({ data: view });
  });

  app.patch('/innovations/:id', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Change fields of a case (provider of its lead organisation, admin)', params: idParams, body: patchCaseBody, response: { 200: caseViewResponse, ...errors } },
  }, async (request) => {
    const user = requireUser(request, 'provider', 'admin');
    return { data: await change(db, user.id, request.params.id, 'innovation.update', async (trx, old) => {
      const next = { ...old, ...request.body };
      if (request.body.organisations && !(await mayEdit(trx, user, next.organisations))) throw forbiddenFor(user, next.organisations);
      if (request.body.organisations) await assertOrganisations(trx, old.id, next.organisations.map((o) => o.organisationId));
      return next;
    }, (trx) => editableCase(trx, user, request.params.id)) };
  });

  app.post('/innovations/:id/stages', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Record the stage a case reached, with its date', params: idParams, body: stageBody, response: { 200: caseViewResponse, ...errors } },
  }, async (request) => {
    const user = requireUser(request, 'provider', 'admin');
    return { data: await change(db, user.id, request.params.id, 'innovation.stage', async (_trx, old) => ({
      ...old, stage: request.body.stage, stageHistory: [...old.stageHistory, request.body],
    }), (trx) => editableCase(trx, user, request.params.id)) };
  });

  app.post('/innovations/:id/evidence', {
    preValidation: writers,
    schema: { tags: ['innovations'], summary: 'Add (or replace by id) an evidence item of a case', params: idParams, body: evidenceBody, response: { 200: caseViewResponse, ...errors } },
  }, async (request) => {
    const user = requireUser(request, 'provider', 'admin');
    return { data: await change(db, user.id, request.params.id, 'innovation.evidence', async (_trx, old) => {
      const item = { ...request.body, id: request.body.id ?? `${old.id}-evidence-${randomUUID().slice(0, 8)}` };
      const others = old.evidence.filter((e) => e.id !== item.id);
      return { ...old, evidence: [...others, item] };
    }, (trx) => editableCase(trx, user, request.params.id)) };
  });

  app.post('/innovations/:id/tcv', {
    preValidation: writers,
    schema: {
      tags: ['innovations'], summary: 'Add TCV figures of a case (replacing those of the same measure key and phase)',
      description: 'Time wording is read into calendar hours (30-45 days → 720–1080 h), cost in its currency (unitText = ISO 4217), visits as counts.',
      params: idParams, body: tcvBody, response: { 200: caseViewResponse, ...errors },
    },
  }, async (request) => {
    const user = requireUser(request, 'provider', 'admin');
    const { id } = request.params;
    const view = await db.transaction().execute(async (trx) => {
      const c = await editableCase(trx, user, id);
      const old = await listTcvMeasurements(trx, id);
      const unknownEvidence = request.body.figures.filter((f) => f.evidenceId && !c.evidence.some((e) => e.id === f.evidenceId));
      if (unknownEvidence.length) {
        throw new ApiError('VALIDATION_FAILED', `evidence ${unknownEvidence.map((f) => f.evidenceId).join(', ')} is not an evidence item of ${id}`,
          unknownEvidence.map((f) => ({ record: `${f.measureKey} (${f.phase})`, field: 'evidenceId', reason: `${f.evidenceId} is not an evidence item of ${id}` })));
      }
      const added: TcvMeasurement[] = request.body.figures.map((f) => {
        const n = normaliseTcvValue(f.dimension, f.valueText, f.unitText);
        return { ...f, caseId: id, valueLow: n.low, valueHigh: n.high, valueUnit: n.unit, currency: n.currency };
      });
      const replaced = new Set(added.map((f) => `${f.measureKey}|${f.phase}`));
      const kept: TcvMeasurement[] = old.filter((m) => !replaced.has(`${m.measureKey}|${m.phase}`)).map(({ id: _id, strength: _s, ...m }) => m);
      await replaceTcvMeasurements(trx, id, [...kept, ...added]);
      const before = old.map(({ id: _id, ...m }) => m);
      await recordAudit(trx, [innovationEvent(user.id, 'innovation.tcv', 'innovation', id, before, await listTcvMeasurements(trx, id))]);
      return (await innovationCaseView(trx, id, { contacts: 'all' }))!;
    });
    return { data: view };
  });

  app.post('/innovations/:id/moderation', {
    preValidation: signedInAs('admin'),
    schema: { tags: ['innovations'], summary: 'Publish or withdraw a case, with a reason (admin)', params: idParams, body: moderationBody, response: { 200: caseViewResponse, ...errors } },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const { action, reason } = request.body;
    return { data: await change(db, admin.id, request.params.id, `innovation.${action}`, async (_trx, old) => ({
      ...old, status: action === 'publish' ? 'published' : 'withdrawn',
    }), (trx) => editableCase(trx, admin, request.params.id), reason) };
  });
};

/** Loads a case through `load` (which checks the rights), changes it with `edit`, saves and audits it, all in one transaction. */
async function change(
  db: Db, userId: number, id: string, action: string, edit: (trx: Db, old: InnovationCase) => Promise<InnovationCase>,
  load: (trx: Db) => Promise<InnovationCase>, comment: string | null = null,
) {
  return db.transaction().execute(async (trx) => {
    const old = await load(trx);
    const next = await edit(trx, old);
    await saveInnovationCase(trx, next, new Date().toISOString()).catch(asValidation);
    const saved = await getInnovationCase(trx, id, { contacts: 'all' });
    await recordAudit(trx, [innovationEvent(userId, action, 'innovation', id, old, saved, comment)]);
    return (await innovationCaseView(trx, id, { contacts: 'all' }))!;
  });
}

/** @throws ApiError VALIDATION_FAILED naming organisations the network does not know. */
export async function assertOrganisations(db: Db, record: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const known = new Set((await db.selectFrom('innovation_organisations').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
  const missing = [...new Set(ids.filter((i) => !known.has(i)))];
  if (missing.length) {
    throw new ApiError('VALIDATION_FAILED', `organisation ${missing.join(', ')} is not an organisation of the network`,
      missing.map((m) => ({ record, field: 'organisations', reason: `"${m}" is not an organisation of the network` })));
  }
}

/** A case id from words: lower case, ASCII letters and digits joined by "-", at most 80 characters. */
function slug(words: string): string {
  return words.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || `case-${randomUUID().slice(0, 8)}`;
}
