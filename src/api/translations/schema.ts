import { z } from 'zod';
import { envelope, workErrorResponses } from '../common-schema.ts';

/** A BCP 47 language tag such as `bn`, `sw`, `zh-Hans`. */
export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as bn, sw or zh-Hans');
/** A UI string key as in the site's strings files, dotted: `home.title`. */
export const uiKey = z.string().max(200).regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'must be a dotted key such as home.title')
  .refine((k) => !k.split('.').some((part) => part === '__proto__' || part === 'constructor' || part === 'prototype'), 'must not use __proto__, constructor or prototype as a part');

export const langParams = z.strictObject({ lang: languageCode });
export const contentQuery = z.strictObject({ entity: z.enum(['goal', 'target', 'indicator']).optional() });

/** A nested object of UI strings: `{ home: { title: '…' } }`. */
const nestedStrings: z.ZodType<Record<string, unknown>> = z.record(z.string(), z.unknown())
  .describe('UI strings by key, nested as in the site\'s strings files: { "home": { "title": "…" } }');

export const uiResponse = z.object({
  data: nestedStrings,
  meta: z.object({ lang: z.string(), dir: z.enum(['ltr', 'rtl']) }),
});

/** `304 Not Modified`: the ETag sent in If-None-Match is current; no body. */
export const notModified = z.null().describe('Not modified: no body');

export const uiBody = z.record(uiKey, z.string().trim().min(1).max(5000).nullable())
  .refine((r) => Object.keys(r).length > 0 && Object.keys(r).length <= 2000, 'send between 1 and 2000 keys')
  .describe('Key → text; null removes the key\'s text, so the site shows its bundled string again');

export const titleStatus = z.enum(['official', 'unofficial', 'national'])
  .describe('official: published with the framework; unofficial: written for this product; national: set by the national office');

const contentEntry = z.object({
  entity: z.enum(['goal', 'target', 'indicator']),
  code: z.string(),
  field: z.enum(['title', 'short']),
  english: z.string().nullable(),
  text: z.string().nullable().describe('The text in the language, null when there is none (English shows)'),
  status: titleStatus.nullable(),
});
export const contentResponse = envelope(z.array(contentEntry));

export const contentBody = z.strictObject({
  entity: z.enum(['goal', 'target', 'indicator']),
  code: z.string().min(1).max(20),
  field: z.enum(['title', 'short']),
  text: z.string().trim().min(1).max(2000),
});
export const contentUpdateResponse = envelope(contentEntry.extend({ lang: z.string(), status: titleStatus }));

export const languageBody = z.strictObject({
  code: languageCode,
  name: z.string().trim().min(1).max(80).describe('The language\'s own name for itself, e.g. Kiswahili'),
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
});
export const languageResponse = envelope(z.object({ code: z.string(), name: z.string(), dir: z.enum(['ltr', 'rtl']) }));

export const translationErrorResponses = workErrorResponses;
