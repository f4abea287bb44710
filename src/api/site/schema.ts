import { z } from 'zod';
import { envelope } from '../common-schema.ts';

/** The installation's look, from its country pack's `branding`: null parts when the pack gives none. */
export const siteBranding = z.object({
  logo: z.string().nullable().describe('Address of the logo image (`/api/v1/site/logo?v=<digest>`), or null without one'),
  colours: z.object({
    primary: z.string().describe('Banner and buttons, under white text, `#RRGGBB`'),
    accent: z.string().describe('The line under the banner, `#RRGGBB`'),
  }).nullable(),
});

/** The answer of this resource's route, `{ data: … }`. */
export const siteResponse = envelope(z.object({
  country: z.object({ code: z.string().nullable(), name: z.string().nullable(), names: z.record(z.string(), z.string()) }),
  languages: z.array(z.object({ code: z.string(), name: z.string().describe('The language\'s own name for itself') })),
  defaultLanguage: z.string(),
  framework: z.string().nullable(),
  branding: siteBranding,
}));
