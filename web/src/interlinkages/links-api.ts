import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Interlinkages between indicators as the API answers them (Pradhan et al. 2017): pairs of national series with
 * Spearman ρ of direction-aligned values, p-value, n and class; goals × goals shares; one indicator's partners.
 */

export type LinkClass = 'synergy' | 'trade_off' | 'unclassified';
export const LINK_CLASSES: readonly LinkClass[] = ['synergy', 'trade_off', 'unclassified'];

export interface LinkedIndicator {
  code: string;
  title: string;
  goals: string[];
  series: string;
  unit: string;
  direction: 'increase' | 'decrease';
}

export interface LinkPair {
  a: LinkedIndicator;
  b: LinkedIndicator;
  shared: number;
  n: number;
  rho: number;
  p: number;
  class: LinkClass;
}

export interface LinkCounts {
  indicators: number;
  withoutDirection: string[];
  pairs: number;
  synergy: number;
  trade_off: number;
  unclassified: number;
  tooFewPoints: number;
  constantSeries: number;
}

export interface LinkOptions {
  minYears: number;
  difference: boolean;
}

export interface GoalCell {
  goalA: string;
  goalB: string;
  pairs: number;
  counts: Record<LinkClass, number>;
  shares: Record<LinkClass, number>;
}

export interface LinkMatrix extends LinkOptions {
  counts: LinkCounts;
  goals: { code: string; title: string; colour: string }[];
  cells: GoalCell[];
}

export interface LinkList extends LinkOptions {
  counts: LinkCounts;
  pairs: LinkPair[];
}

export interface Partner {
  partner: LinkedIndicator;
  shared: number;
  n: number;
  rho: number;
  p: number;
  class: LinkClass;
  points: { year: number; value: number; partnerValue: number }[];
}

export interface IndicatorLinks extends LinkOptions {
  indicator: LinkedIndicator | null;
  reason?: string;
  partners: Partner[];
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
