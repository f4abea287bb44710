import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { frameworkIndicatorOf, importResponsibilities, responsibilityRole } from '../../ingest/organisations-csv/index.ts';
import {
  listOrganisations, listResponsibilities, organisationName, recordAudit, replaceResponsibilities, responsibilityStatus,
  RESPONSIBILITY_STATUS_SETTING, setSettings, type Db, type Responsibility,
} from '../../store/index.ts';
import { requireUser } from '../auth/session-hook.ts';
import { ApiError, badParameter, notFound } from '../errors.ts';
import { acceptCsvBodies, answerCsvImport } from '../organisations/csv-import.ts';
import { csvImportBody, csvImportQuery, governanceErrorResponses } from '../organisations/schema.ts';
import {
  indicatorResponsibilityBody, indicatorResponsibilityParams, responsibilityImportResponse, responsibilityListQuery,
  responsibilityListResponse, responsibilityPageResponse,
} from './schema.ts';

/**
 * Who answers for each indicator: `GET /responsibilities` (anyone), `PUT /indicators/{code}/responsibilities` and
 * `POST /responsibilities/import` (admin). The answer carries the mapping's status, so the site can say when it is
 * only the illustrative example.
 */
export const responsibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  acceptCsvBodies(app);

  app.get('/responsibilities', {
    schema: {
      tags: ['organisations'], summary: 'Who answers for each indicator (lead, co-lead, associate), and whether the mapping is official',
      querystring: responsibilityListQuery, response: { 200: responsibilityPageResponse, ...governanceErrorResponses },
    },
  }, async (request) => {
    const { indicator, organisation, lang, limit, offset } = request.query;
    const indicatorId = indicator === undefined ? undefined : await indicatorIdOf(db, indicator, () => badParameter('indicator', `there is no indicator ${indicator}`));
    const organisations = await listOrganisations(db);
    if (organisation !== undefined && !organisations.some((o) => o.id === organisation)) {
      throw badParameter('organisation', `there is no organisation ${organisation}`);
    }
    const items = await listResponsibilities(db, {
      ...(indicatorId !== undefined ? { indicatorId } : {}), ...(organisation !== undefined ? { organisationIds: [organisation] } : {}),
    });
    return {
      data: { status: await responsibilityStatus(db), items: present(items.slice(offset, offset + limit), organisations, lang) },
      page: { total: items.length, offset, limit },
    };
  });

  app.put('/indicators/:code/responsibilities', {
    schema: {
      tags: ['organisations'], summary: 'Set every organisation answering for one indicator (admin)',
      description: 'Replaces the indicator\'s responsibilities. At most one lead; each organisation once. '
        + 'Problems answer 422 VALIDATION_FAILED with details [{field, reason}].',
      params: indicatorResponsibilityParams, body: indicatorResponsibilityBody,
      response: { 200: responsibilityListResponse, ...governanceErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const { code } = request.params;
    const result = await db.transaction().execute(async (trx) => {
      const indicatorId = await indicatorIdOf(trx, code, () => notFound('indicator', code));
      const organisations = await listOrganisations(trx);
      const items = checkedItems(request.body.items, indicatorId, new Set(organisations.map((o) => o.id)));
      const before = await listResponsibilities(trx, { indicatorId });
      const changes = await replaceResponsibilities(trx, items, indicatorId);
      let status = await responsibilityStatus(trx);
      if (status === 'none') {
        status = 'official';
        await setSettings(trx, { [RESPONSIBILITY_STATUS_SETTING]: status });
      }
      if (changes.added.length + changes.removed.length + changes.changed.length > 0) {
        await recordAudit(trx, [{
          at: new Date().toISOString(), userId: admin.id, action: 'responsibility.update', entity: 'responsibility',
          entityId: indicatorId, oldValue: before, newValue: await listResponsibilities(trx, { indicatorId }),
        }]);
      }
      return { status, items: present(await listResponsibilities(trx, { indicatorId }), organisations) };
    });
    return { data: result };
  });

  app.post('/responsibilities/import', {
    schema: {
      tags: ['organisations'], summary: 'Replace the whole mapping from a CSV file, all or nothing (admin)',
      description: 'Columns `indicator,organisation,role`. Sets the status to official (illustrative with illustrative=true). '
        + 'Any bad row refuses the whole file: 422 VALIDATION_FAILED with details [{file, line, column, reason}].',
      querystring: csvImportQuery, body: csvImportBody, response: { 200: responsibilityImportResponse, ...governanceErrorResponses },
    },
  }, async (request) => answerCsvImport(db, request, 'responsibilities.csv', importResponsibilities));
};

/**
 * The unique indicator id of any listing code. @throws ApiError NOT_INITIALISED without a framework, else `unknown()`.
 */
async function indicatorIdOf(db: Db, code: string, unknown: () => ApiError): Promise<string> {
  const indicatorOf = await frameworkIndicatorOf(db);
  if (indicatorOf === null) throw new ApiError('NOT_INITIALISED', 'the database holds no framework yet: run `sdg-tracker init`');
  const id = indicatorOf(code);
  if (id === undefined) throw unknown();
  return id;
}

/**
 * The body's items as responsibilities of the indicator.
 * @throws ApiError VALIDATION_FAILED listing every unknown or repeated organisation and every lead after the first.
 */
function checkedItems(items: { organisation: string; role: string }[], indicatorId: string, known: Set<string>): Responsibility[] {
  const problems: { field: string; reason: string }[] = [];
  const seen = new Set<string>();
  let lead: string | null = null;
  items.forEach((item, i) => {
    const role = responsibilityRole(item.role)!;
    if (!known.has(item.organisation)) problems.push({ field: `items.${i}.organisation`, reason: `"${item.organisation}" is not an organisation` });
    else if (seen.has(item.organisation)) problems.push({ field: `items.${i}.organisation`, reason: `${item.organisation} is listed twice` });
    if (role === 'lead' && lead !== null) problems.push({ field: `items.${i}.role`, reason: `indicator ${indicatorId} already has a lead: ${lead}` });
    if (role === 'lead' && lead === null) lead = item.organisation;
    seen.add(item.organisation);
  });
  if (problems.length > 0) {
    throw new ApiError('VALIDATION_FAILED', `responsibilities of ${indicatorId}: ${problems.map((p) => p.reason).join('; ')}`, problems);
  }
  return items.map((item) => ({ indicatorId, organisationId: item.organisation, role: responsibilityRole(item.role)! }));
}

function present(items: Responsibility[], organisations: Awaited<ReturnType<typeof listOrganisations>>, lang?: string): {
  indicator: string; organisation: string; organisationName: string; role: Responsibility['role'];
}[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return items.map((r) => {
    const org = byId.get(r.organisationId);
    return { indicator: r.indicatorId, organisation: r.organisationId, organisationName: org ? organisationName(org, lang) : r.organisationId, role: r.role };
  });
}
