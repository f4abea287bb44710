import { z } from 'zod';
import { envelope, errorResponses, langQuery, pageSchema } from '../common-schema.ts';

const classSchema = z.enum(['synergy', 'trade_off', 'unclassified']).describe(
  'synergy: ρ > 0.6 and p < 0.05 on direction-aligned series (both improve together); trade_off: ρ < −0.6 and p < 0.05; unclassified: otherwise',
);

const flag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

/** Options of the national analysis. */
const optionsQuery = langQuery.extend({
  minYears: z.coerce.number().int().min(3).max(100).default(5).describe('Fewest years the two series must share (at least 3)'),
  difference: flag.describe('Correlate year-on-year changes (per year) instead of levels, removing trends both share'),
});

export const linksQuery = optionsQuery.extend({
  goal: z.string().regex(/^(?:[1-9]|1[0-7])$/, 'must be a goal number 1…17').optional().describe('Only pairs with an indicator of this goal'),
  indicator: z.string().max(40).optional().describe('Only pairs with this indicator (code)'),
  class: classSchema.optional().describe('Only pairs of this class'),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const matrixQuery = optionsQuery;
export const indicatorLinksQuery = optionsQuery.extend({
  limit: z.coerce.number().int().min(1).max(50).default(8).describe('How many partners, strongest |ρ| first among classified pairs'),
});
export const indicatorLinksParams = z.strictObject({ code: z.string().min(1).max(40) });
export const areaLinksQuery = langQuery.extend({
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('The year (default: the year most areas have data for)'),
  level: z.string().regex(/^[a-z_-]{2,30}$/).optional().describe('Area level, e.g. district or division (default: every level below the country)'),
  minAreas: z.coerce.number().int().min(3).max(1000).default(5).describe('Fewest areas both indicators must share'),
  class: classSchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const indicatorRef = z.object({
  code: z.string().meta({ example: '3.2.1' }),
  title: z.string(),
  goals: z.array(z.string()).meta({ example: ['3'] }),
  series: z.string().describe('The series standing for the indicator (its headline key with a desired direction)').meta({ example: 'SH_DYN_MORT' }),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']).describe('Desired direction; decrease-series are multiplied by −1 before correlating'),
});

const pairSchema = z.object({
  a: indicatorRef,
  b: indicatorRef,
  shared: z.number().int().describe('Years (or areas) both hold'),
  n: z.number().int().describe('Observations correlated (shared − 1 when differenced)'),
  rho: z.number().describe('Spearman ρ of the aligned series, −1…1'),
  p: z.number().describe('Two-sided p-value: exact from all orderings up to 9 observations, Student t with n − 2 degrees of freedom above'),
  class: classSchema,
});

const countsSchema = z.object({
  indicators: z.number().int().describe('Indicators with a series that has a desired direction'),
  withoutDirection: z.array(z.string()).describe('Indicators left out: no series key with a desired direction'),
  pairs: z.number().int().describe('Classified pairs'),
  synergy: z.number().int(), trade_off: z.number().int(), unclassified: z.number().int(),
  tooFewPoints: z.number().int().describe('Pairs sharing fewer years (areas) than the minimum'),
  constantSeries: z.number().int().describe('Pairs where one side does not change over the shared years'),
});

const method = z.object({
  minYears: z.number().int(), difference: z.boolean(),
  source: z.string().meta({ example: 'Pradhan et al. 2017, Earth\'s Future 5:1169–1179' }),
});

export const linksResponse = z.object({
  data: method.extend({ counts: countsSchema, pairs: z.array(pairSchema) }),
  page: pageSchema,
});

const cellSchema = z.object({
  goalA: z.string(), goalB: z.string(), pairs: z.number().int(),
  counts: z.object({ synergy: z.number().int(), trade_off: z.number().int(), unclassified: z.number().int() }),
  shares: z.object({ synergy: z.number(), trade_off: z.number(), unclassified: z.number() }).describe('Counts over pairs, 0…1'),
});

export const matrixResponse = envelope(method.extend({
  counts: countsSchema,
  goals: z.array(z.object({ code: z.string(), title: z.string(), colour: z.string() })),
  cells: z.array(cellSchema).describe('Goal pairs with at least one classified pair, goalA ≤ goalB (the matrix is symmetric)'),
}));

export const indicatorLinksResponse = envelope(method.extend({
  indicator: indicatorRef.nullable().describe('null when the indicator has no national series with a desired direction'),
  reason: z.string().optional(),
  partners: z.array(pairSchema.omit({ a: true, b: true }).extend({
    partner: indicatorRef,
    points: z.array(z.object({ year: z.number().int(), value: z.number(), partnerValue: z.number() }))
      .describe('The shared years with both raw values, for a scatter plot'),
  })),
}));

export const areaLinksResponse = z.object({
  data: z.object({
    year: z.number().int().nullable(), years: z.array(z.object({ year: z.number().int(), areas: z.number().int() })),
    level: z.string().nullable(), areas: z.number().int().describe('Areas of the level with data that year'),
    minAreas: z.number().int(), source: z.string(), counts: countsSchema, pairs: z.array(pairSchema),
  }),
  page: pageSchema,
});

export const linksErrorResponses = errorResponses;
