import type { z } from 'zod';
import type {
  caseViewResponse, listResponse, replicationSchema, summariesResponse, tcvPairSchema,
} from '../../../src/api/innovations/schema.ts';
import { API_BASE, ApiError, apiGet, type CallOptions } from '../api/client.ts';

/**
 * The innovation network as the API answers it (`GET /innovations`, `GET /innovations/{id}`,
 * `GET /indicators/{code}/innovations`); the shapes come from the routes' own schemas (type-only imports).
 */

type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** One catalogue line: title, country, stage, types, goals, strongest evidence, number of replications. */
export type InnovationSummary = Data<typeof summariesResponse>[number];
/** One case with organisations, stage history, evidence, TCV pairs with reductions and replications. */
export type InnovationCase = Data<typeof caseViewResponse>;
/** A TCV measure: baseline and post figures with the reduction and the evidence strength of each figure. */
export type TcvPair = z.infer<typeof tcvPairSchema>;
export type Replication = z.infer<typeof replicationSchema>;
export type CataloguePage = z.infer<typeof listResponse>;

/** The catalogue filters, as in the page address and the API query. */
export const FILTER_KEYS = ['q', 'country', 'goal', 'target', 'stage', 'type', 'evidence'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

/** Evidence strengths, weakest first. */
export const STRENGTHS = ['self_reported', 'official_claim', 'independent', 'peer_reviewed'] as const;
export const STAGES = ['idea', 'pilot', 'scaling', 'national', 'institutionalised', 'replicated_abroad', 'discontinued'] as const;
export const TYPES = ['service', 'process', 'policy', 'organisational', 'technology', 'partnership'] as const;

/** `GET /innovations` with the filters, `limit` cases from `offset`; the total beside them. @throws ApiError. */
export async function getCatalogue(filters: Filters, limit: number, offset: number, options: CallOptions = {}): Promise<CataloguePage> {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  params.set('limit', String(limit));
  params.set('offset', String(offset));
  const response = await fetch(`${API_BASE}/innovations?${params}`, { headers: { accept: 'application/json' }, signal: options.signal ?? null });
  if (!response.ok) throw new ApiError('BAD_PARAMETER', `the catalogue could not be read (${response.status})`, response.status, response.url);
  return (await response.json()) as CataloguePage;
}

/** `GET /innovations/{id}`. @throws ApiError (404 for an unknown or unpublished case). */
export function getInnovation(id: string, options: CallOptions = {}): Promise<InnovationCase> {
  return apiGet<InnovationCase>(`/innovations/${encodeURIComponent(id)}`, {}, options);
}

/** `GET /indicators/{code}/innovations`: published cases serving the indicator's targets. @throws ApiError. */
export function getIndicatorInnovations(code: string, options: CallOptions = {}): Promise<InnovationSummary[]> {
  return apiGet<InnovationSummary[]>(`/indicators/${encodeURIComponent(code)}/innovations`, {}, options);
}

/** The export address of the catalogue with the same filters (`format` csv or json). */
export function exportUrl(format: 'csv' | 'json'): string {
  return `${API_BASE}/innovations/export?format=${format}`;
}
