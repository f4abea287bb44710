import { z } from 'zod';
import {
  CASE_ORGANISATION_ROLES, EVIDENCE_STRENGTHS, INNOVATION_STAGES, INNOVATION_TYPES,
} from '../domain/index.ts';

/**
 * The innovation feed an installation publishes at `GET /api/v1/federation/feed` and reads from the installations it
 * subscribes to: one page `{ format, version, generatedAt, full, entries, next }`. `full` is true on pages of the whole
 * feed (asked without `since`), so a reader that read every page knows which cases disappeared. An entry is a public
 * case `{ id, updatedAt, status: 'published', case }` or a tombstone `{ id, updatedAt, status: 'withdrawn' }`; ids are the
 * publisher's own and stable, `updatedAt` ISO 8601. Contacts are only those who consented to be shown.
 */
export const FEED_FORMAT = 'sdg-tracker-innovations-feed';

const text = z.string().max(20_000);
const nullableText = text.nullable();
const isoDate = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'not an ISO 8601 date');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'not an ISO 3166-1 alpha-3 code');

const stageStep = z.object({ stage: z.enum(INNOVATION_STAGES as [string, ...string[]]), date: z.string().nullable(), note: nullableText });

/** A case as the feed carries it: the public fields of InnovationCase, organisations inline with their names. */
export const feedCase = z.object({
  title: z.string().min(1).max(500),
  summary: nullableText, problem: nullableText, solution: nullableText,
  countryIso3: iso3.nullable(),
  countries: z.array(iso3).max(300),
  administrativeLevel: nullableText,
  startDate: z.string().nullable(),
  types: z.array(z.enum(INNOVATION_TYPES as [string, ...string[]])).max(10),
  tags: z.array(z.string().max(200)).max(100),
  goals: z.array(z.string().regex(/^\d{1,2}$/)).max(17),
  targets: z.array(z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}$/)).max(169),
  stage: z.enum(INNOVATION_STAGES as [string, ...string[]]).nullable(),
  stageHistory: z.array(stageStep).max(100),
  organisations: z.array(z.object({
    id: z.string().min(1).max(200), name: z.string().min(1).max(500), countryIso3: iso3.nullable(), website: nullableText,
    role: z.enum(CASE_ORGANISATION_ROLES as [string, ...string[]]),
  })).max(100),
  coverage: z.object({ unitsLive: z.number().nullable(), unitsEligible: z.number().nullable(), asOf: z.string().nullable() }),
  institutionalisation: z.object({ legalBasis: nullableText, budgetLine: nullableText, mandatoryFrom: z.string().nullable() }),
  transferability: z.object({ prerequisites: nullableText, openSourceLicence: nullableText }),
  evidence: z.array(z.object({
    id: z.string().min(1).max(200), kind: z.string().max(500), metric: nullableText, before: nullableText, after: nullableText,
    unit: nullableText, period: nullableText, sampleSize: z.number().int().nullable(),
    strength: z.enum(EVIDENCE_STRENGTHS as [string, ...string[]]),
    sourceTitle: nullableText, sourceUrl: nullableText, sourceLicence: nullableText, notes: nullableText,
  })).max(200),
  contacts: z.array(z.object({ name: z.string().min(1).max(500), roleTitle: nullableText, email: nullableText })).max(50),
  contentLicence: nullableText,
  website: nullableText,
});
export type FeedCase = z.infer<typeof feedCase>;

const entryId = z.string().min(1).max(200).regex(/^[^\s]+$/, 'has white space');

/** One entry: a published case, or the tombstone of a withdrawn one. */
export const feedEntry = z.discriminatedUnion('status', [
  z.object({ id: entryId, updatedAt: isoDate, status: z.literal('published'), case: feedCase }),
  z.object({ id: entryId, updatedAt: isoDate, status: z.literal('withdrawn') }),
]);
export type FeedEntry = z.infer<typeof feedEntry>;

/** A page of the feed; `entries` is read entry by entry (see readFeedPage) so a bad one is named. */
export const feedPage = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(1),
  generatedAt: isoDate,
  full: z.boolean(),
  entries: z.array(z.unknown()),
  next: z.string().nullable(),
});

/** A page as written and read. */
export interface FeedPage {
  format: typeof FEED_FORMAT;
  version: 1;
  generatedAt: string;
  full: boolean;
  entries: FeedEntry[];
  next: string | null;
}
