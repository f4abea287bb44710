import { z } from 'zod';
import { envelope, statusCountsSchema } from '../common-schema.ts';

/** The answer of this resource's route, `{ data: … }`. */
export const reportingStatusResponse = envelope(z.object({
  total: statusCountsSchema.describe('Unique indicators by reporting status'),
  indicatorCount: z.number().int(),
  goals: z.array(z.object({ code: z.string(), title: z.string(), colour: z.string(), indicatorCount: z.number().int(), reportingStatus: statusCountsSchema })),
}));
