import { feedStateDigest, getInnovationCase, listFeedRows, type Db } from '../store/index.ts';
import { FEED_FORMAT, type FeedCase, type FeedEntry, type FeedPage } from './feed-schema.ts';

/** Entries per page unless asked otherwise, and the most a page holds. */
export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 500;

/** Where a page starts: after `since` (an update time), or after the entry (`since`, `after` = its id); all when neither. */
export interface FeedPosition {
  since?: string;
  after?: string;
  limit?: number;
}

/**
 * One page of this installation's feed: its own published cases (never cases read from other installations, never
 * drafts, contacts only with public consent) and tombstones of its withdrawn ones, ordered by update time then id.
 * `next` is `feedUrl` with the position after the last entry when more follow, else null.
 * @example await writeFeedPage(db, 'http://127.0.0.1:4100/api/v1/federation/feed', { limit: 2 })
 * // { format: 'sdg-tracker-innovations-feed', full: true, entries: [{ id: 'bgd-…', status: 'published', case: {…} }, …],
 * //   next: 'http://127.0.0.1:4100/api/v1/federation/feed?since=2026-…&after=bgd-…&limit=2' }
 */
export async function writeFeedPage(db: Db, feedUrl: string, position: FeedPosition = {}, now = new Date()): Promise<FeedPage> {
  const limit = Math.min(Math.max(1, position.limit ?? FEED_PAGE_DEFAULT), FEED_PAGE_MAX);
  const rows = await listFeedRows(db, { since: position.since, afterId: position.since === undefined ? undefined : position.after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const entries: FeedEntry[] = [];
  for (const row of page) {
    if (row.status === 'withdrawn') {
      entries.push({ id: row.id, updatedAt: row.updatedAt, status: 'withdrawn' });
      continue;
    }
    const c = await feedCaseOf(db, row.id);
    entries.push(c ? { id: row.id, updatedAt: row.updatedAt, status: 'published', case: c } : { id: row.id, updatedAt: row.updatedAt, status: 'withdrawn' });
  }
  const last = page[page.length - 1];
  let next: string | null = null;
  if (rows.length > limit && last) {
    const url = new URL(feedUrl);
    url.search = new URLSearchParams({ since: last.updatedAt, after: last.id, limit: String(limit) }).toString();
    next = url.toString();
  }
  return { format: FEED_FORMAT, version: 1, generatedAt: now.toISOString(), full: position.since === undefined, entries, next };
}

/** The entity tag of a page: the whole feed's state and the page's position, so an unchanged feed answers 304. */
export async function feedTag(db: Db, position: FeedPosition): Promise<string> {
  const state = await feedStateDigest(db);
  return `"${state}.${encodeURIComponent(`${position.since ?? ''}|${position.after ?? ''}|${position.limit ?? ''}`).replace(/%/g, '')}"`;
}

/** A local case as the feed carries it, or null when it is gone. */
async function feedCaseOf(db: Db, id: string): Promise<FeedCase | null> {
  const c = await getInnovationCase(db, id, { contacts: 'public' });
  if (!c) return null;
  const ids = c.organisations.map((o) => o.organisationId);
  const orgs = ids.length
    ? await db.selectFrom('innovation_organisations').selectAll().where('id', 'in', ids).execute()
    : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    title: c.title, summary: c.summary, problem: c.problem, solution: c.solution, countryIso3: c.countryIso3, countries: c.countries,
    administrativeLevel: c.administrativeLevel, startDate: c.startDate, types: c.types, tags: c.tags, goals: c.goals, targets: c.targets,
    stage: c.stage, stageHistory: c.stageHistory,
    organisations: c.organisations.map((o) => {
      const org = byId.get(o.organisationId);
      return { id: o.organisationId, name: org?.name ?? o.organisationId, countryIso3: org?.country_iso3 ?? null, website: org?.website ?? null, role: o.role };
    }),
    coverage: c.coverage, institutionalisation: c.institutionalisation, transferability: c.transferability,
    evidence: c.evidence,
    contacts: c.contacts.filter((p) => p.consentPublic).map((p) => ({ name: p.name, roleTitle: p.roleTitle, email: p.email })),
    contentLicence: c.contentLicence, website: c.website,
  };
}
