import { z } from 'zod';
import { envelope, langQuery, pageSchema, reportingStatusSchema } from '../common-schema.ts';

/** An indicator code as listed (`3.2.1`, `11.5.1`, `1.a.2`) or a national code. */
export const indicatorParams = z.object({
  code: z.string().regex(/^[0-9]{1,2}\.[0-9a-z]{1,2}\.[0-9a-z]{1,2}$|^[A-Za-z0-9_.-]{1,40}$/, 'must be an indicator code such as 3.2.1'),
});

const listingSchema = z.object({ code: z.string(), targetCode: z.string() });

export const indicatorSummarySchema = z.object({
  id: z.string().meta({ example: '1.5.1' }),
  code: z.string().describe('First listing code'),
  unsdCode: z.string().nullable().meta({ example: 'C200303' }),
  title: z.string(),
  listings: z.array(listingSchema),
  reportingStatus: reportingStatusSchema,
});

export const indicatorListQuery = langQuery.extend({
  goal: z.string().regex(/^\d{1,2}$/, 'must be a goal number').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const indicatorListResponse = z.object({ data: z.array(indicatorSummarySchema), page: pageSchema });

const codeSchema = z.object({ code: z.string(), name: z.string() });

export const seriesDetailSchema = z.object({
  code: z.string(),
  name: z.string(),
  relation: z.string().describe('measures, or proxy for a national approximation'),
  units: z.array(z.string()),
  areas: z.array(z.object({ code: z.string(), name: z.string(), level: z.string(), parent: z.string().nullable() })),
  dimensions: z.array(z.object({ id: z.string(), name: z.string(), codes: z.array(codeSchema) })),
  observationCount: z.number().int(),
});

export const indicatorDetailResponse = envelope(indicatorSummarySchema.extend({
  goal: z.object({ code: z.string(), title: z.string(), colour: z.string() }),
  target: z.object({ code: z.string(), title: z.string() }),
  graphType: z.string().nullable(),
  graphTitle: z.string().nullable(),
  computationUnits: z.string().nullable(),
  nationalGeographicalCoverage: z.string().nullable(),
  dataNonStatistical: z.boolean(),
  metadata: z.record(z.string(), z.unknown()),
  series: z.array(seriesDetailSchema),
  codeNames: z.record(z.string(), z.record(z.string(), z.string()))
    .describe('English names of the attribute codes this indicator uses: UNIT_MEASURE, OBS_STATUS, NATURE, UNIT_MULT'),
  headlineSeries: z.string().nullable().describe('The series shown first: the one that best measures the indicator'),
  sources: z.array(z.object({ title: z.string(), licence: z.string().nullable(), url: z.string().nullable() })),
}));
