import { z } from 'zod';
import { RESPONSIBILITY_STATUSES } from '../../store/index.ts';
import { envelope, langQuery, pageSchema } from '../common-schema.ts';
import { problemSchema } from '../organisations/schema.ts';

const roleSchema = z.enum(['lead', 'co_lead', 'associate'])
  .describe('lead: answers for the data (one per indicator); co_lead: shares the work; associate: contributes');
const statusSchema = z.enum(RESPONSIBILITY_STATUSES as unknown as ['official', 'illustrative', 'none'])
  .describe('official: set by the national SDG office; illustrative: the example mapping shipped with the country, to be replaced; none: no mapping yet');

/** One responsibility as the API shows it. */
export const responsibilityItemSchema = z.object({
  indicator: z.string().describe('Unique indicator id').meta({ example: '3.2.1' }),
  organisation: z.string().meta({ example: 'HSD' }),
  organisationName: z.string().describe('In lang').meta({ example: 'Health Services Division' }),
  role: roleSchema,
});

export const responsibilityListQuery = langQuery.extend({
  indicator: z.string().max(40).optional().describe('Any listing code of an indicator (11.5.1 stands for 1.5.1)'),
  organisation: z.string().max(40).optional().describe('An organisation id: its own responsibilities only'),
  limit: z.coerce.number().int().min(1).max(5000).default(5000).describe('Responsibilities listed (1–5000, default 5000: all)'),
  offset: z.coerce.number().int().min(0).default(0).describe('The first responsibility listed (0-based)'),
});

/** `{ data: { status, items } }`: the mapping's status (for the site's banner) and the responsibilities asked for. */
export const responsibilityListResponse = envelope(z.object({ status: statusSchema, items: z.array(responsibilityItemSchema) }));

/** `GET /responsibilities`: one page of the items, with `page`. */
export const responsibilityPageResponse = responsibilityListResponse.extend({ page: pageSchema });

export const indicatorResponsibilityParams = z.strictObject({ code: z.string().min(1).max(40) });

export const indicatorResponsibilityBody = z.strictObject({
  items: z.array(z.strictObject({
    organisation: z.string().min(1).max(40),
    role: z.enum(['lead', 'co_lead', 'co-lead', 'associate']).describe('co-lead is read as co_lead'),
  })).max(200).describe('Every organisation answering for the indicator; an empty list removes them all'),
});

/** What a responsibility import answers: the report, all or nothing. */
export const responsibilityImportResponse = envelope(z.object({
  file: z.string(), rowsRead: z.number().int(), rowsStored: z.number().int(), rowsRejected: z.number().int(),
  rejects: z.array(problemSchema), written: z.boolean().describe('false on a dry run'), status: statusSchema,
  added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int(),
  indicators: z.number().int().describe('Indicators with at least one responsible organisation'),
}));
