import { z } from 'zod';
import { envelope, langQuery } from '../common-schema.ts';
import { submissionSummarySchema } from '../submissions/schema.ts';

export const gridQuery = z.strictObject({
  series: z.string().min(1).optional().describe('Series code (default: the first series with data)'),
  unit: z.string().optional().describe('Unit as stored (default: the series\' first unit)'),
  lang: langQuery.shape.lang,
});

const attributes = z.record(z.string(), z.string());

const cell = z.object({
  published: z.object({
    observationId: z.number().int(), value: z.number(), unitMult: z.number().int().nullable(), attributes,
    validFrom: z.string().describe("When it became public ('' for rows loaded before the published history began)"),
  }).nullable(),
  draft: z.object({
    changeId: z.number().int(), op: z.enum(['upsert', 'delete']), value: z.number().nullable(), unitMult: z.number().int().nullable(),
    attributes, revision: z.number().int().describe('Send it as baseRevision when changing this value'),
    warningComment: z.string().nullable(), updatedBy: z.string().nullable(), updatedAt: z.string(),
  }).nullable(),
  locked: z.boolean().describe('The period is locked by an approval'),
});

export const gridResponse = envelope(z.object({
  indicator: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  series: z.array(z.object({ code: z.string(), name: z.string(), units: z.array(z.string()) })),
  selected: z.object({ series: z.string(), unit: z.string() }).nullable(),
  submission: submissionSummarySchema.nullable(),
  canEdit: z.boolean(),
  periods: z.array(z.string()).describe('Columns: periods with values or draft values, then the periods missing since the latest'),
  rows: z.array(z.object({
    key: z.string().describe('<area>|<dimension key>'), area: z.string(), areaName: z.string(),
    dimensions: z.record(z.string(), z.string()), cells: z.record(z.string(), cell).describe('Time period → cell; empty cells left out'),
  })),
  locks: z.array(z.object({ timePeriod: z.string(), submissionId: z.number().int(), lockedAt: z.string(), reason: z.string() })),
}));
