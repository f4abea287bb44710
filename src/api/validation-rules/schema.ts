import { z } from 'zod';
import { ISSUE_KINDS, VALIDATION_RULE_KINDS, type IssueKind } from '../../domain/index.ts';
import { RULE_KINDS } from '../../workflow/validation/index.ts';
import { envelope, errorSchema } from '../common-schema.ts';

const severity = z.enum(['error', 'warning']).describe('error blocks a submission; warning lets it through with an explanation');
const kind = z.enum(VALIDATION_RULE_KINDS as unknown as ['numeric', 'range', 'required_dimensions', 'parts_sum', 'yoy_change']);
const seriesCode = z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'must be a series code such as SH_DYN_MORT')
  .nullable().optional().describe('Only values of this series (one of the indicator\'s series); null for all');
const unit = z.string().min(1).max(200).nullable().optional().describe('Only values in this unit (UNIT_MEASURE or unit text); null for all');
const indicatorId = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be an indicator code such as 3.2.1');

const scope = { severity, series: seriesCode, unit };
const numericRule = z.strictObject({ kind: z.literal('numeric'), ...scope, params: RULE_KINDS.numeric.params.default({}).describe('{ integer?: boolean }') });
const rangeRule = z.strictObject({ kind: z.literal('range'), ...scope, params: RULE_KINDS.range.params.describe('{ min?: number, max?: number }, inclusive, at least one') });
const requiredDimensionsRule = z.strictObject({
  kind: z.literal('required_dimensions'), ...scope, params: RULE_KINDS.required_dimensions.params.describe('{ dimensions: string[] }, e.g. ["SEX"]'),
});
const partsSumRule = z.strictObject({
  kind: z.literal('parts_sum'), ...scope, params: RULE_KINDS.parts_sum.params.describe('{ dimension: string, tolerance?: number }, absolute, default 0'),
});
const yoyChangeRule = z.strictObject({
  kind: z.literal('yoy_change'), ...scope, params: RULE_KINDS.yoy_change.params.describe('{ maxPercent: number }, percent of the previous value'),
});

/** `POST /validation-rules`: a rule of an indicator (`indicatorId` takes an indicator id or any listing code). */
export const createRuleBody = z.discriminatedUnion('kind', [
  numericRule.extend({ indicatorId }), rangeRule.extend({ indicatorId }), requiredDimensionsRule.extend({ indicatorId }),
  partsSumRule.extend({ indicatorId }), yoyChangeRule.extend({ indicatorId }),
]);

/** `PUT /validation-rules/{id}`: the rule's new kind, severity, scope and params; `indicatorId`, when sent, must be its own. */
const sameIndicator = { indicatorId: indicatorId.optional() };
export const updateRuleBody = z.discriminatedUnion('kind', [
  numericRule.extend(sameIndicator), rangeRule.extend(sameIndicator), requiredDimensionsRule.extend(sameIndicator),
  partsSumRule.extend(sameIndicator), yoyChangeRule.extend(sameIndicator),
]);

export const ruleParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** A rule as the API shows it: configured (`builtIn: false`, with an id) or applied by the product (`builtIn: true`, id null). */
export const ruleSchema = z.object({
  id: z.number().int().nullable(),
  indicatorId: z.string().meta({ example: '3.2.1' }),
  kind,
  severity,
  series: z.string().nullable(),
  unit: z.string().nullable(),
  unitKind: z.enum(['percent']).nullable()
    .describe('percent: the rule covers only values in a percentage unit (PERCENT, or a unit text with "percent" or "%")'),
  params: z.record(z.string(), z.unknown()).meta({ example: { min: 0, max: 100 } }),
  builtIn: z.boolean().describe('Applied by the product: every value is a number (always); 0–100 for percentages (while no rule is configured)'),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const ruleResponse = envelope(ruleSchema);
/** `DELETE` answers 204 without a body. */
export const noContent = z.null().describe('No content');
export const ruleListResponse = envelope(z.array(ruleSchema));

/** One value to check, as the data-entry grid has it; `value` may be text typed that is not a number yet. */
const typedValue = z.strictObject({
  series: z.string().min(1).max(80),
  area: z.string().min(1).max(80),
  timePeriod: z.string().min(1).max(40).meta({ example: '2021' }),
  dimensions: z.record(z.string(), z.string()).default({}),
  unit: z.string().max(200).default(''),
  value: z.union([z.number(), z.string().max(200), z.null()]),
  unitMult: z.number().int().nullable().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
});

export const validateBody = z.strictObject({ values: z.array(typedValue).min(1).max(10_000) });

export const issueSchema = z.object({
  severity,
  kind: z.enum(ISSUE_KINDS as unknown as [IssueKind, ...IssueKind[]]),
  ruleId: z.number().int().nullable().describe('The rule that raised it; null for a built-in rule'),
  key: z.string().describe('series|area|period|dimensions|unit, e.g. SH_DYN_MORT|050|2021||SEX=F||PER_1000_LIVE_BIRTHS'),
  series: z.string(),
  area: z.string(),
  timePeriod: z.string(),
  dimensions: z.record(z.string(), z.string()),
  message: z.string().meta({ example: "value 104.2 is above the maximum 100 (rule 'range', error)" }),
});

export const validateResponse = envelope(z.object({ issues: z.array(issueSchema) }));

/** The failures these routes answer, for the OpenAPI document. */
export const ruleErrorResponses = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 503: errorSchema } as const;
