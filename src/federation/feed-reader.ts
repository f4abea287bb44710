import { feedEntry, feedPage, type FeedEntry, type FeedPage } from './feed-schema.ts';

/** Limits of one request to a feed: milliseconds before it is abandoned, bytes a page may have, pages a feed may have. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxPages: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5_000_000, maxPages: 200 };

/** A feed that cannot be read: `url` is the page asked for; the message names the entry and field when one is wrong. */
export class FeedError extends Error {
  readonly code = 'FEED_REFUSED';
  constructor(readonly url: string, message: string) {
    super(`feed ${url}: ${message}`);
  }
}

/** A whole feed read page by page: its entries in order, whether it was read from the start, the first page's ETag. */
export interface ReadFeed {
  status: 'ok';
  entries: FeedEntry[];
  full: boolean;
  etag: string | null;
  pages: number;
}

/**
 * Checks a feed URL: http or https, no user name or password in it.
 * @throws FeedError for another scheme (`file:`, `ftp:` …) or a URL that does not parse.
 */
export function checkFeedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedError(raw, 'not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedError(raw, `scheme ${url.protocol.replace(/:$/, '')} is not http or https`);
  if (url.username || url.password) throw new FeedError(raw, 'a feed URL may not carry a user name or password');
  return url;
}

/**
 * Reads a whole feed with the global fetch: the first page (sent `If-None-Match: etag` when given; a 304 answers
 * `{ status: 'not_modified' }`), then every `next` page, which must stay on the feed's origin. Each page must answer
 * 200 with a JSON content type within the time and size limits, and every entry must pass the feed schema; an
 * entry id may appear once.
 * @throws FeedError naming the page and, for a bad entry, its position, id and field (e.g.
 * `entry 3 (bgd-x): case.targets.0: Invalid string`), so the whole sync is refused.
 */
export async function readFeed(feedUrl: string, options: { etag?: string | null; limits?: Partial<FetchLimits> } = {}): Promise<ReadFeed | { status: 'not_modified' }> {
  const limits = { ...DEFAULT_FETCH_LIMITS, ...options.limits };
  const first = checkFeedUrl(feedUrl);
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let url: URL | null = first;
  let full = true;
  let etag: string | null = null;
  let pages = 0;
  while (url) {
    if (++pages > limits.maxPages) throw new FeedError(feedUrl, `more than ${limits.maxPages} pages`);
    const answer = await fetchPage(url, limits, pages === 1 ? options.etag ?? null : null);
    if (answer.status === 'not_modified') return answer;
    if (pages === 1) etag = answer.etag;
    const page = parsePage(url.toString(), answer.body, entries.length);
    if (pages === 1) full = page.full;
    for (const e of page.entries) {
      if (seen.has(e.id)) throw new FeedError(url.toString(), `entry ${entries.length} (${e.id}): id: appears twice in the feed`);
      seen.add(e.id);
      entries.push(e);
    }
    url = page.next === null ? null : nextUrl(url, page.next);
  }
  return { status: 'ok', entries, full, etag, pages };
}

/**
 * Reads one page's parsed JSON against the feed schema; `offset` numbers its entries after those of earlier pages.
 * @throws FeedError naming the entry and field that fail.
 */
export function parsePage(url: string, body: unknown, offset = 0): FeedPage {
  const page = feedPage.safeParse(body);
  if (!page.success) throw new FeedError(url, `not a feed page: ${issueText(page.error.issues[0])}`);
  const entries: FeedEntry[] = [];
  for (const [i, raw] of page.data.entries.entries()) {
    const entry = feedEntry.safeParse(raw);
    if (!entry.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? ` (${(raw as { id: string }).id})` : '';
      throw new FeedError(url, `entry ${offset + i}${id}: ${issueText(entry.error.issues[0])}`);
    }
    entries.push(entry.data);
  }
  return { ...page.data, format: page.data.format, version: 1, entries };
}

/** Fetches a page within the limits and parses its JSON body. */
async function fetchPage(url: URL, limits: FetchLimits, etag: string | null): Promise<{ status: 'ok'; body: unknown; etag: string | null } | { status: 'not_modified' }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      redirect: 'error',
      signal: AbortSignal.timeout(limits.timeoutMs),
    });
  } catch (e) {
    const error = e as Error;
    const reason = error.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs} ms` : `cannot be fetched (${(error.cause as Error | undefined)?.message ?? error.message})`;
    throw new FeedError(url.toString(), reason);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'not_modified' };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new FeedError(url.toString(), `answered HTTP ${response.status}`);
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    await response.body?.cancel();
    throw new FeedError(url.toString(), `answered ${type || 'no content type'}, not JSON`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new FeedError(url.toString(), `is ${declared} bytes, more than the limit of ${limits.maxBytes}`);
  }
  const text = await readLimited(url, response, limits.maxBytes);
  try {
    return { status: 'ok', body: JSON.parse(text), etag: response.headers.get('etag') };
  } catch (e) {
    throw new FeedError(url.toString(), `is not valid JSON (${(e as Error).message})`);
  }
}

/** The body as text, abandoned as soon as it passes `maxBytes`. */
async function readLimited(url: URL, response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedError(url.toString(), `is more than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The next page's URL, resolved against the current one; it must stay on the same origin. */
function nextUrl(current: URL, next: string): URL {
  let url: URL;
  try {
    url = new URL(next, current);
  } catch {
    throw new FeedError(current.toString(), `next: "${next}" is not a URL`);
  }
  if (url.origin !== current.origin) throw new FeedError(current.toString(), `next: ${url.origin} is not the feed's origin ${current.origin}`);
  return url;
}

function issueText(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path || '(page)'}: ${issue.message}`;
}
