import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cycleThrough, importOrganisations, organisationValue } from '../../ingest/organisations-csv/index.ts';
import {
  deleteOrganisation, getOrganisation, listOrganisations, listResponsibilities, organisationUsage, recordAudit,
  responsibilityCounts, saveOrganisations, type Db, type StoredOrganisation,
} from '../../store/index.ts';
import { requireUser } from '../auth/session-hook.ts';
import { ApiError, notFound } from '../errors.ts';
import { acceptCsvBodies, answerCsvImport } from './csv-import.ts';
import { organisationTree, presentOrganisation } from './presenter.ts';
import {
  createOrganisationBody, csvImportBody, csvImportQuery, governanceErrorResponses, organisationImportResponse,
  organisationListQuery, organisationParams, organisationResponse, organisationTreeResponse, updateOrganisationBody,
} from './schema.ts';

/**
 * The organisation tree: `GET /organisations` (anyone), `POST /organisations`, `PATCH /organisations/{id}`,
 * `DELETE /organisations/{id}` and `POST /organisations/import` (admin). Every change writes its audit event in the
 * same transaction.
 */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  acceptCsvBodies(app);

  app.get('/organisations', {
    schema: {
      tags: ['organisations'], summary: 'The organisation tree, names in lang, with how many indicators each answers for',
      querystring: organisationListQuery, response: { 200: organisationTreeResponse, ...governanceErrorResponses },
    },
  }, async (request) => {
    const [orgs, counts] = await Promise.all([listOrganisations(db), responsibilityCounts(db)]);
    return { data: organisationTree(orgs, counts, request.query.lang) };
  });

  app.post('/organisations', {
    schema: {
      tags: ['organisations'], summary: 'Create an organisation (admin)', body: createOrganisationBody,
      response: { 201: organisationResponse, ...governanceErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const body = request.body;
    const created = await db.transaction().execute(async (trx) => {
      const existing = await getOrganisation(trx, body.id);
      if (existing) throw new ApiError('CONFLICT', `organisation ${body.id} exists already`, { current: presentOrganisation(existing) });
      if (body.parent !== null) await assertParent(trx, body.id, body.parent);
      const names = withoutBlank(body.names);
      await saveOrganisations(trx, [{ id: body.id, parent: body.parent, name: body.name, kind: body.kind, names }], Object.keys(names));
      const org = (await getOrganisation(trx, body.id))!;
      await recordAudit(trx, [event(admin.id, 'organisation.create', org.id, null, organisationValue(org))]);
      return org;
    });
    return reply.code(201).send({ data: presentOrganisation(created) });
  });

  app.patch('/organisations/:id', {
    schema: {
      tags: ['organisations'], summary: "Change an organisation's parent, name, kind or names (admin)",
      params: organisationParams, body: updateOrganisationBody, response: { 200: organisationResponse, ...governanceErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const { id } = request.params;
    const body = request.body;
    const updated = await db.transaction().execute(async (trx) => {
      const old = await getOrganisation(trx, id);
      if (!old) throw notFound('organisation', id);
      const parent = body.parent === undefined ? old.parent : body.parent;
      if (parent !== null && parent !== old.parent) await assertParent(trx, id, parent);
      const names = withoutBlank({ ...old.names, ...body.names });
      const next = { id, parent, name: body.name ?? old.name, kind: body.kind ?? old.kind, names };
      const before = organisationValue(old);
      if (JSON.stringify(organisationValue(next)) === JSON.stringify(before)) return old;
      await saveOrganisations(trx, [next], Object.keys(body.names ?? {}));
      const org = (await getOrganisation(trx, id))!;
      await recordAudit(trx, [event(admin.id, 'organisation.update', id, before, organisationValue(org))]);
      return org;
    });
    return { data: presentOrganisation(updated) };
  });

  app.delete('/organisations/:id', {
    schema: {
      tags: ['organisations'], summary: 'Delete an organisation without users, children or submissions (admin)',
      params: organisationParams, response: { 200: organisationResponse, ...governanceErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const { id } = request.params;
    const deleted = await db.transaction().execute(async (trx) => {
      const old = await getOrganisation(trx, id);
      if (!old) throw notFound('organisation', id);
      const usage = await organisationUsage(trx, id);
      const blockers = [
        usage.users > 0 ? `${usage.users} user${usage.users > 1 ? 's' : ''}` : '',
        usage.children > 0 ? `${usage.children} organisation${usage.children > 1 ? 's' : ''} below it` : '',
        usage.openSubmissions > 0 ? `${usage.openSubmissions} open submission${usage.openSubmissions > 1 ? 's' : ''}` : '',
        usage.approvedSubmissions > 0 ? `${usage.approvedSubmissions} approved submission${usage.approvedSubmissions > 1 ? 's' : ''} in its history` : '',
      ].filter((b) => b !== '');
      if (blockers.length > 0) throw new ApiError('INVALID_STATE', `organisation ${id} cannot be deleted: it has ${blockers.join(', ')}`, usage);
      const responsibilities = await listResponsibilities(trx, { organisationIds: [id] });
      await deleteOrganisation(trx, id);
      await recordAudit(trx, [event(admin.id, 'organisation.delete', id, { ...organisationValue(old), responsibilities }, null)]);
      return old;
    });
    return { data: presentOrganisation(deleted) };
  });

  app.post('/organisations/import', {
    schema: {
      tags: ['organisations'], summary: 'Import organisations from a CSV file, all or nothing (admin)',
      description: 'Columns `id,parent_id,name,kind[,name_<lang>…]`. New organisations are created, changed ones updated, others left. '
        + 'Any bad row refuses the whole file: 422 VALIDATION_FAILED with details [{file, line, column, reason}].',
      querystring: csvImportQuery, body: csvImportBody, response: { 200: organisationImportResponse, ...governanceErrorResponses },
    },
  }, async (request) => answerCsvImport(db, request, 'organisations.csv', importOrganisations));
};

/**
 * Checks that `parent` exists and that hanging `id` under it makes no cycle.
 * @throws ApiError VALIDATION_FAILED naming the field `parent`.
 */
async function assertParent(trx: Db, id: string, parent: string): Promise<void> {
  const orgs = await listOrganisations(trx);
  if (!orgs.some((o) => o.id === parent)) {
    throw new ApiError('VALIDATION_FAILED', `parent "${parent}" is not an organisation`, [{ field: 'parent', reason: `"${parent}" is not an organisation` }]);
  }
  const parentOf = new Map<string, string | null>(orgs.map((o: StoredOrganisation) => [o.id, o.parent]));
  parentOf.set(id, parent);
  const cycle = cycleThrough(parentOf, id);
  if (cycle) {
    const reason = `"${parent}" is below ${id}: the tree would have a cycle ${cycle.join(' → ')}`;
    throw new ApiError('VALIDATION_FAILED', `parent ${reason}`, [{ field: 'parent', reason }]);
  }
}

function withoutBlank(names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([l, t]) => [l, t.trim()] as const).filter(([, t]) => t !== ''));
}

function event(userId: number, action: string, entityId: string, oldValue: unknown, newValue: unknown): {
  at: string; userId: number; action: string; entity: string; entityId: string; oldValue: unknown; newValue: unknown;
} {
  return { at: new Date().toISOString(), userId, action, entity: 'organisation', entityId, oldValue, newValue };
}
