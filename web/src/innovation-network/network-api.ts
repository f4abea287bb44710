import type { z } from 'zod';
import type {
  answerResponse, listResponse, replicationsResponse, requestResponse, requestsResponse,
} from '../../../src/api/innovations/schema.ts';
import { apiGet, apiSend, type CallOptions } from '../api/client.ts';

/**
 * The innovation network as the API answers it: replications of published cases, the catalogue's summaries and
 * cooperation requests with suggested cases and answers. Shapes are inferred from the routes' own schemas (type-only
 * imports: nothing of the server reaches the bundle). These routes take no `lang`: callers pass only a signal.
 */

type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** A replication: provider organisation → adopter country, with its stage. */
export type Replication = Data<typeof replicationsResponse>[number];
/** A case as the catalogue lists it: id, title, country or countries of origin, stage. */
export type CaseSummary = Data<typeof listResponse>[number];
/** A cooperation request as listed. */
export type CooperationRequest = Data<typeof requestsResponse>[number];
/** One request with its answers and the cases suggested for it (score, reasons). */
export type RequestView = Data<typeof requestResponse>;
export type Suggestion = RequestView['suggestions'][number];
export type Answer = Data<typeof answerResponse>;

/** What a request form posts (`POST /innovation-requests`). */
export interface RequestInput {
  countryIso3: string;
  title: string;
  problem: string;
  context: string | null;
  targets: string[];
  tags: string[];
  types: string[];
}

/** The replication stages, in order. */
export const REPLICATION_STAGES = ['interest', 'matched', 'agreement', 'adapting', 'pilot', 'scaled', 'institutionalised', 'dropped'] as const;
/** The kinds of innovation a request may want. */
export const INNOVATION_TYPES = ['service', 'process', 'policy', 'organisational', 'technology', 'partnership'] as const;

/** `GET /replications` (published cases only), optionally at one stage. @throws ApiError. */
export function getReplications(stage: string, options: CallOptions = {}): Promise<Replication[]> {
  return apiGet<Replication[]>('/replications', stage ? { stage } : {}, options);
}

/** `GET /innovations` — every published case (up to 500, the API's largest page). @throws ApiError. */
export function getCases(options: CallOptions = {}): Promise<CaseSummary[]> {
  return apiGet<CaseSummary[]>('/innovations', { limit: '500' }, options);
}

/** `GET /innovation-requests`, newest first. @throws ApiError. */
export function getRequests(options: CallOptions = {}): Promise<CooperationRequest[]> {
  return apiGet<CooperationRequest[]>('/innovation-requests', {}, options);
}

/** `GET /innovation-requests/{id}`. @throws ApiError (404 for an unknown id). */
export function getRequest(id: string, options: CallOptions = {}): Promise<RequestView> {
  return apiGet<RequestView>(`/innovation-requests/${encodeURIComponent(id)}`, {}, options);
}

/** `POST /innovation-requests` (signed in): the stored request with its suggestions. @throws ApiError (VALIDATION_FAILED …). */
export function postRequest(input: RequestInput): Promise<RequestView> {
  return apiSend<RequestView>('POST', '/innovation-requests', input);
}

/** `POST /innovation-requests/{id}/answers` (a provider of the case's lead organisation, or an admin). @throws ApiError (FORBIDDEN …). */
export function postAnswer(id: string, caseId: string, text: string): Promise<Answer> {
  return apiSend<Answer>('POST', `/innovation-requests/${encodeURIComponent(id)}/answers`, { caseId, text });
}
