import { z } from 'zod';
import { PROGRESS_METHODS } from '../../analysis/progress/index.ts';
import { envelope, errorSchema } from '../common-schema.ts';

const direction = z.enum(['increase', 'decrease'], {
  error: (issue) => (issue.input === undefined ? 'is required: increase or decrease' : 'must be increase or decrease'),
}).describe('the way the indicator should go; required, there is no default');
const yearValue = z.strictObject({
  year: z.number().int('must be a whole year').describe('2000–2100'),
  value: z.number(),
});
const dimensionId = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be a dimension ID such as SEX or AGE');
const dimensions = z.record(dimensionId, z.string().min(1, 'must be a code').max(80))
  .describe('the disaggregation the target is for, e.g. { "SEX": "F" }; {} for the whole');

/**
 * `PUT /indicators/{code}/targets`: one national target. Its scope is `series`, `unit`, `area` and `dimensions`
 * (a field left out or blank covers every value); sending the same scope again replaces that target.
 * @example { direction: 'decrease', baseline: { year: 2015, value: 34 }, milestones: { '2020': 30, '2025': 27 },
 *   target: { year: 2030, value: 25 } }
 */
export const targetBody = z.strictObject({
  series: z.string().regex(/^[A-Za-z0-9_.-]{0,80}$/, 'must be a series code such as SH_DYN_MORT').optional()
    .describe("one of the indicator's series; blank or left out for every series"),
  unit: z.string().max(200).optional().describe('a unit (UNIT_MEASURE); blank or left out for every unit'),
  area: z.string().max(40).optional().describe('a reference area code; blank or left out for every area'),
  dimensions: dimensions.default({}),
  direction,
  baseline: yearValue.optional(),
  milestones: z.record(z.string().regex(/^\d{4}$/, 'must be a year'), z.number()).default({})
    .describe('year → value on the way, each year between the baseline and the target year'),
  target: yearValue.optional().describe('the value to reach and its year, after the baseline year'),
  limit: z.number().optional().describe('natural limit the value cannot pass, e.g. 100 for a percentage'),
});
export type TargetBody = z.output<typeof targetBody>;

/** `DELETE /indicators/{code}/targets`: the scope, as the target list shows it (`dimensions` as `SEX=F;AGE=Y0T4`). */
export const targetScopeQuery = z.strictObject({
  series: z.string().max(80).optional(),
  unit: z.string().max(200).optional(),
  area: z.string().max(40).optional(),
  dimensions: z.string().max(400).regex(/^([^=;]+=[^=;]+)?(;[^=;]+=[^=;]+)*$/, 'must be ID=code pairs joined by ;, e.g. SEX=F;AGE=Y0T4').optional(),
});

export const targetListQuery = z.strictObject({
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh-Hans').default('en'),
});

const yearValueOut = z.object({ year: z.number().int(), value: z.number() });

/** A national target as the API shows it: its scope (null = every), direction, baseline, milestones, target, limit. */
export const nationalTargetSchema = z.object({
  source: z.literal('national'),
  series: z.string().nullable(),
  unit: z.string().nullable(),
  area: z.string().nullable(),
  dimensions: z.record(z.string(), z.string()),
  direction: z.enum(['increase', 'decrease']),
  baseline: yearValueOut.nullable(),
  milestones: z.record(z.string(), z.number()),
  target: yearValueOut.nullable(),
  limit: z.number().nullable(),
  updatedAt: z.string().describe('ISO 8601 UTC'),
});

/** The published global 2030 rule of the indicator, applied where no national target covers a series. */
export const globalRuleSchema = z.object({
  source: z.literal('global'),
  rule: z.string().meta({ example: 'Reduce by 1/2' }),
  direction: z.enum(['increase', 'decrease']).nullable().describe('the way the rule asks for, when it says one'),
  reference: z.string().describe('where the rule is published'),
});

export const targetListResponse = envelope(z.object({
  indicator: z.string().meta({ example: '3.2.1' }),
  title: z.string(),
  national: z.array(nationalTargetSchema),
  global: globalRuleSchema.nullable(),
}));

export const targetResponse = envelope(nationalTargetSchema);

/** `POST /progress-targets/import?dryRun=true`: check and report, write nothing. */
export const targetImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional().describe('true: answer what the file would change, write nothing'),
});

const targetChange = z.object({
  line: z.number().int().describe('the line of the file'),
  indicator: z.string(),
  action: z.enum(['add', 'change', 'unchanged']),
  before: nationalTargetSchema.nullable(),
  after: nationalTargetSchema,
});

export const targetImportResponse = envelope(z.object({
  file: z.string(),
  dryRun: z.boolean(),
  written: z.boolean(),
  rowsRead: z.number().int(),
  indicators: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  targets: z.array(targetChange).describe('every row of the file and what it does'),
}));

/** The national progress choices: default method, base year, and the ESCAP anticipated-progress thresholds. */
export const progressSettingsSchema = z.object({
  method: z.enum(PROGRESS_METHODS as unknown as [string, ...string[]]).meta({ example: 'opensdg' }),
  baseYear: z.number().int().describe('2000–2030'),
  escapThresholds: z.object({
    maintain: z.number().describe('share of the required progress from which a series maintains progress, above 0 (default 1)'),
    reverse: z.number().describe('share of the required progress below which the trend must be reversed, 0 or below (default 0)'),
  }),
});

/** `PUT /progress/settings`: any of the settings; those left out stay. */
export const progressSettingsBody = z.strictObject({
  method: z.enum(PROGRESS_METHODS as unknown as [string, ...string[]]).optional(),
  baseYear: z.number().int('must be a whole year').optional(),
  escapThresholds: z.strictObject({ maintain: z.number(), reverse: z.number() }).optional(),
});

export const progressSettingsResponse = envelope(progressSettingsSchema);

/** `DELETE` answers 204 without a body. */
export const noContent = z.null().describe('No content');

const problemSchema = z.object({
  file: z.string().optional(), line: z.number().int().optional(), column: z.string().optional(), field: z.string().optional(), reason: z.string(),
});

/** The failures these routes answer; VALIDATION_FAILED details list `{ field, reason }` or `{ file, line, column, reason }`. */
export const targetErrorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema,
  422: z.object({ error: errorSchema.shape.error.extend({ details: z.array(problemSchema).optional() }) }), 503: errorSchema,
} as const;
