/**
 * Federation of installations: each publishes its own public innovation cases as a JSON feed (feed-writer.ts, format
 * in feed-schema.ts) and reads the feeds it subscribes to (feed-reader.ts) into read-only copies (sync.ts).
 */
export { FEED_FORMAT, feedCase, feedEntry, feedPage, type FeedCase, type FeedEntry, type FeedPage } from './feed-schema.ts';
export { FEED_PAGE_DEFAULT, FEED_PAGE_MAX, feedTag, writeFeedPage, type FeedPosition } from './feed-writer.ts';
export { checkFeedUrl, DEFAULT_FETCH_LIMITS, FeedError, parsePage, readFeed, type FetchLimits, type ReadFeed } from './feed-reader.ts';
export { FEED_PATH, instanceUrlOf, localIdOf, syncSubscription, type SyncReport } from './sync.ts';
export { subscribe, unsubscribe } from './subscriptions.ts';
