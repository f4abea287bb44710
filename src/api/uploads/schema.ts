import { z } from 'zod';
import { LISTED_ISSUES, LISTED_ROWS } from '../../workflow/uploads/index.ts';
import { envelope, errorSchema } from '../common-schema.ts';

/** `{id}` of a submission. */
export const submissionParams = z.object({ id: z.coerce.number().int().min(1) });

/**
 * `mode` (`merge`, the default, or `replace`); `dryRun=true` (the default when `confirm` is absent) plans without
 * writing; `confirm=<digest>` writes the plan whose digest the dry run answered.
 */
export const uploadQuery = z.strictObject({
  mode: z.enum(['replace', 'merge']).default('merge')
    .describe('merge (the default): the file only adds and changes values; replace: the file is the whole data of the series it holds, so values of those series it leaves out are deleted'),
  dryRun: z.enum(['true', 'false']).optional().describe('true (the default without confirm): answer the plan, write nothing'),
  confirm: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-hex-digit digest a dry run answered').optional()
    .describe('the digest of the dry run being confirmed: writes the draft when the plan is still the same'),
});

const observationSchema = z.object({
  key: z.string().describe('series|area|period|dimensions|unit, e.g. SH_DYN_MORT|050|2021||PER_1000_LIVE_BIRTHS'),
  series: z.string(),
  area: z.string(),
  timePeriod: z.string(),
  periodKind: z.string(),
  dimensions: z.record(z.string(), z.string()),
  value: z.number(),
  unit: z.string(),
  unitMult: z.number().int().nullable(),
  attributes: z.record(z.string(), z.string()),
});

const issueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  sheet: z.string().nullable().describe('the worksheet (XLSX), null for CSV'),
  row: z.number().int().describe('1-based CSV line or worksheet row; 0 for the whole file or a deletion'),
  column: z.string().describe("the header name as written in the file; '' when not about one column"),
  reason: z.string(),
});

/**
 * One upload's plan (dry run) or what it wrote (confirm). The counts and the digest cover every row of the file; the
 * lists show the first LISTED_ROWS rows of each kind and the first LISTED_ISSUES issues (errors first); `truncated` says
 * which were cut.
 */
export const uploadResponse = envelope(z.object({
  submissionId: z.number().int(),
  indicatorId: z.string(),
  mode: z.enum(['replace', 'merge']),
  dryRun: z.boolean(),
  committed: z.boolean().describe('true when the draft was written (a confirm)'),
  file: z.string(),
  format: z.enum(['template-csv', 'opensdg-csv', 'xlsx', 'sdmx-csv']),
  sheet: z.string().nullable(),
  rowsRead: z.number().int(),
  counts: z.object({ added: z.number().int(), changed: z.number().int(), deleted: z.number().int(), unchanged: z.number().int() })
    .describe('every value the file adds, changes, deletes and leaves unchanged'),
  issueCounts: z.object({ errors: z.number().int(), warnings: z.number().int() }).describe('every issue of the plan, by severity'),
  truncated: z.object({ added: z.boolean(), changed: z.boolean(), deleted: z.boolean(), issues: z.boolean() })
    .describe('true where a list holds only the first of its rows (see counts and issueCounts for how many there are)'),
  added: z.array(z.object({ row: z.number().int(), observation: observationSchema })).describe(`the first ${LISTED_ROWS} values added`),
  changed: z.array(z.object({ row: z.number().int(), before: observationSchema, after: observationSchema })).describe(`the first ${LISTED_ROWS} values changed`),
  deleted: z.array(z.object({ observation: observationSchema })).describe(`the first ${LISTED_ROWS} values deleted`),
  issues: z.array(issueSchema).describe(`the first ${LISTED_ISSUES} issues, errors before warnings`),
  canConfirm: z.boolean().describe('false when an issue has severity error'),
  digest: z.string().describe('SHA-256 of the plan: send it as confirm=<digest>'),
}));

/** The error envelope with its details: every issue (422), or the new plan's digest and counts (409). */
const errorWithDetails = z.object({
  error: errorSchema.shape.error.extend({
    details: z.unknown().optional().describe(`422: the first ${LISTED_ISSUES} issues, errors first, each { severity, file, sheet, row, column, reason }; 409: { digest, counts } of the plan now`),
  }),
});

/** The failures the upload routes answer. */
export const uploadErrorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorWithDetails, 422: errorWithDetails, 503: errorSchema,
} as const;
