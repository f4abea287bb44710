import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseTimePeriod, TimePeriodError } from '../../ingest/time-period.ts';
import { isDecimalNumber } from '../../ingest/numeric-value.ts';
import { findValidationRule, listValidationRules, seriesOfIndicator, type Db, type ValidationRuleFields } from '../../store/index.ts';
import { builtInRules, createRule, deleteRule, updateRule, validateTypedValues } from '../../workflow/validation/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { findListing, listingOf, readCatalogue } from '../catalogue.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { badParameter, notFound } from '../errors.ts';
import { presentRule } from './presenter.ts';
import {
  createRuleBody, noContent, ruleErrorResponses, ruleListResponse, ruleParams, ruleResponse, updateRuleBody, validateBody, validateResponse,
} from './schema.ts';

/**
 * Validation rules: `GET /indicators/{code}/validation-rules` (signed in; configured rules, then the built-in ones),
 * `POST /validation-rules`, `PUT` and `DELETE /validation-rules/{id}` (admin; audited `validation_rule.create`,
 * `.update`, `.delete`), and `POST /indicators/{code}/validate` (signed in), which checks values as they are typed
 * without saving them.
 */
export const validationRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/indicators/:code/validation-rules', {
    preValidation: signedInAs(),
    schema: {
      tags: ['validation'], summary: "An indicator's validation rules, configured and built-in (signed in)",
      params: indicatorParams, response: { 200: ruleListResponse, ...ruleErrorResponses },
    },
  }, async (request) => {
    const { id: indicatorId } = await listingOf(db, request.params.code);
    const configured = await listValidationRules(db, indicatorId);
    return { data: [...configured, ...builtInRules(indicatorId, configured)].map(presentRule) };
  });

  app.post('/validation-rules', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['validation'], summary: 'Add a validation rule to an indicator (admin)', body: createRuleBody,
      response: { 201: ruleResponse, ...ruleErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request, 'admin');
    const indicatorId = await indicatorOf(db, request.body.indicatorId);
    if (!indicatorId) throw badParameter('indicatorId', `there is no indicator "${request.body.indicatorId}"`);
    const fields = await checkedFields(db, indicatorId, request.body);
    return reply.code(201).send({ data: presentRule(await createRule(db, indicatorId, fields, user.id)) });
  });

  app.put('/validation-rules/:id', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['validation'], summary: "Change a validation rule's kind, severity, series, unit or params (admin)",
      params: ruleParams, body: updateRuleBody, response: { 200: ruleResponse, ...ruleErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request, 'admin');
    const rule = await findValidationRule(db, request.params.id);
    if (!rule) throw notFound('validation rule', String(request.params.id));
    const sent = request.body.indicatorId;
    if (sent !== undefined && sent !== rule.indicatorId && (await indicatorOf(db, sent)) !== rule.indicatorId) {
      throw badParameter('indicatorId', `rule ${rule.id} belongs to indicator ${rule.indicatorId}; add a new rule to "${sent}" instead`);
    }
    const updated = await updateRule(db, rule.id, await checkedFields(db, rule.indicatorId, request.body), user.id);
    if (!updated) throw notFound('validation rule', String(request.params.id));
    return { data: presentRule(updated) };
  });

  app.delete('/validation-rules/:id', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['validation'], summary: 'Remove a validation rule (admin); answers 204 without a body', params: ruleParams,
      response: { 204: noContent, ...ruleErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request, 'admin');
    const removed = await deleteRule(db, request.params.id, user.id);
    if (!removed) throw notFound('validation rule', String(request.params.id));
    return reply.code(204).send(null);
  });

  app.post('/indicators/:code/validate', {
    preValidation: signedInAs(),
    schema: {
      tags: ['validation'],
      summary: "Check values against the indicator's rules without saving them (signed in): compared with the published data and the open draft",
      params: indicatorParams, body: validateBody, response: { 200: validateResponse, ...ruleErrorResponses },
    },
  }, async (request) => {
    const { id: indicatorId } = await listingOf(db, request.params.code);
    const values = request.body.values.map((v, i) => ({
      series: v.series, area: v.area, dimensions: v.dimensions, unit: v.unit,
      period: periodOf(v.timePeriod, `values[${i}].timePeriod`),
      value: typeof v.value === 'string' && isDecimalNumber(v.value.trim()) ? Number(v.value.trim()) : v.value,
    }));
    return { data: { issues: await validateTypedValues(db, indicatorId, values) } };
  });
};

/** The indicator id of an indicator id or listing code (`11.5.1` → `1.5.1`), or undefined. */
async function indicatorOf(db: Db, code: string): Promise<string | undefined> {
  return findListing(await readCatalogue(db, 'en'), code)?.id;
}

/** The rule's fields, with its series checked against the indicator's series. */
async function checkedFields(db: Db, indicatorId: string, body: ValidationRuleFields): Promise<ValidationRuleFields> {
  const series = body.series || null;
  if (series) {
    const known = (await seriesOfIndicator(db, indicatorId)).map((s) => s.code);
    if (!known.includes(series)) {
      throw badParameter('series', `"${series}" is not a series of indicator ${indicatorId} (${known.length ? `its series: ${known.join(', ')}` : 'it has no series yet'})`);
    }
  }
  return { kind: body.kind, severity: body.severity, series, unit: body.unit || null, params: body.params };
}

function periodOf(text: string, parameter: string) {
  try {
    return parseTimePeriod(text, 'sdmx');
  } catch (e) {
    if (e instanceof TimePeriodError) throw badParameter(parameter, e.message);
    throw e;
  }
}
