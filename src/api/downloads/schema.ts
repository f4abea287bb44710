import { z } from 'zod';
import { envelope, langQuery } from '../common-schema.ts';

/** One file a bulk download offers. */
export const bulkDownloadSchema = z.object({
  name: z.string().meta({ example: 'all.zip' }),
  url: z.string().meta({ example: '/api/v1/downloads/all.zip' }),
  version: z.string().describe('The published-data version the zip was built from; its ETag').meta({ example: '14520.14520.0' }),
  bytes: z.number().int(),
  builtAt: z.string(),
  buildMs: z.number().int(),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int() })),
});

export const downloadListResponse = envelope(z.array(bulkDownloadSchema));

/** Query of `GET /data`: a subset of all published data, or all of it. */
export const dataQuery = z.object({
  format: z.enum(['csv', 'sdmx-csv', 'sdmx-json']).default('sdmx-csv'),
  sdmxVersion: z.enum(['1.0', '2.0']).default('1.0').describe('SDMX-CSV version of format=sdmx-csv'),
  indicator: z.string().min(1).optional().describe('Indicator code, e.g. 3.2.1; all indicators when left out'),
  series: z.string().min(1).optional().describe('Series code, e.g. SH_DYN_MORT'),
  area: z.string().min(1).optional().describe('Reference area code'),
  from: z.string().regex(/^\d{4}$/, 'must be a year').optional().describe('Keep periods starting in or after this year'),
  to: z.string().regex(/^\d{4}$/, 'must be a year').optional().describe('Keep periods starting in or before this year'),
  lang: langQuery.shape.lang,
});
