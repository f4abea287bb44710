import { z } from 'zod';
import { FEED_FORMAT, FEED_PAGE_MAX } from '../../federation/index.ts';
import { envelope, workErrorResponses } from '../common-schema.ts';

/** `GET /federation/feed`: where the page starts (`since` an update time, `after` the last id read at it) and its size. */
export const feedQuery = z.strictObject({
  since: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 date-time').optional()
    .describe('Only entries updated after this time (ISO 8601); without it the page starts the whole feed (full: true)'),
  after: z.string().max(200).optional().describe('With since: also entries updated exactly at since whose id sorts after this one'),
  limit: z.coerce.number().int().min(1).max(FEED_PAGE_MAX).optional().describe(`Entries per page, 1–${FEED_PAGE_MAX} (100 unless given)`),
});

/** A page of the feed (entries as described in src/federation/feed-schema.ts). */
export const feedResponse = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(1),
  generatedAt: z.string(),
  full: z.boolean().describe('true on pages of the whole feed: a case it no longer lists was withdrawn or unpublished'),
  entries: z.array(z.unknown()).describe('{ id, updatedAt, status: "published", case } or a tombstone { id, updatedAt, status: "withdrawn" }'),
  next: z.string().nullable().describe('The next page, null on the last'),
});

const countsSchema = z.object({ added: z.number().int(), updated: z.number().int(), withdrawn: z.number().int(), unchanged: z.number().int() });

/** A subscription as admins see it. */
export const subscriptionSchema = z.object({
  id: z.number().int(),
  feedUrl: z.string().meta({ example: 'https://sdg.example.rw/api/v1/federation/feed' }),
  instanceUrl: z.string().meta({ example: 'https://sdg.example.rw' }),
  title: z.string(),
  addedBy: z.number().int().nullable(),
  addedAt: z.string(),
  lastFetchedAt: z.string().nullable(),
  lastStatus: z.enum(['ok', 'not_modified', 'error']).nullable(),
  lastError: z.string().nullable(),
  lastCounts: countsSchema.nullable(),
});

export const subscriptionListResponse = envelope(z.array(subscriptionSchema));
export const subscriptionResponse = envelope(subscriptionSchema);

export const createSubscriptionBody = z.strictObject({
  feedUrl: z.string().min(1).max(2000).describe('The feed of another installation, http or https'),
  title: z.string().trim().min(1).max(300).optional().describe('A name for it (the instance URL unless given)'),
});

export const subscriptionParams = z.strictObject({ id: z.coerce.number().int().positive() });

/** What a sync did. */
export const syncResponse = envelope(z.object({
  subscriptionId: z.number().int(), feedUrl: z.string(), status: z.enum(['ok', 'not_modified', 'error']), counts: countsSchema,
  error: z.string().nullable(),
}));

export const federationErrorResponses = workErrorResponses;
