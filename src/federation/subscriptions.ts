import {
  deleteSubscription, findSubscriptionByUrl, insertSubscription, listSubscriptions, recordAudit, remoteCasesOf, withdrawRemoteCase,
  type Db, type FederationSubscription,
} from '../store/index.ts';
import { checkFeedUrl } from './feed-reader.ts';
import { instanceUrlOf } from './sync.ts';

/**
 * Subscribes to another installation's feed (http or https; one subscription per URL) and writes the audit event
 * `federation.subscribe`, in the caller's transaction. Nothing is fetched yet: the first sync reads the feed.
 * @throws FeedError for a URL that is not http(s); Error `exists` (with `.existing`) when the URL is subscribed already.
 */
export async function subscribe(trx: Db, input: { feedUrl: string; title?: string; userId: number | null; at: string }): Promise<FederationSubscription> {
  const url = checkFeedUrl(input.feedUrl.trim()).toString();
  const existing = await findSubscriptionByUrl(trx, url);
  if (existing) throw Object.assign(new Error(`the feed ${url} is subscribed already (subscription ${existing.id})`), { existing });
  const sub = await insertSubscription(trx, { feedUrl: url, title: input.title ?? instanceUrlOf(url), addedBy: input.userId, addedAt: input.at });
  await recordAudit(trx, [{
    at: input.at, userId: input.userId, action: 'federation.subscribe', entity: 'federation_subscription', entityId: String(sub.id),
    newValue: { feedUrl: sub.feedUrl, title: sub.title },
  }]);
  return sub;
}

/**
 * Ends a subscription: its copies of the instance's cases are marked withdrawn (they are no longer kept up to date)
 * unless another subscription reads the same instance, and the audit event `federation.unsubscribe` names how many,
 * in the caller's transaction.
 * @returns the number of copies withdrawn.
 */
export async function unsubscribe(trx: Db, sub: FederationSubscription, input: { userId: number | null; at: string }): Promise<number> {
  await deleteSubscription(trx, sub.id);
  const instance = instanceUrlOf(sub.feedUrl);
  const others = (await listSubscriptions(trx)).filter((s) => instanceUrlOf(s.feedUrl) === instance);
  let withdrawn = 0;
  if (others.length === 0) {
    for (const copy of (await remoteCasesOf(trx, instance)).values()) withdrawn += (await withdrawRemoteCase(trx, copy.id, input.at)) ? 1 : 0;
  }
  await recordAudit(trx, [{
    at: input.at, userId: input.userId, action: 'federation.unsubscribe', entity: 'federation_subscription', entityId: String(sub.id),
    oldValue: { feedUrl: sub.feedUrl, title: sub.title }, newValue: { withdrawn },
  }]);
  return withdrawn;
}
