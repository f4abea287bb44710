import { instanceUrlOf } from '../../federation/index.ts';
import type { FederationSubscription } from '../../store/index.ts';

/** The public fields of a subscription (the stored ETag stays inside). */
export function presentSubscription(s: FederationSubscription) {
  return {
    id: s.id, feedUrl: s.feedUrl, instanceUrl: instanceUrlOf(s.feedUrl), title: s.title, addedBy: s.addedBy, addedAt: s.addedAt,
    lastFetchedAt: s.lastFetchedAt, lastStatus: s.lastStatus, lastError: s.lastError, lastCounts: s.lastCounts,
  };
}
