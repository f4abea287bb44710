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

/**
 * The moment an `asOf` parameter names, as ISO 8601 UTC with milliseconds, or null when it names none: a date alone is
 * the end of that day (UTC); a date-time needs its offset (`Z` or `+06:00`).
 * @example asOfMoment('2026-03-01') // '2026-03-01T23:59:59.999Z'
 * @example asOfMoment('2026-03-01T12:00:00+06:00') // '2026-03-01T06:00:00.000Z'
 */
export function asOfMoment(v: string): string | null {
  if (isCalendarDate(v)) return `${v}T23:59:59.999Z`;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.exec(v);
  if (!m || !isCalendarDate(m[1]!)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
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
  asOf: z.string().refine((v) => asOfMoment(v) !== null, 'must be an ISO date (2026-03-01, meaning the end of that day, UTC) or date-time (2026-03-01T12:00:00Z)')
    .optional().describe('The data as published at that moment: a date alone means the end of that day (UTC)'),
  format: z.enum(['json', 'csv', 'xlsx', 'sdmx-csv', 'sdmx-json']).default('json')
    .describe('json (pages), or the whole selection as csv, xlsx (data and metadata sheets), sdmx-csv or sdmx-json (SDG DSD 1.14)'),
  sdmxVersion: z.enum(['1.0', '2.0']).default('1.0').describe('SDMX-CSV version of format=sdmx-csv: 1.0 (DATAFLOW column) or 2.0 (STRUCTURE, STRUCTURE_ID, ACTION)'),
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
