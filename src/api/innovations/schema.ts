import { z } from 'zod';
import {
  CASE_ORGANISATION_ROLES, COST_COMPONENTS, EVIDENCE_STRENGTHS, INNOVATION_STAGES, INNOVATION_TYPES, REPLICATION_STAGES, TCV_DIMENSIONS,
} from '../../domain/index.ts';
import { envelope, pageSchema, workErrorResponses } from '../common-schema.ts';

/** The schemas of the innovation network routes (src/api/innovations/*-routes.ts); the shapes of src/domain/innovation.ts. */

const en = <T extends string>(values: readonly T[]) => z.enum(values as unknown as [T, ...T[]]);
export const stageSchema = en(INNOVATION_STAGES);
export const typeSchema = en(INNOVATION_TYPES);
export const strengthSchema = en(EVIDENCE_STRENGTHS);
export const replicationStageSchema = en(REPLICATION_STAGES);
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code in capitals such as BGD');
/** A country in a query: any case (`bgd` or `BGD`). */
const iso3Query = z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as BGD');
const text = z.string().trim().min(1, 'must not be blank').max(20_000);
const optText = z.string().max(20_000).nullable();
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date such as 2013-07-01').nullable();
export const caseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'must be lower-case letters, digits, ".", "_" or "-" (up to 120)');

const stageStep = <S extends z.ZodType>(stage: S) => z.object({ stage, date, note: optText });
const originSchema = z.object({ instanceUrl: z.string(), remoteId: z.string(), remoteUpdatedAt: z.string() }).nullable()
  .describe('The publishing instance for a case read from another installation (read-only here), null for this one\'s own');

export const evidenceSchema = z.object({
  id: z.string().min(1).max(120),
  kind: text.describe("The source's own words, e.g. 'ex-ante estimate (cost-benefit study)'"),
  metric: optText, before: optText, after: optText, unit: optText, period: optText,
  sampleSize: z.number().int().min(0).nullable(),
  strength: strengthSchema.describe('self_reported < official_claim < independent < peer_reviewed'),
  sourceTitle: optText, sourceUrl: optText, sourceLicence: optText, notes: optText,
});
const contactSchema = z.object({ name: text, roleTitle: optText, email: optText, consentPublic: z.boolean() });
const caseOrganisationSchema = z.object({ organisationId: z.string().min(1), role: en(CASE_ORGANISATION_ROLES) });

/** The editable fields of a case (everything but id, status, origin and seed key). */
const caseFields = {
  title: text.max(500), summary: optText, problem: optText, solution: optText,
  countryIso3: iso3.nullable(), countries: z.array(iso3), administrativeLevel: optText, startDate: date,
  types: z.array(typeSchema), tags: z.array(z.string().trim().min(1).max(200)),
  goals: z.array(z.string().regex(/^\d{1,2}$/)), targets: z.array(z.string().min(1).max(10)).describe("Official target codes, e.g. ['16.9']"),
  stage: stageSchema.nullable(), stageHistory: z.array(stageStep(stageSchema)),
  organisations: z.array(caseOrganisationSchema).describe('The lead organisation decides who may edit: providers of its national organisation'),
  coverage: z.object({ unitsLive: z.number().nullable(), unitsEligible: z.number().nullable(), asOf: date }),
  institutionalisation: z.object({ legalBasis: optText, budgetLine: optText, mandatoryFrom: date }),
  transferability: z.object({ prerequisites: optText, openSourceLicence: optText }),
  evidence: z.array(evidenceSchema), contacts: z.array(contactSchema), contentLicence: optText, website: optText,
};
const emptyCase = {
  summary: null, problem: null, solution: null, countryIso3: null, countries: [], administrativeLevel: null, startDate: null,
  types: [], tags: [], goals: [], targets: [], stage: null, stageHistory: [], organisations: [],
  coverage: { unitsLive: null, unitsEligible: null, asOf: null }, institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null },
  transferability: { prerequisites: null, openSourceLicence: null }, evidence: [], contacts: [], contentLicence: null, website: null,
};

export const createCaseBody = z.strictObject({ id: caseIdSchema.optional(), ...caseFields }).partial()
  .extend({ title: caseFields.title, organisations: caseFields.organisations })
  .transform((b) => ({ ...emptyCase, ...b }));
export const patchCaseBody = z.strictObject(caseFields).partial();

export const caseSchema = z.object({
  id: z.string(), ...caseFields, title: z.string(), tags: z.array(z.string()), targets: z.array(z.string()), goals: z.array(z.string()),
  status: z.enum(['published', 'draft', 'withdrawn']), seedKey: z.string().nullable(), origin: originSchema,
});

const rangeSchema = z.object({ low: z.number(), high: z.number(), mid: z.number() });
const reductionSchema = z.object({
  unit: z.string(), before: rangeSchema, after: rangeSchema, absolute: rangeSchema.describe('before − after'),
  percent: rangeSchema.nullable().describe('(before − after) / before × 100; low from the widest gap, high from the narrowest'),
  percentNote: z.string(), strength: strengthSchema.describe('The weakest of the baseline and post evidence'), strengthNote: z.string(),
}).nullable();
const figureSchema = z.object({
  measureKey: z.string(), service: z.string(), dimension: en(TCV_DIMENSIONS), component: en(COST_COMPONENTS).nullable(), phase: z.enum(['baseline', 'post']),
  metricText: z.string(), valueText: z.string(), unitText: z.string().nullable(), valueLow: z.number().nullable(),
  valueHigh: z.number().nullable(), valueUnit: z.string().nullable(), currency: z.string().nullable(), scope: z.string().nullable(),
  referenceYear: z.number().int().nullable(), publishedReductionText: z.string().nullable(), evidenceId: z.string().nullable(),
  strength: strengthSchema.nullable().describe('The strength of the evidence this figure comes from'),
});
export const tcvPairSchema = z.object({
  measureKey: z.string(), service: z.string(), dimension: z.string(), component: z.string().nullable(),
  baseline: figureSchema.nullable(), post: figureSchema.nullable(),
  reduction: reductionSchema.describe('In the figures\' normalised unit: hours for time, the currency for cost, visits'),
  reductionDays: reductionSchema.describe('Time only: the same reduction in calendar days'),
  publishedReduction: z.string().nullable(), note: z.string(),
});
export const replicationSchema = z.object({
  id: z.string(), caseId: z.string(), providerOrganisationId: z.string().nullable(), adopterOrganisationId: z.string().nullable(),
  adopterCountryIso3: z.string(), channel: z.string(), stage: replicationStageSchema, stageHistory: z.array(stageStep(replicationStageSchema)),
  adaptations: z.string().nullable(), funding: z.string().nullable(), origin: originSchema,
});
export const caseViewSchema = caseSchema.extend({
  organisations: z.array(z.object({ organisationId: z.string(), name: z.string(), countryIso3: z.string().nullable(), role: z.string() })),
  tcv: z.array(tcvPairSchema), replications: z.array(replicationSchema),
});
export const summarySchema = z.object({
  id: z.string(), title: z.string(), summary: z.string().nullable(), countryIso3: z.string().nullable(), countries: z.array(z.string()),
  stage: stageSchema.nullable(), types: z.array(typeSchema), goals: z.array(z.string()), targets: z.array(z.string()),
  strongestEvidence: strengthSchema.nullable(), replicationCount: z.number().int(), measurementCount: z.number().int(),
  originUrl: z.string().nullable(), originId: z.string().nullable().describe('Its id at the publishing instance'), updatedAt: z.string(),
});

export const listQuery = z.strictObject({
  country: iso3Query.optional(), adopterCountry: iso3Query.optional(), goal: z.string().regex(/^\d{1,2}$/).optional(), target: z.string().max(10).optional(),
  stage: stageSchema.optional(), type: typeSchema.optional(), evidence: strengthSchema.optional().describe('At least this strong'),
  q: z.string().max(200).optional().describe('Words in the title, summary, problem, solution or a tag'),
  limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0),
});
export const idParams = z.strictObject({ id: caseIdSchema });
export const codeParams = z.strictObject({ code: z.string().min(1).max(20) });
export const replicationIdParams = z.strictObject({ id: z.string().min(1).max(200) });
export const replicationQuery = z.strictObject({ provider: z.string().optional(), adopterCountry: iso3Query.optional(), stage: replicationStageSchema.optional() });

export const stageBody = z.strictObject({ stage: stageSchema, date, note: optText.default(null) });
export const replicationStageBody = z.strictObject({ stage: replicationStageSchema, date, note: optText.default(null) });
export const evidenceBody = evidenceSchema.extend({ id: z.string().min(1).max(120).optional() }).strict();
export const tcvBody = z.strictObject({
  figures: z.array(z.strictObject({
    measureKey: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/), service: text.max(300), dimension: en(TCV_DIMENSIONS),
    component: en(COST_COMPONENTS).nullable().default(null), phase: z.enum(['baseline', 'post']), metricText: text.max(300),
    valueText: text.max(200).describe("As worded: '30-45', '7 days', '1045'"), unitText: z.string().max(50).nullable().default(null),
    scope: optText.default(null), referenceYear: z.number().int().nullable().default(null),
    publishedReductionText: optText.default(null), evidenceId: z.string().nullable().default(null),
  })).min(1).describe('Figures replacing those of the same measure key and phase; normalised values are computed from the wording'),
});
export const replicationBody = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/).optional(), providerOrganisationId: z.string().nullable().default(null),
  adopterOrganisationId: z.string().nullable().default(null), adopterCountryIso3: iso3, channel: text.max(200),
  stage: replicationStageSchema, date, adaptations: optText.default(null), funding: optText.default(null),
});
export const moderationBody = z.strictObject({ action: z.enum(['publish', 'withdraw']), reason: text.max(2000) });

export const requestBody = z.strictObject({
  countryIso3: iso3, organisationId: z.string().nullable().default(null), title: text.max(500), problem: text, context: optText.default(null),
  targets: z.array(z.string().min(1).max(10)).default([]), tags: z.array(z.string().trim().min(1).max(200)).default([]),
  types: z.array(typeSchema).default([]).describe('Wanted kinds of innovation, used for matching only'),
});
export const answerBody = z.strictObject({ caseId: caseIdSchema, text: text.max(5000) });
export const requestIdParams = z.strictObject({ id: z.string().min(1).max(120) });
const requestSchema = z.object({
  id: z.string(), countryIso3: z.string(), organisationId: z.string().nullable(), title: z.string(), problem: z.string(),
  context: z.string().nullable(), targets: z.array(z.string()), tags: z.array(z.string()), status: z.enum(['open', 'closed']),
  createdAt: z.string(), origin: originSchema,
});
const answerSchema = z.object({
  id: z.number().int(), requestId: z.string(), caseId: z.string().nullable(), organisationId: z.string().nullable(), text: z.string(),
  createdAt: z.string(), createdBy: z.number().int().nullable(),
});
const suggestionSchema = z.object({
  caseId: z.string(), title: z.string(), countryIso3: z.string().nullable(), stage: z.string().nullable(), score: z.number(), relevance: z.number(),
  reasons: z.array(z.object({ kind: z.string(), points: z.number(), detail: z.string() })),
});

export const exportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });
export const importQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  confirm: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('The digest a dry run answered for this same body'),
});
/** One exported case: the case with its TCV figures and replications (public contacts only). */
export const exportedCaseSchema = caseSchema.extend({
  tcv: z.array(figureSchema.omit({ strength: true })), replications: z.array(replicationSchema.omit({ caseId: true })),
});
export const exchangeSchema = z.object({
  organisations: z.array(z.object({ id: z.string().min(1), name: text, countryIso3: z.string().nullable(), website: z.string().nullable(), localOrganisationId: z.string().nullable() })),
  cases: z.array(exportedCaseSchema),
});

export const errors = workErrorResponses;
export const listResponse = z.object({ data: z.array(summarySchema), page: pageSchema });
export const caseViewResponse = envelope(caseViewSchema);
export const replicationsResponse = envelope(z.array(replicationSchema));
export const replicationResponse = envelope(replicationSchema);
export const summariesResponse = envelope(z.array(summarySchema));
export const requestsResponse = envelope(z.array(requestSchema));
export const requestResponse = envelope(requestSchema.extend({ answers: z.array(answerSchema), suggestions: z.array(suggestionSchema) }));
export const answerResponse = envelope(answerSchema);
export const importResponse = envelope(z.object({
  dryRun: z.boolean(), digest: z.string(), added: z.array(z.string()), changed: z.array(z.string()), unchanged: z.array(z.string()),
}));
