import type { FastifyReply, FastifyRequest } from 'fastify';

/** A page of a long list as answers carry it: `{ total, offset, limit }`. */
interface Page {
  total: number;
  offset: number;
  limit: number;
}

/**
 * `preSerialization` hook of the API: an answer with a top-level `page` gets an RFC 8288 `Link` header with the
 * `first`, `prev`, `next` and `last` pages of the same request (its other parameters kept, `offset` and `limit` set),
 * as absolute paths resolved against the request's address.
 * @example GET /api/v1/indicators?limit=50&offset=50 of 235 →
 *   `Link: </api/v1/indicators?limit=50&offset=0>; rel="first", </api/v1/indicators?limit=50&offset=0>; rel="prev",
 *   </api/v1/indicators?limit=50&offset=100>; rel="next", </api/v1/indicators?limit=50&offset=200>; rel="last"`
 */
export async function pageLinks(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const page = pageOf(payload);
  if (page && reply.statusCode === 200) {
    const links = pageLinkHeader(request.url, page);
    if (links !== '') reply.header('link', links);
  }
  return payload;
}

/**
 * The `Link` header value of one page of a list at `url` (path and query), or '' when the list fits one page.
 * @example pageLinkHeader('/api/v1/audit?action=x', { total: 5, offset: 2, limit: 2 })
 *   // '</api/v1/audit?action=x&offset=0&limit=2>; rel="first", </api/v1/audit?action=x&offset=0&limit=2>; rel="prev",
 *   //  </api/v1/audit?action=x&offset=4&limit=2>; rel="next", </api/v1/audit?action=x&offset=4&limit=2>; rel="last"'
 */
export function pageLinkHeader(url: string, { total, offset, limit }: Page): string {
  if (limit <= 0 || (offset === 0 && total <= limit)) return '';
  const [path = '', query = ''] = url.split('?', 2);
  const at = (start: number): string => {
    const params = new URLSearchParams(query);
    params.set('offset', String(start));
    params.set('limit', String(limit));
    return `<${path}?${params.toString()}>`;
  };
  const lastStart = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links = [`${at(0)}; rel="first"`];
  if (offset > 0) links.push(`${at(Math.max(0, Math.min(offset - limit, lastStart)))}; rel="prev"`);
  if (offset + limit < total) links.push(`${at(offset + limit)}; rel="next"`);
  links.push(`${at(lastStart)}; rel="last"`);
  return links.join(', ');
}

function pageOf(payload: unknown): Page | null {
  if (typeof payload !== 'object' || payload === null || !('page' in payload)) return null;
  const page = (payload as { page: unknown }).page;
  if (typeof page !== 'object' || page === null) return null;
  const { total, offset, limit } = page as Record<string, unknown>;
  return typeof total === 'number' && typeof offset === 'number' && typeof limit === 'number' ? { total, offset, limit } : null;
}
