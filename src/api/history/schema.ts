import { z } from 'zod';
import { envelope, pageSchema } from '../common-schema.ts';

export const observationIdParams = z.strictObject({ id: z.coerce.number().int().positive() });

const eventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  user: z.string().nullable().describe("The user's display name"),
  action: z.string().meta({ example: 'observation.update' }),
  entity: z.string(),
  entityId: z.string(),
  old: z.unknown().describe('The value before, as JSON (observations: key, value, unitMult, attributes)'),
  new: z.unknown().describe('The value after, as JSON'),
  submissionId: z.number().int().nullable(),
  comment: z.string().nullable(),
});

export const historyResponse = envelope(z.object({
  observationId: z.number().int(),
  versions: z.array(z.object({
    observationId: z.number().int().describe('The id of the row then (a re-import gives the observation a new id)'),
    series: z.string(), area: z.string(), timePeriod: z.string(), dimensions: z.record(z.string(), z.string()), unit: z.string(),
    value: z.number(), unitMult: z.number().int().nullable(), attributes: z.record(z.string(), z.string()), sourceId: z.number().int(),
    validFrom: z.string().describe("When it became public ('' when loaded before the published history began)"),
    validTo: z.string().nullable().describe('When it stopped being public; null for the current version'),
    submissionId: z.number().int().nullable().describe('The submission whose approval replaced or deleted it'),
  })).describe('Oldest first; the current version (if the value still exists) last'),
  events: z.array(eventSchema),
}));

export const auditQuery = z.strictObject({
  entity: z.string().min(1).optional().describe('observation, submission, draft_value, user, organisation, validation_rule, …'),
  entityId: z.string().min(1).optional(),
  submission: z.coerce.number().int().positive().optional(),
  action: z.string().min(1).optional().describe('An exact action (observation.update) or a prefix ending in a dot (observation.)'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditResponse = z.object({ data: z.array(eventSchema), page: pageSchema });
