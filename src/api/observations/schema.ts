import { z } from 'zod';
import { langQuery, pageSchema } from '../common-schema.ts';

/** A year (`2015`) or a real calendar date (`2016-02-29`; `2015-02-30` is refused). */
function periodBound(example: string): z.ZodString {
  return z.string().refine((v) => /^\d{4}$/.test(v) || isCalendarDate(v), `must be a year (${example.slice(0, 4)}) or an ISO date (${example})`);
}

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Query of `GET /indicators/{code}/observations`; any other parameter must be a dimension of the indicator (`SEX=F`). */
export const observationQuery = z.object({
  series: z.string().min(1).optional().describe('Series code, e.g. SH_DYN_MORT'),
  unit: z.string().min(1).optional().describe('Unit of measure as stored, e.g. PERCENT'),
  area: z.string().min(1).optional().describe('Reference area code'),
  from: periodBound('2015-07-01').optional()
    .describe('Keep periods starting in or after this year / on or after this date'),
  to: periodBound('2030-06-30').optional()
    .describe('Keep periods starting in or before this year / on or before this date'),
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(100000).default(10000),
  offset: z.coerce.number().int().min(0).default(0),
  lang: langQuery.shape.lang,
}).catchall(z.string().describe('A dimension ID with a code, e.g. SEX=F or AGE=_T'));

export const observationSchema = z.object({
  series: z.string(),
  area: z.string(),
  timePeriod: z.string().meta({ example: '2014/15' }),
  periodKind: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dimensions: z.record(z.string(), z.string()),
  value: z.number(),
  unit: z.string(),
  unitMult: z.number().int().nullable(),
  obsStatus: z.string().nullable(),
  nature: z.string().nullable(),
  comment: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
});

export const observationListResponse = z.object({ data: z.array(observationSchema), page: pageSchema });
