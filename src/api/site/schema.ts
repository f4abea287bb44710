import { z } from 'zod';
import { envelope } from '../common-schema.ts';

/** The answer of this resource's route, `{ data: … }`. */
export const siteResponse = envelope(z.object({
  country: z.object({ code: z.string().nullable(), name: z.string().nullable(), names: z.record(z.string(), z.string()) }),
  languages: z.array(z.object({ code: z.string(), name: z.string().describe('The language\'s own name for itself') })),
  defaultLanguage: z.string(),
  framework: z.string().nullable(),
}));
