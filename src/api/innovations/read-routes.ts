import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { innovationCaseView } from '../../assessment/innovation-views.ts';
import {
  activeFrameworkId, getInnovationCase, listInnovationCases, listListingRows, listReplications, type Db, type InnovationSummary,
} from '../../store/index.ts';
import { notFound } from '../errors.ts';
import { mayEdit } from './access.ts';
import {
  caseViewResponse, codeParams, errors, idParams, listQuery, listResponse, replicationQuery, replicationsResponse, summariesResponse,
} from './schema.ts';

/**
 * Reading the catalogue (anyone): `GET /innovations` (filters, paged), `GET /innovations/{id}` (everything public),
 * `GET /innovations/{id}/replications`, `GET /replications`, `GET /targets/{code}/innovations` and
 * `GET /indicators/{code}/innovations`. Draft and withdrawn cases are shown only to those who may edit them.
 */
export const innovationReadRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/innovations', {
    schema: { tags: ['innovations'], summary: 'Published innovation cases, filtered and paged (ordered by title)', querystring: listQuery, response: { 200: listResponse, ...errors } },
  }, async (request) => {
    const { q, limit, offset, ...filters } = request.query;
    const { total, cases } = await listInnovationCases(db, { ...filters, text: q, limit, offset });
    return { data: cases, page: { total, offset, limit } };
  });

  app.get('/innovations/:id', {
    schema: {
      tags: ['innovations'], summary: 'One case: organisations with roles, stage history, coverage, evidence, TCV with reductions, replications, public contacts',
      params: idParams, response: { 200: caseViewResponse, ...errors },
    },
  }, async (request) => {
    const { id } = request.params;
    const c = await getInnovationCase(db, id);
    if (!c) throw notFound('innovation case', id);
    const editor = await mayEdit(db, request.user, c.organisations);
    if (c.status !== 'published' && !editor) throw notFound('innovation case', id);
    return { data: (await innovationCaseView(db, id, { contacts: editor ? 'all' : 'public' }))! };
  });

  app.get('/innovations/:id/replications', {
    schema: { tags: ['innovations'], summary: 'Replications of a case in other countries, with their stage history', params: idParams, response: { 200: replicationsResponse, ...errors } },
  }, async (request) => {
    const c = await getInnovationCase(db, request.params.id);
    if (!c || (c.status !== 'published' && !(await mayEdit(db, request.user, c.organisations)))) throw notFound('innovation case', request.params.id);
    return { data: await listReplications(db, { caseId: c.id }) };
  });

  app.get('/replications', {
    schema: {
      tags: ['innovations'], summary: 'Replications of published cases by provider organisation, adopter country and stage',
      querystring: replicationQuery, response: { 200: replicationsResponse, ...errors },
    },
  }, async (request) => {
    const { provider, adopterCountry, stage } = request.query;
    const published = new Set((await db.selectFrom('innovation_cases').select('id').where('status', '=', 'published').execute()).map((r) => r.id));
    const all = await listReplications(db, adopterCountry ? { adopterCountry } : {});
    return { data: all.filter((r) => published.has(r.caseId) && (!provider || r.providerOrganisationId === provider) && (!stage || r.stage === stage)) };
  });

  app.get('/targets/:code/innovations', {
    schema: { tags: ['innovations'], summary: 'Published cases serving a target', params: codeParams, response: { 200: summariesResponse, ...errors } },
  }, async (request) => ({ data: await casesServing(db, [request.params.code]) }));

  app.get('/indicators/:code/innovations', {
    schema: { tags: ['innovations'], summary: "Published cases serving the targets an indicator belongs to", params: codeParams, response: { 200: summariesResponse, ...errors } },
  }, async (request) => {
    const framework = await activeFrameworkId(db);
    const targets = framework ? (await listListingRows(db, framework)).filter((l) => l.indicator_id === request.params.code).map((l) => l.target_code) : [];
    if (!targets.length) throw notFound('indicator', request.params.code);
    return { data: await casesServing(db, targets) };
  });
};

/** Published cases serving any of the targets, by title, each once. */
async function casesServing(db: Db, targets: string[]): Promise<InnovationSummary[]> {
  const seen = new Map<string, InnovationSummary>();
  for (const target of [...new Set(targets)]) {
    for (const c of (await listInnovationCases(db, { target, limit: 10_000 })).cases) seen.set(c.id, c);
  }
  return [...seen.values()].sort((a, b) => a.title.toLowerCase().localeCompare(b.title.toLowerCase()) || (a.id < b.id ? -1 : 1));
}
