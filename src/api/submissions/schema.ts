import { z } from 'zod';
import { CHANGES_PAGE, LISTED_DRAFT_ISSUES } from '../../workflow/submissions/index.ts';
import { envelope, pageSchema } from '../common-schema.ts';

const state = z.enum(['draft', 'submitted', 'returned', 'approved', 'reopened'])
  .describe('reopened: approved, then re-opened by an admin (its values stay published; its periods are unlocked)');
const attributes = z.record(z.string(), z.string()).describe('OBS_STATUS, NATURE, COMMENT_OBS, SOURCE_DETAIL, …');
const dimensions = z.record(z.string(), z.string()).describe('Dimension ID → code; the total is `_T`, e.g. { "SEX": "F" }');

export const submissionParams = z.strictObject({ id: z.coerce.number().int().positive() });
export const changeParams = z.strictObject({ id: z.coerce.number().int().positive(), changeId: z.coerce.number().int().positive() });

/** `POST /indicators/{code}/submission`. */
export const openBody = z.strictObject({
  organisation: z.string().min(1).optional().describe('Admin only: the organisation the new draft belongs to (default: the indicator\'s lead)'),
}).default({});

/** `GET /submissions`. */
export const listQuery = z.strictObject({
  state: z.string().regex(/^(draft|submitted|returned|approved|reopened)(,(draft|submitted|returned|approved|reopened))*$/,
    'must be draft, submitted, returned, approved or reopened (several separated by commas)').optional(),
  indicator: z.string().min(1).max(40).optional().describe('An indicator id or listing code'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `GET /submissions/{id}`: which page of the changes to list. */
export const detailQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0).describe('The first change listed (0-based, in key order)'),
  limit: z.coerce.number().int().min(1).max(5000).default(CHANGES_PAGE).describe('How many changes to list'),
});

export const issueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  kind: z.string(),
  ruleId: z.number().int().nullable(),
  key: z.string().describe('The observation key: series|area|period|dimension key|unit'),
  series: z.string(),
  area: z.string(),
  timePeriod: z.string(),
  dimensions,
  message: z.string(),
});

export const submissionSummarySchema = z.object({
  id: z.number().int(),
  indicatorId: z.string(),
  indicatorCode: z.string(),
  indicatorTitle: z.string(),
  organisationId: z.string(),
  organisationName: z.string().nullable(),
  state,
  revision: z.number().int().describe('Send it back with submit, approve and return'),
  comment: z.string().nullable().describe("The reviewer's comment on the latest return or approval"),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  changeCount: z.number().int(),
  allowedActions: z.array(z.enum(['edit', 'submit', 'approve', 'return', 'reopen', 'discard'])).describe('What the signed-in user may do now'),
});

const cellValue = z.object({ value: z.number().nullable(), unitMult: z.number().int().nullable(), attributes });

export const changeViewSchema = z.object({
  id: z.number().int(),
  op: z.enum(['upsert', 'delete']),
  key: z.string(),
  observationId: z.number().int().nullable(),
  series: z.string(),
  area: z.string(),
  timePeriod: z.string(),
  dimensions,
  unit: z.string(),
  old: cellValue.nullable().describe('The published value beside it (for an approved submission: the value it replaced)'),
  new: cellValue.nullable().describe('null for a delete'),
  warningComment: z.string().nullable(),
  revision: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
  issues: z.array(issueSchema),
});

export const submissionDetailSchema = submissionSummarySchema.extend({
  changes: z.array(changeViewSchema).describe('One page of the changes, in key order (see changesPage), each with all its issues'),
  changesPage: pageSchema.describe('Which changes are listed: `limit` from `offset` of `total` (the same as changeCount)'),
  events: z.array(z.object({ action: z.string(), at: z.string(), user: z.string().nullable(), comment: z.string().nullable() })),
  issues: z.array(issueSchema).describe(`The draft's issues now, errors before warnings, at most ${LISTED_DRAFT_ISSUES} (see issueCounts)`),
  issueCounts: z.object({ errors: z.number().int(), warnings: z.number().int() }).describe('Every issue of the draft, by severity'),
  truncated: z.object({ changes: z.boolean(), issues: z.boolean() }).describe('true where a list holds only part of its items'),
});

export const submissionResponse = envelope(submissionSummarySchema);
export const submissionListResponse = z.object({ data: z.array(submissionSummarySchema), page: pageSchema });
export const submissionDetailResponse = envelope(submissionDetailSchema);

/** One value of `PUT /submissions/{id}/changes`. */
export const changeEntrySchema = z.strictObject({
  series: z.string().min(1),
  area: z.string().min(1),
  timePeriod: z.string().min(1).describe('e.g. 2021, 2014/15, 2024-Q1'),
  dimensions: dimensions.default({}),
  unit: z.string(),
  unitMult: z.number().int().min(-20).max(20).nullable().optional().describe('Power of ten; omitted keeps the current one'),
  value: z.number().nullable().describe('null removes the published value'),
  attributes: attributes.optional().describe('Omitted keeps the current attributes'),
  warningComment: z.string().max(2000).nullable().optional().describe('Explains the warnings this value raises'),
  baseRevision: z.number().int().min(0).describe('The revision of the draft value the user saw; 0 = none'),
});
export const changesBody = z.strictObject({ changes: z.array(changeEntrySchema).min(1).max(5000) });

const savedChange = z.object({
  key: z.string(),
  changeId: z.number().int().nullable(),
  op: z.enum(['upsert', 'delete', 'none']).describe('none: no draft change remains for the key (it equals the published value)'),
  revision: z.number().int().describe('The next baseRevision for this key'),
  observationId: z.number().int().nullable(),
  value: z.number().nullable(),
  unitMult: z.number().int().nullable(),
  attributes,
  warningComment: z.string().nullable(),
});
export const saveResponse = envelope(z.object({
  submission: z.object({ id: z.number().int(), state: z.string(), revision: z.number().int() }),
  changes: z.array(savedChange),
  issues: z.array(issueSchema),
}));

export const submitBody = z.strictObject({
  revision: z.number().int(),
  comment: z.string().max(4000).nullable().optional(),
  warningComments: z.record(z.string(), z.string().max(2000)).optional().describe('Observation key → explanation of its warnings'),
});
export const approveBody = z.strictObject({ revision: z.number().int(), comment: z.string().max(4000).nullable().optional() });
export const returnBody = z.strictObject({ revision: z.number().int(), comment: z.string().max(4000) });
export const reopenBody = z.strictObject({ revision: z.number().int().optional(), comment: z.string().max(4000) });
export const discardQuery = z.strictObject({ revision: z.coerce.number().int().optional() });
export const deleteChangeQuery = z.strictObject({ revision: z.coerce.number().int().min(1).optional().describe('The change revision the user saw') });

export const transitionResponse = envelope(submissionSummarySchema.extend({
  issues: z.array(issueSchema).optional().describe('submit: the warnings that were explained'),
  applied: z.object({ inserted: z.number().int(), updated: z.number().int(), deleted: z.number().int(), unchanged: z.number().int(), periods: z.array(z.string()) })
    .optional().describe('approve: what was published and the periods now locked'),
  unlocked: z.array(z.string()).optional().describe('reopen: the periods unlocked'),
}));
export const noContent = z.null().describe('No content');
