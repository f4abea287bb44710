import { createHash } from 'node:crypto';
import type { CaseOrganisationRole, EvidenceStrength, InnovationCase, InnovationStage, InnovationType } from '../domain/index.ts';
import {
  InnovationCaseError, recordAudit, recordSyncResult, remoteCasesOf, saveInnovationCase, upsertInnovationOrganisations, withdrawRemoteCase,
  type Db, type FederationSubscription, type Store, type SyncCounts, type SyncStatus,
} from '../store/index.ts';
import { FeedError, readFeed, type FetchLimits } from './feed-reader.ts';
import type { FeedEntry } from './feed-schema.ts';

/** What the sync of one subscription did. */
export interface SyncReport {
  subscriptionId: number;
  feedUrl: string;
  status: SyncStatus;
  counts: SyncCounts;
  /** Why the feed was refused (nothing was written then), null otherwise. */
  error: string | null;
}

/** The path every installation serves its feed at; the instance URL is the feed URL without it. */
export const FEED_PATH = '/api/v1/federation/feed';

/**
 * Reads a subscription's feed and brings this installation's copies of its cases up to date, in one transaction:
 * a new published case is added read-only (origin: the instance URL and its id there), a known one is updated when
 * the feed's `updatedAt` is later (or it was withdrawn here), a tombstone marks the copy withdrawn, and after a full
 * read every copy the feed no longer lists is withdrawn too. Local cases (without origin) are never touched. A feed
 * that cannot be read or holds one bad entry is refused whole: nothing changes but the subscription's last error.
 * Every sync, refused or not, writes one audit event `federation.sync` with its counts.
 * @example await syncSubscription(store, sub, { userId: admin.id })
 * // { status: 'ok', counts: { added: 31, updated: 0, withdrawn: 0, unchanged: 0 }, error: null, … }
 */
export async function syncSubscription(store: Store, sub: FederationSubscription, options: {
  userId?: number | null; limits?: Partial<FetchLimits>; now?: () => Date;
} = {}): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const counts: SyncCounts = { added: 0, updated: 0, withdrawn: 0, unchanged: 0 };
  const report = (status: SyncStatus, error: string | null): SyncReport => ({ subscriptionId: sub.id, feedUrl: sub.feedUrl, status, counts, error });
  const finish = async (trx: Db, status: SyncStatus, error: string | null, etag?: string | null) => {
    const at = now().toISOString();
    await recordSyncResult(trx, sub.id, { at, status, error, counts: status === 'error' ? null : counts, etag });
    await recordAudit(trx, [{
      at, userId: options.userId ?? null, action: 'federation.sync', entity: 'federation_subscription', entityId: String(sub.id),
      newValue: { feedUrl: sub.feedUrl, status, ...counts, error },
    }]);
  };
  try {
    const feed = await readFeed(sub.feedUrl, { etag: sub.etag, limits: options.limits });
    if (feed.status === 'not_modified') {
      await store.db.transaction().execute((trx) => finish(trx, 'not_modified', null));
      return report('not_modified', null);
    }
    await store.db.transaction().execute(async (trx) => {
      await applyEntries(trx, instanceUrlOf(sub.feedUrl), feed.entries, feed.full, counts, now().toISOString());
      await finish(trx, 'ok', null, feed.etag);
    });
    return report('ok', null);
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
    counts.added = counts.updated = counts.withdrawn = counts.unchanged = 0;
    await store.db.transaction().execute((trx) => finish(trx, 'error', e.message));
    return report('error', e.message);
  }
}

/**
 * The instance a feed belongs to: the feed URL without `/api/v1/federation/feed` (and without query), else the URL
 * itself without query.
 * @example instanceUrlOf('http://127.0.0.1:4100/api/v1/federation/feed') // 'http://127.0.0.1:4100'
 */
export function instanceUrlOf(feedUrl: string): string {
  const url = new URL(feedUrl);
  const path = url.pathname.endsWith(FEED_PATH) ? url.pathname.slice(0, -FEED_PATH.length) : url.pathname;
  return `${url.origin}${path.replace(/\/$/, '')}`;
}

/** The id a remote case or organisation gets here: `r-` + 8 characters of the instance's digest + its id there. */
export function localIdOf(instanceUrl: string, remoteId: string): string {
  return `r-${createHash('sha1').update(instanceUrl).digest('hex').slice(0, 8)}-${remoteId}`;
}

async function applyEntries(trx: Db, instanceUrl: string, entries: FeedEntry[], full: boolean, counts: SyncCounts, at: string): Promise<void> {
  const known = await remoteCasesOf(trx, instanceUrl);
  for (const [i, e] of entries.entries()) {
    const mine = known.get(e.id);
    if (e.status === 'withdrawn') {
      if (mine && (await withdrawRemoteCase(trx, mine.id, at, e.updatedAt))) counts.withdrawn++;
      continue;
    }
    const newer = !mine || mine.status === 'withdrawn' || !mine.remoteUpdatedAt || Date.parse(e.updatedAt) > Date.parse(mine.remoteUpdatedAt);
    if (!newer) {
      counts.unchanged++;
      continue;
    }
    const id = mine?.id ?? localIdOf(instanceUrl, e.id);
    const clash = mine ? undefined : await trx.selectFrom('innovation_cases').select('origin_url').where('id', '=', id).executeTakeFirst();
    if (clash) throw new FeedError(instanceUrl, `entry ${i} (${e.id}): id: ${id} is taken by a case of ${clash.origin_url ?? 'this installation'}`);
    try {
      await upsertInnovationOrganisations(trx, e.case.organisations.map((o) => ({
        id: localIdOf(instanceUrl, o.id), name: o.name, countryIso3: o.countryIso3, website: o.website, localOrganisationId: null,
      })));
      await saveInnovationCase(trx, caseOf(instanceUrl, id, e), at);
    } catch (error) {
      if (error instanceof InnovationCaseError) {
        throw new FeedError(instanceUrl, `entry ${i} (${e.id}): case.${error.field}: ${error.values.join(', ')} refused (${error.message.replace(/^innovation case [^:]+: /, '')})`);
      }
      throw error;
    }
    if (mine) counts.updated++;
    else counts.added++;
  }
  if (!full) return;
  const listed = new Set(entries.map((e) => e.id));
  for (const [remoteId, mine] of known) {
    if (!listed.has(remoteId) && (await withdrawRemoteCase(trx, mine.id, at))) counts.withdrawn++;
  }
}

/** A feed entry as a read-only case of this installation with its origin. */
function caseOf(instanceUrl: string, id: string, e: Extract<FeedEntry, { status: 'published' }>): InnovationCase {
  const c = e.case;
  return {
    id, title: c.title, summary: c.summary, problem: c.problem, solution: c.solution, countryIso3: c.countryIso3, countries: c.countries,
    administrativeLevel: c.administrativeLevel, startDate: c.startDate, types: c.types as InnovationType[], tags: c.tags, goals: c.goals,
    targets: c.targets, stage: c.stage as InnovationStage | null,
    stageHistory: c.stageHistory.map((s) => ({ stage: s.stage as InnovationStage, date: s.date, note: s.note })),
    organisations: c.organisations.map((o) => ({ organisationId: localIdOf(instanceUrl, o.id), role: o.role as CaseOrganisationRole })),
    coverage: c.coverage, institutionalisation: c.institutionalisation, transferability: c.transferability,
    evidence: c.evidence.map((x) => ({ ...x, id: `${id}:${x.id}`, strength: x.strength as EvidenceStrength })),
    contacts: c.contacts.map((p) => ({ ...p, consentPublic: true })),
    contentLicence: c.contentLicence, website: c.website, status: 'published', seedKey: null,
    origin: { instanceUrl, remoteId: e.id, remoteUpdatedAt: e.updatedAt },
  };
}
