import { z } from 'zod';
import { langQuery } from '../common-schema.ts';

/** `GET /search?q=&lang=&type=&limit=`. */
export const searchQuery = langQuery.extend({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')
    .describe('Words in any language, or a code: 3, 3.2, 3.2.1 (any digits, ৩.২.১ too)'),
  type: z.enum(['goal', 'target', 'indicator']).optional().describe('Only goals, targets or indicators'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchHitSchema = z.object({
  type: z.enum(['goal', 'target', 'indicator']),
  code: z.string().meta({ example: '3.2.1' }),
  goal: z.string().describe('The goal it belongs to').meta({ example: '3' }),
  title: z.string().describe('Title in lang, English where it has none'),
  snippet: z.object({
    field: z.string().describe('title, short, codes, series or metadata.<field>').meta({ example: 'metadata.source_organisation_1' }),
    text: z.string().describe('The field cut to about 160 characters around the first match'),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])).describe('[start, end) of each matched word in text (UTF-16 offsets)'),
  }),
  score: z.number().describe('BM25 score; a code typed alone scores 100 for itself, 50 for what is numbered under it'),
  matchedLang: z.string().describe('Language of the text that matched: lang, or en after it'),
});

export const searchResponse = z.object({
  data: z.array(searchHitSchema),
  page: z.object({ total: z.number().int(), limit: z.number().int() }),
  meta: z.object({
    lang: z.string().describe('The language searched first and titles are in: lang when the site offers it (GET /site), else en')
      .meta({ example: 'bn' }),
  }),
});
