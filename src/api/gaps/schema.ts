import { z } from 'zod';
import { GAP_DIMENSIONS } from '../../analysis/gaps/index.ts';
import { envelope, langQuery, pageSchema } from '../common-schema.ts';

const codeName = z.object({
  code: z.string().meta({ example: 'F' }),
  name: z.string().meta({ example: 'Female' }),
});

export const yearGapSchema = z.object({
  year: z.number().int().meta({ example: 2021 }),
  a: z.number().describe('Value of group a').meta({ example: 25.2 }),
  b: z.number().describe('Value of group b').meta({ example: 29.2 }),
  gap: z.number().describe('a − b, in the unit of the data').meta({ example: -4 }),
  ratio: z.number().nullable().describe('a / b (female / male: the Gender Parity Index); null when b is 0 or a value is negative'),
  adjustedRatio: z.number().nullable().describe('UNESCO adjusted parity index: a / b when a ≤ b, else 2 − b / a'),
});

export const trendSchema = z.object({
  class: z.enum(['narrowing', 'widening', 'stable', 'single_year']).describe('Narrowing = moving toward parity, whatever the sign of the gap'),
  basis: z.enum(['least_squares', 'two_years', 'none']).describe('least_squares over 3 or more common years; two_years: the sign of the change between two'),
  slope: z.number().nullable().describe('Least-squares slope of a − b a year'),
  distanceChange: z.number().nullable().describe('Change of |a − b| a year along the fitted line (negative = narrowing)'),
  tolerance: z.number().nullable().describe('Below this change a year the gap is stable: 1 % of the mean level of the two groups'),
});

const contextSchema = z.array(z.object({ dimension: z.string(), code: z.string(), name: z.string() }))
  .describe('Other breakdowns both groups hold (totals left out), e.g. AGE 15–24');

export const pairSchema = z.object({
  a: codeName.describe('Group a: female, rural, poorest quintile, with disability, an age group, an area'),
  b: codeName.describe('Group b: male, urban, richest quintile, without disability, the age total, the country'),
  context: contextSchema,
  years: z.array(yearGapSchema),
  latest: yearGapSchema.nullable(),
  trend: trendSchema,
});

export const dimensionGapsSchema = z.object({
  id: z.enum(GAP_DIMENSIONS as unknown as [string, ...string[]]).meta({ example: 'SEX' }),
  name: z.string().meta({ example: 'Sex' }),
  pairs: z.array(pairSchema),
});

export const indicatorGapsSchema = z.object({
  indicator: z.object({ code: z.string().meta({ example: '3.2.1' }), title: z.string() }),
  area: codeName,
  series: z.array(z.object({
    series: z.string().meta({ example: 'SH_DYN_MORT' }),
    seriesName: z.string(),
    unit: z.string().meta({ example: 'PER_1000_LIVE_BIRTHS' }),
    dimensions: z.array(dimensionGapsSchema),
  })).describe('Every series × unit of the indicator with at least one pair'),
});

export const gapEntrySchema = pairSchema.omit({ years: true }).extend({
  indicator: z.object({ code: z.string(), title: z.string() }),
  series: z.string(),
  seriesName: z.string(),
  unit: z.string(),
  dimension: codeName,
  distance: z.number().nullable().describe('|1 − adjusted parity index| in the latest common year (0 parity … 1)'),
});

export const gapListSchema = z.object({
  area: codeName,
  dimension: z.string().nullable(),
  dimensions: z.array(codeName.extend({ pairs: z.number().int() })).describe('Breakdowns with pairs, and how many'),
  largest: z.array(gapEntrySchema).describe('Largest latest distance from parity first; per series × unit × breakdown its largest pair'),
  widening: z.array(gapEntrySchema).describe('Widening gaps, fastest first (change of |a − b| a year over the mean level); per series × unit × breakdown its fastest'),
});

export const indicatorGapsParams = z.strictObject({ code: z.string().min(1).max(40) });
export const indicatorGapsQuery = langQuery.extend({
  series: z.string().max(80).optional().describe('Keep one series code'),
  unit: z.string().max(80).optional().describe('Keep one unit'),
  area: z.string().max(40).optional().describe('Area whose breakdowns are compared (code or alias); default the country'),
});
export const gapListQuery = langQuery.extend({
  dimension: z.enum(GAP_DIMENSIONS as unknown as [string, ...string[]]).optional().describe('Keep one breakdown'),
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('Entries in each list (1–200, default 20)'),
  offset: z.coerce.number().int().min(0).default(0).describe('The first entry of each list (0-based)'),
});

export const indicatorGapsResponse = envelope(indicatorGapsSchema);
/** `page.total` is the longer list's length, so `offset + limit < total` means a next page of either list. */
export const gapListResponse = envelope(gapListSchema).extend({ page: pageSchema });
