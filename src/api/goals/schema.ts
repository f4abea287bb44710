import { z } from 'zod';
import { envelope, reportingStatusSchema, statusCountsSchema } from '../common-schema.ts';

export const goalSummarySchema = z.object({
  code: z.string().meta({ example: '3' }),
  title: z.string(),
  short: z.string(),
  colour: z.string().meta({ example: '#4C9F38' }),
  indicatorCount: z.number().int(),
  reportingStatus: statusCountsSchema,
});

export const headlineSchema = z.object({
  timePeriod: z.string(),
  value: z.number(),
  unit: z.string(),
  unitName: z.string().describe('The unit\'s name from the SDMX code list, else the unit as stored'),
  series: z.string(),
  relation: z.enum(['measures', 'proxy']).describe('proxy when the value comes from a national approximation'),
}).nullable();

export const goalDetailSchema = goalSummarySchema.extend({
  targets: z.array(z.object({
    code: z.string(),
    title: z.string(),
    indicators: z.array(z.object({
      code: z.string().describe('Code of this listing, e.g. 11.5.1'),
      id: z.string().describe('Id of the unique indicator, e.g. 1.5.1 for the listing 11.5.1'),
      title: z.string(),
      reportingStatus: reportingStatusSchema,
      latest: headlineSchema,
    })),
  })),
});

export const goalParams = z.object({ goal: z.string().regex(/^\d{1,2}$/, 'must be a goal number 1–17') });
export const goalListResponse = envelope(z.array(goalSummarySchema));
export const goalDetailResponse = envelope(goalDetailSchema);
