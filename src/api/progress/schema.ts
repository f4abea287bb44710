import { z } from 'zod';
import { PROGRESS_METHODS } from '../../analysis/progress/index.ts';
import { envelope, pageSchema } from '../common-schema.ts';
import { asOfMoment } from '../observations/schema.ts';

export const methodSchema = z.enum(PROGRESS_METHODS as unknown as [string, ...string[]]).meta({ example: 'unsd' });

/**
 * Query of every progress view: `method` (default: the national choice), `area` (default: the country), `dimension`
 * as `ID:code` (e.g. `SEX:F`: per series and unit, the key with that code and the fewest other breakdowns), `asOf` (the data as
 * published then), `lang`.
 */
export const progressQuery = z.strictObject({
  method: methodSchema.optional(),
  area: z.string().min(1).max(40).optional(),
  dimension: z.string().regex(/^[A-Z][A-Z0-9_]*:[^:]+$/, 'must be ID:code, e.g. SEX:F').optional(),
  asOf: z.string().refine((v) => asOfMoment(v) !== null, 'must be an ISO date (2026-03-01, meaning the end of that day, UTC) or date-time (2026-03-01T12:00:00Z)')
    .optional().describe('The data as published at that moment: a date alone means the end of that day (UTC)'),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, fr or zh-Hans').default('en'),
});

const yearValue = z.object({ year: z.number().int(), value: z.number() });

/** A method's answer: class, and the figures it rests on. */
export const resultSchema = z.object({
  status: z.string().meta({ example: 'on_track' }),
  score: z.number().optional().describe('Open SDG score −5…5'),
  ratio: z.number().optional().describe('observed over required growth (methods with a target)'),
  cagr: z.number().optional().describe('compound annual growth rate, a fraction per year'),
  index: z.number().optional().describe('ESCAP Current Status Index (share of required progress achieved)'),
  expected: z.number().optional().describe('ESCAP Current Status: the share of the time to the target already passed, which the index is compared with'),
  projected: z.number().optional().describe('ESCAP Anticipated Progress: the value projected for the target year'),
  reason: z.string().optional().describe('why the status is not_available, or how an edge case was resolved'),
});

/** A group of indicators: counts and shares per class, its class and mean score. */
export const groupSummarySchema = z.object({
  total: z.number().int(),
  assessed: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  shares: z.record(z.string(), z.number()),
  status: z.string(),
  score: z.number().optional(),
  expected: z.number().optional().describe('ESCAP Current Status: mean share of time passed'),
});

export const scopeSchema = z.object({
  area: z.string().nullable(),
  dimension: z.object({ id: z.string(), code: z.string() }).nullable(),
});

export const appliedTargetSchema = z.object({
  source: z.enum(['national', 'global']),
  direction: z.enum(['increase', 'decrease']),
  baseline: yearValue.optional(),
  milestones: z.record(z.string(), z.number()),
  target: yearValue.optional(),
  limit: z.number().optional(),
  limitFrom: z.enum(['target', 'unit']).optional(),
  rule: z.string().optional().describe('the global rule text, e.g. "Reduce by 1/2"'),
  note: z.string().optional(),
});

export const projectionSchema = z.object({
  method: z.enum(['cagr', 'linear']),
  points: z.array(yearValue),
  rate: z.number().optional(),
  metYear: z.number().int().nullable().describe('the year the trend meets the target'),
  reason: z.string().optional().describe('already_met, moving_away, not_by_2100, no_target, …'),
});

export const gapSchema = z.object({
  series: z.string(),
  unit: z.string(),
  current: yearValue,
  expected: z.number().optional().describe('the value the straight path from base to target expects in the current year'),
  target: yearValue.optional(),
  projected: z.number().optional().describe('the value the CAGR trend gives in the target year'),
  metYear: z.number().int().nullable().optional(),
}).nullable();

export const methodsResponse = envelope(z.object({
  default: methodSchema,
  baseYear: z.number().int(),
  methods: z.array(z.object({
    id: methodSchema,
    name: z.string(),
    source: z.string().describe('the document the method follows'),
    needsTarget: z.boolean(),
    classes: z.array(z.object({ id: z.string(), rank: z.number().int(), offTrack: z.boolean() })),
  })),
}));

export const snapshotResponse = envelope(z.object({
  method: methodSchema,
  scope: scopeSchema,
  national: groupSummarySchema,
  goals: z.array(z.object({ code: z.string(), title: z.string(), colour: z.string(), summary: groupSummarySchema })),
}));

const indicatorRow = resultSchema.extend({
  indicator: z.string(),
  title: z.string(),
  goal: z.string(),
  seriesCount: z.number().int(),
  targetSource: z.enum(['national', 'global', 'mixed']).nullable().describe('where the targets of its series come from'),
});

/** `/progress/indicators` and `/progress/off-track`: the scope, plus which page of the indicators to list. */
export const progressListQuery = progressQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(1000).describe('Indicators listed (1–1000, default 1000: all)'),
  offset: z.coerce.number().int().min(0).default(0).describe('The first indicator listed (0-based)'),
});

export const indicatorProgressListResponse = envelope(z.object({ method: methodSchema, scope: scopeSchema, indicators: z.array(indicatorRow) }))
  .extend({ page: pageSchema });

export const offTrackResponse = envelope(z.object({
  method: methodSchema,
  scope: scopeSchema,
  indicators: z.array(indicatorRow.extend({ gap: gapSchema })),
})).extend({ page: pageSchema });

export const indicatorProgressParams = z.object({ code: z.string().regex(/^[0-9]{1,2}\.[0-9a-z]{1,2}\.[0-9]{1,2}$/, 'must be an indicator code such as 3.2.1') });

export const indicatorProgressResponse = envelope(z.object({
  indicator: z.string(),
  title: z.string(),
  defaultMethod: methodSchema,
  baseYear: z.number().int(),
  scope: scopeSchema,
  results: z.record(z.string(), resultSchema).describe('the indicator\'s result by each method'),
  series: z.array(z.object({
    series: z.string(),
    seriesName: z.string(),
    unit: z.string(),
    area: z.string(),
    dimensions: z.record(z.string(), z.string()),
    points: z.array(yearValue),
    base: yearValue.nullable(),
    target: appliedTargetSchema.nullable(),
    gapReason: z.string().nullable().describe('why no target or direction applies'),
    results: z.record(z.string(), resultSchema),
    projections: z.object({ cagr: projectionSchema, linear: projectionSchema }),
    gap: gapSchema,
  })),
}));

export const scopesResponse = envelope(z.object({
  areas: z.array(z.object({ code: z.string(), name: z.string(), indicators: z.number().int() })),
  dimensions: z.array(z.object({
    id: z.string(), name: z.string(),
    codes: z.array(z.object({ code: z.string(), name: z.string(), indicators: z.number().int() })),
  })),
}));
