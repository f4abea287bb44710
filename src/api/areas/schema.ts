import { z } from 'zod';
import { envelope } from '../common-schema.ts';

/** The answer of this resource's route, `{ data: … }`. */
export const areaListResponse = envelope(z.array(z.object({
  code: z.string().meta({ example: 'BD-C' }),
  name: z.string(),
  level: z.string().meta({ example: 'division' }),
  parent: z.string().nullable(),
})));
