import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseGlobalTargetRule, type DesiredDirection } from '../../analysis/progress/index.ts';
import {
  deleteProgressTarget, globalRuleFor, listGlobalTargetRules, listProgressTargets, recordAudit, upsertProgressTargets, type Db, type StoredProgressTarget,
} from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { listingOf } from '../catalogue.ts';
import { ApiError, badParameter, notFound } from '../errors.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { presentTarget, sameScope } from './presenter.ts';
import {
  noContent, targetBody, targetErrorResponses, targetImportQuery, targetImportResponse, targetListQuery, targetListResponse, targetResponse,
  targetScopeQuery,
} from './schema.ts';
import { progressSettingsRoutes } from './settings.ts';
import { targetNumberProblems, targetScopeProblems, type TargetFields } from '../../ingest/targets-csv/index.ts';
import { issueProblems, rethrowUnlessBody, validationFailed } from './target-checks.ts';
import { planTargetImport } from './target-import.ts';

/** The largest target file an import takes, in bytes (5 MiB). */
export const MAX_TARGET_FILE_BYTES = 5 * 1024 * 1024;

/**
 * National progress targets, and the national progress settings (see settings.ts):
 * - `GET /indicators/{code}/targets` (anyone): the indicator's national targets per scope and its global 2030 rule;
 * - `PUT /indicators/{code}/targets` (admin): creates or replaces the national target of one scope (audited
 *   `progress-target.create` / `.update`);
 * - `DELETE /indicators/{code}/targets?series=&unit=&area=&dimensions=` (admin): removes one (`progress-target.delete`);
 * - `POST /progress-targets/import` (admin): a target CSV as multipart/form-data, all or nothing, `dryRun=true`
 *   answers what it would change (`progress-target.import`).
 * A target that breaks a rule answers 422 VALIDATION_FAILED whose details name each field (or file, line and column).
 */
export const progressTargetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_TARGET_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(progressSettingsRoutes);

  app.get('/indicators/:code/targets', {
    schema: {
      tags: ['progress'], summary: "An indicator's national progress targets per scope, and the global 2030 rule applied where none is set",
      params: indicatorParams, querystring: targetListQuery, response: { 200: targetListResponse, ...targetErrorResponses },
    },
  }, async (request) => {
    const listing = await listingOf(db, request.params.code, request.query.lang);
    const national = (await listProgressTargets(db, listing.id)).filter((t) => t.source === 'national');
    const rule = globalRuleFor((await listGlobalTargetRules(db)).get(listing.id));
    return {
      data: {
        indicator: listing.id, title: listing.title, national: national.map(presentTarget),
        global: rule ? { source: 'global' as const, rule: rule.rule, direction: ruleDirection(rule.rule), reference: rule.source } : null,
      },
    };
  });

  app.put('/indicators/:code/targets', {
    preValidation: signedInAs('admin'),
    attachValidation: true,
    schema: {
      tags: ['progress'], summary: 'Set the national target of one scope of an indicator: created, or replacing the one stored (admin)',
      description: 'Years 2000–2100, the target year after the baseline year, milestone years between them; `direction` is required. '
        + 'Problems answer 422 VALIDATION_FAILED with details [{field, reason}]. 201 when created, 200 when replaced or unchanged.',
      params: indicatorParams, body: targetBody, response: { 200: targetResponse, 201: targetResponse, ...targetErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    rethrowUnlessBody(request);
    const { id: indicatorId } = await listingOf(db, request.params.code);
    const parsed = targetBody.safeParse(request.body);
    if (!parsed.success) throw validationFailed(`target of ${indicatorId}`, issueProblems(parsed.error.issues));
    const fields = fieldsOf(indicatorId, parsed.data);
    const problems = [...targetNumberProblems(fields), ...await targetScopeProblems(db, fields)];
    if (problems.length > 0) throw validationFailed(`target of ${indicatorId}`, problems);
    const at = new Date().toISOString();
    const { stored, created } = await db.transaction().execute(async (trx) => {
      const before = await storedTarget(trx, fields);
      const next: StoredProgressTarget = { ...fields, source: 'national', updatedAt: at, updatedBy: admin.id };
      if (before && JSON.stringify(presentTarget(before)) === JSON.stringify(presentTarget({ ...next, updatedAt: before.updatedAt }))) {
        return { stored: before, created: false };
      }
      await upsertProgressTargets(trx, [next]);
      await recordAudit(trx, [{
        at, userId: admin.id, action: before ? 'progress-target.update' : 'progress-target.create', entity: 'progress_target',
        entityId: indicatorId, oldValue: before && presentTarget(before), newValue: presentTarget(next),
      }]);
      return { stored: next, created: before === null };
    });
    return reply.code(created ? 201 : 200).send({ data: presentTarget(stored) });
  });

  app.delete('/indicators/:code/targets', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['progress'], summary: 'Remove the national target of one scope of an indicator (admin); answers 204 without a body',
      description: 'The scope as the target has it: `series`, `unit`, `area` (blank or left out: every), `dimensions` as SEX=F;AGE=Y0T4.',
      params: indicatorParams, querystring: targetScopeQuery, response: { 204: noContent, ...targetErrorResponses },
    },
  }, async (request, reply) => {
    const admin = requireUser(request, 'admin');
    const { id: indicatorId } = await listingOf(db, request.params.code);
    const { series, unit, area } = request.query;
    const scope = {
      ...(series ? { series } : {}), ...(unit ? { unit } : {}), ...(area ? { area } : {}),
      dimensions: dimensionsOf(request.query.dimensions ?? ''),
    };
    await db.transaction().execute(async (trx) => {
      const before = await storedTarget(trx, { indicatorId, ...scope });
      if (!before || !(await deleteProgressTarget(trx, indicatorId, scope))) throw notFound('target', `${indicatorId} ${scopeText(scope)}`);
      await recordAudit(trx, [{
        at: new Date().toISOString(), userId: admin.id, action: 'progress-target.delete', entity: 'progress_target',
        entityId: indicatorId, oldValue: presentTarget(before), newValue: null,
      }]);
    });
    return reply.code(204).send(null);
  });

  app.post('/progress-targets/import', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['progress'], summary: 'Create or replace national targets from a CSV file, all or nothing (admin)',
      description: 'multipart/form-data with one file part: `indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,'
        + 'milestone_<year>…,target_year,target_value,limit`. `dryRun=true` answers what each row would do and writes nothing. '
        + 'Any bad row refuses the whole file: 422 VALIDATION_FAILED with details [{file, line, column, reason}].',
      querystring: targetImportQuery, response: { 200: targetImportResponse, ...targetErrorResponses },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    if (!request.isMultipart()) throw badParameter('file', 'send the CSV file as multipart/form-data');
    const part = await request.file();
    if (!part) throw badParameter('file', 'the request holds no file');
    const file = part.filename || 'targets.csv';
    let text: string;
    try {
      text = (await part.toBuffer()).toString('utf8');
    } catch (e) {
      if ((e as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw e;
      throw new ApiError('VALIDATION_FAILED', `${file} is larger than the ${MAX_TARGET_FILE_BYTES / 1024 / 1024} MiB a target file may be`, [
        { file, line: 0, column: '', reason: `file too large: over ${MAX_TARGET_FILE_BYTES} bytes` },
      ]);
    }
    const context = { file, userId: admin.id, at: new Date().toISOString(), dryRun: request.query.dryRun === 'true' };
    return { data: await db.transaction().execute((trx) => planTargetImport(trx, text, context)) };
  });
};

/** The body as a target of the indicator: blank scope fields become "every". */
function fieldsOf(indicatorId: string, body: ReturnType<typeof targetBody.parse>): TargetFields {
  const fields: TargetFields = { indicatorId, dimensions: body.dimensions, direction: body.direction, milestones: body.milestones };
  if (body.series) fields.series = body.series;
  if (body.unit) fields.unit = body.unit;
  if (body.area) fields.area = body.area;
  if (body.baseline) fields.baseline = body.baseline;
  if (body.target) fields.target = body.target;
  if (body.limit !== undefined) fields.limit = body.limit;
  return fields;
}

/** The stored national target of the same indicator and scope, or null. */
async function storedTarget(db: Db, t: Pick<StoredProgressTarget, 'indicatorId' | 'series' | 'unit' | 'area' | 'dimensions'>): Promise<StoredProgressTarget | null> {
  return (await listProgressTargets(db, t.indicatorId)).find((s) => s.source === 'national' && sameScope(s, t)) ?? null;
}

/** `SEX=F;AGE=Y0T4` → `{ SEX: 'F', AGE: 'Y0T4' }` (the query schema has checked the shape). */
function dimensionsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(';').filter((p) => p.trim() !== '')) {
    const eq = pair.indexOf('=');
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

function scopeText(scope: { series?: string; unit?: string; area?: string; dimensions: Record<string, string> }): string {
  const parts = [scope.series, scope.unit, scope.area, ...Object.entries(scope.dimensions).map(([k, v]) => `${k}=${v}`)].filter(Boolean);
  return parts.length > 0 ? `for ${parts.join(', ')}` : 'for every series';
}

/** The way a global rule text asks for, when it says one: "Reduce by 1/2" → decrease, "≥ 10%" → increase. */
function ruleDirection(text: string): DesiredDirection | null {
  const rule = parseGlobalTargetRule(text);
  if (rule.kind === 'direction-only') return rule.direction;
  if (rule.kind === 'relative') return rule.direction === 'none' ? null : rule.direction;
  if (rule.kind === 'value') return rule.comparison === 'at-most' ? 'decrease' : rule.comparison === 'at-least' ? 'increase' : null;
  return null;
}
