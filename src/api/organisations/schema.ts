import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../domain/index.ts';
import { envelope, errorSchema, langQuery } from '../common-schema.ts';

const kindSchema = z.enum(ORGANISATION_KINDS as unknown as [OrganisationKind, ...OrganisationKind[]])
  .describe('ministry, division (of a ministry), agency, statistics_office, sdg_office (national SDG office) or other');
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'must be a short code such as BBS (letters, digits, _, - or ., up to 40)');
const nameSchema = z.string().trim().min(1, 'must not be blank').max(300);
const namesSchema = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'), z.string().max(300))
  .describe('Names in other languages by language tag, e.g. {"bn": "বাংলাদেশ পরিসংখ্যান ব্যুরো"}; an empty name removes that language');

/** One organisation's public fields: `name` in the asked language, `names` in every other language stored. */
export const organisationSchema = z.object({
  id: z.string().meta({ example: 'BBS' }),
  parent: z.string().nullable().meta({ example: 'SID' }),
  name: z.string().meta({ example: 'Bangladesh Bureau of Statistics' }),
  names: z.record(z.string(), z.string()).meta({ example: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' } }),
  kind: kindSchema,
});

const countsSchema = z.object({ lead: z.number().int(), coLead: z.number().int(), associate: z.number().int() })
  .describe('How many indicators the organisation leads, co-leads and is associated with');

/** A node of the tree: an organisation, its responsibility counts and the organisations below it. */
export interface OrganisationNode extends z.infer<typeof organisationSchema> {
  responsibilities: z.infer<typeof countsSchema>;
  children: OrganisationNode[];
}

/**
 * The node schema spelt out to `depth` levels of children (deeper ones pass unchecked), so the OpenAPI document shows
 * the tree without a self-reference its generator cannot place.
 */
function nodeSchema(depth: number): z.ZodType<OrganisationNode> {
  const children = depth === 0 ? z.array(z.unknown()) : z.array(nodeSchema(depth - 1));
  return organisationSchema.extend({
    responsibilities: countsSchema,
    children: children.describe('The organisations directly below, each of the same shape'),
  }) as unknown as z.ZodType<OrganisationNode>;
}

export const organisationNodeSchema = nodeSchema(4);

export const organisationTreeResponse = envelope(z.array(organisationNodeSchema));
export const organisationResponse = envelope(organisationSchema);
export const organisationListQuery = langQuery;
export const organisationParams = z.strictObject({ id: z.string().min(1).max(40) });

export const createOrganisationBody = z.strictObject({
  id: idSchema,
  parent: z.string().min(1).max(40).nullable().default(null).describe('Id of the organisation above it; null for a top-level one'),
  name: nameSchema.describe("Name in the country's default language"),
  kind: kindSchema,
  names: namesSchema.default({}),
});

export const updateOrganisationBody = z.strictObject({
  parent: z.string().min(1).max(40).nullable().optional(),
  name: nameSchema.optional(),
  kind: kindSchema.optional(),
  names: namesSchema.optional().describe('Names to set (merged with the stored ones); an empty name removes that language'),
});

/** An import's CSV: a `text/csv` body, or JSON `{ csv, file?, illustrative? }`. */
export const csvImportBody = z.union([
  z.string().describe('The CSV file itself (Content-Type: text/csv)'),
  z.strictObject({
    csv: z.string(),
    file: z.string().max(200).optional().describe('File name the report names (default organisations.csv or responsibilities.csv)'),
    illustrative: z.boolean().optional().describe('Responsibility import only: the file is an example mapping, not the official one'),
  }),
]);

export const csvImportQuery = z.strictObject({
  dryRun: z.enum(['true', 'false']).optional().describe('true: check and report, write nothing'),
  illustrative: z.enum(['true', 'false']).optional().describe('Responsibility import only: the file is an example mapping'),
});

/** One problem of an import or a write: file and line for files (line 0 = the whole file), `column` or field, reason. */
export const problemSchema = z.object({
  file: z.string().optional(), line: z.number().int().optional(), column: z.string().optional(), field: z.string().optional(), reason: z.string(),
});

const governanceErrorSchema = z.object({
  error: errorSchema.shape.error.extend({ details: z.union([z.array(problemSchema), z.record(z.string(), z.unknown())]).optional() }),
});

/** The failures organisation and responsibility routes answer; `details` lists the problems of a 422. */
export const governanceErrorResponses = {
  400: governanceErrorSchema, 401: governanceErrorSchema, 403: governanceErrorSchema, 404: governanceErrorSchema,
  409: governanceErrorSchema, 422: governanceErrorSchema, 503: governanceErrorSchema,
} as const;

/** What an organisation import answers: the report, all or nothing. */
export const organisationImportResponse = envelope(z.object({
  file: z.string(), rowsRead: z.number().int(), rowsStored: z.number().int(), rowsRejected: z.number().int(),
  rejects: z.array(problemSchema), written: z.boolean().describe('false on a dry run'),
  created: z.array(z.string()), updated: z.array(z.string()), unchanged: z.number().int(),
}));
