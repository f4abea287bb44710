import { z } from 'zod';
import { envelope, errorResponses, langQuery } from '../common-schema.ts';

/** A component's share with what it rests on: `value` = `numerator` / `denominator` (0…1); null when it cannot be measured. */
const figureSchema = z.object({
  value: z.number().meta({ example: 0.75 }),
  numerator: z.number().meta({ example: 3 }),
  denominator: z.number().meta({ example: 4 }),
}).nullable();

export const componentsSchema = z.object({
  completeness: figureSchema.describe('Led indicators with data for the period expected at the cycle\'s moment, over led indicators'),
  timeliness: figureSchema.describe('Approved submissions delivering new periods sent by their deadline, over such submissions; null without any'),
  quality: figureSchema.describe('max(0, submissions − warnings − returns) over submissions sent in the cycle; null without any'),
  progress: figureSchema.describe('Sum of (Open SDG score + 5) / 10 over led indicators with a score, over how many have one; null without any'),
});

const historySchema = z.array(z.object({
  cycle: z.number().int().meta({ example: 2025 }),
  rank: z.number().int().nullable(),
  composite: z.number().nullable(),
})).describe('Rank and composite in each cycle from 2016 on');

const organisationRefSchema = z.object({
  id: z.string().meta({ example: 'HSD' }),
  name: z.string().meta({ example: 'Health Services Division' }),
});

const methodSchema = z.object({
  weights: z.object({ completeness: z.number(), timeliness: z.number(), quality: z.number(), progress: z.number() })
    .describe('Weights of the composite, renormalised over the components an organisation has'),
  calendar: z.object({ annual: z.number().int(), quarterly: z.number().int(), monthly: z.number().int() })
    .describe('Months after a period ends by which its data is due (setting reporting_calendar)'),
});

export const rankingEntrySchema = z.object({
  organisation: organisationRefSchema,
  rank: z.number().int().nullable().describe('Standard competition rank (1, 2, 2, 4) by composite'),
  composite: z.number().nullable().describe('Weighted mean of the components, 0…1'),
  indicatorsLed: z.number().int(),
  components: componentsSchema,
  trend: historySchema,
});

export const rankingSchema = methodSchema.extend({
  cycle: z.number().int().meta({ example: 2026 }),
  moment: z.string().describe('The cycle\'s reporting moment (ISO date): what was due by then is expected').meta({ example: '2026-06-30' }),
  cycles: z.array(z.number().int()),
  defaultCycle: z.number().int().describe('the cycle shown when none is asked: the latest in which some organisation has data for the period due'),
  ranking: z.array(rankingEntrySchema),
});

export const cardIndicatorSchema = z.object({
  code: z.string().meta({ example: '3.2.1' }),
  title: z.string(),
  expectedPeriod: z.string().describe('Label of the period expected at the moment, e.g. 2025, 2026-Q1').meta({ example: '2025' }),
  present: z.boolean().describe('Data covers the expected period'),
  deadline: z.string().describe('When the expected period\'s data is due (ISO date)').meta({ example: '2026-06-30' }),
  lastSubmittedAt: z.string().nullable().describe('When a submission of the indicator was last sent for review'),
  lastSubmissionOnTime: z.boolean().nullable().describe('That date on or before the deadline; null without a submission'),
  status: z.string().describe('Progress class by the national method').meta({ example: 'moderate_progress' }),
  score: z.number().nullable().describe('Open SDG score (−5…5) or ESCAP index, where the national method gives one'),
});

export const cardSchema = methodSchema.extend({
  organisation: organisationRefSchema.extend({ kind: z.string() }),
  cycle: z.number().int(),
  moment: z.string(),
  method: z.string().describe('The national progress method of status and score').meta({ example: 'opensdg' }),
  rank: z.number().int().nullable(),
  ranked: z.number().int().describe('How many organisations are ranked in the cycle'),
  composite: z.number().nullable(),
  components: componentsSchema,
  indicators: z.array(cardIndicatorSchema),
  history: historySchema,
});

export const scorecardQuery = langQuery.extend({
  cycle: z.coerce.number().int().min(2016).max(9999).optional().describe('Reporting cycle (year), 2016 up to this year; default this year'),
});
export const cardQuery = scorecardQuery;
export const cardParams = z.strictObject({ organisationId: z.string().min(1).max(40) });

export const rankingResponse = envelope(rankingSchema);
export const cardResponse = envelope(cardSchema);
export const scorecardErrorResponses = errorResponses;
