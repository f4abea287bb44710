import type { z } from 'zod';
import type { indicatorLinksResponse, linksResponse, matrixResponse } from '../../../src/api/interlinkages/schema.ts';
import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Interlinkages between indicators as the API answers them (Pradhan et al. 2017): pairs of national series with
 * Spearman ρ of direction-aligned values, p-value, n and class; goals × goals shares; one indicator's partners. The
 * shapes are inferred from the routes' own schemas (type-only imports: nothing of the server reaches the bundle).
 */

/** The `data` of an answer envelope. */
type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** `GET /interlinkages`: classified pairs, strongest first, with the counts of the whole set. */
export type LinkList = Data<typeof linksResponse>;
/** A pair of indicators: ρ of the aligned series, p-value, n and class. */
export type LinkPair = LinkList['pairs'][number];
/** `synergy`, `trade_off` or `unclassified`. */
export type LinkClass = LinkPair['class'];
export const LINK_CLASSES: readonly LinkClass[] = ['synergy', 'trade_off', 'unclassified'];
/** An indicator as a pair names it: the series standing for it and its desired direction. */
export type LinkedIndicator = LinkPair['a'];
/** How many indicators and pairs there are, and why others were left out. */
export type LinkCounts = LinkList['counts'];
/** `GET /interlinkages/matrix`: goals × goals counts and shares. */
export type LinkMatrix = Data<typeof matrixResponse>;
export type GoalCell = LinkMatrix['cells'][number];
/** `GET /indicators/{code}/interlinkages`: the indicator's strongest partners with the shared years of both. */
export type IndicatorLinks = Data<typeof indicatorLinksResponse>;
export type Partner = IndicatorLinks['partners'][number];

/** The options every interlinkage request takes. */
export interface LinkOptions {
  minYears: number;
  difference: boolean;
}

const params = (o: LinkOptions): Record<string, string> => ({ minYears: String(o.minYears), difference: String(o.difference) });

/** `GET /interlinkages/matrix`. @throws ApiError. */
export function getLinkMatrix(o: LinkOptions, options: CallOptions = {}): Promise<LinkMatrix> {
  return apiGet<LinkMatrix>('/interlinkages/matrix', params(o), options);
}

/** `GET /interlinkages` for a goal or an indicator, strongest first. @throws ApiError (BAD_PARAMETER for an indicator without a series). */
export function getLinkList(
  o: LinkOptions, filter: { goal?: string; indicator?: string; class?: LinkClass }, limit: number, options: CallOptions = {},
): Promise<LinkList> {
  const f = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  return apiGet<LinkList>('/interlinkages', { ...params(o), ...f, limit: String(limit) }, options);
}

/** `GET /indicators/{code}/interlinkages`. @throws ApiError. */
export function getIndicatorLinks(code: string, limit: number, options: CallOptions = {}): Promise<IndicatorLinks> {
  return apiGet<IndicatorLinks>(`/indicators/${encodeURIComponent(code)}/interlinkages`, { limit: String(limit) }, options);
}
