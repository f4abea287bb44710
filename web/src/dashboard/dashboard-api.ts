import type { z } from 'zod';
import type { availabilityResponse } from '../../../src/api/availability/schema.ts';
import type { offTrackResponse, scopesResponse, snapshotResponse } from '../../../src/api/progress/schema.ts';
import { apiGet, type CallOptions } from '../api/client.ts';

/**
 * Typed calls of the dashboards: the progress snapshot, the off-track list and the scopes with data
 * (`/progress/…`), and data availability (`/availability`). Shapes are inferred from the routes' own schemas
 * (type-only imports: nothing of the server or of zod reaches the bundle).
 */

type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** `GET /progress/snapshot`: the national (or scoped) summary and one summary per goal with data. */
export type Snapshot = Data<typeof snapshotResponse>;
/** Counts and shares of a group's indicators per class, assessed / total, its class and mean score. */
export type GroupSummary = Snapshot['national'];
/** `GET /progress/off-track`: indicators off track, worst first, each with its gap to the target. */
export type OffTrack = Data<typeof offTrackResponse>;
export type OffTrackIndicator = OffTrack['indicators'][number];
/** `GET /progress/scopes`: areas and disaggregation codes with data, with their indicator counts. */
export type Scopes = Data<typeof scopesResponse>;
/** `GET /availability`: indicators with data by goal, tier and lead organisation, and per indicator. */
export type Availability = Data<typeof availabilityResponse>;

/** The scope and method of a dashboard view, as its address carries them (`?method=&area=&dimension=SEX:F`). */
export interface DashboardQuery {
  method?: string | null;
  area?: string | null;
  dimension?: string | null;
}

function params(query: DashboardQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.method) out.method = query.method;
  if (query.area) out.area = query.area;
  if (query.dimension) out.dimension = query.dimension;
  return out;
}

/** `GET /progress/snapshot`. @throws ApiError (400 for an unknown method, area or dimension code). */
export function getSnapshot(query: DashboardQuery, options: CallOptions = {}): Promise<Snapshot> {
  return apiGet<Snapshot>('/progress/snapshot', params(query), options);
}

/** `GET /progress/off-track`. @throws ApiError. */
export function getOffTrack(query: DashboardQuery, options: CallOptions = {}): Promise<OffTrack> {
  return apiGet<OffTrack>('/progress/off-track', params(query), options);
}

/** `GET /progress/scopes`. @throws ApiError. */
export function getScopes(options: CallOptions = {}): Promise<Scopes> {
  return apiGet<Scopes>('/progress/scopes', {}, options);
}

/** `GET /availability`. @throws ApiError. */
export function getAvailability(options: CallOptions = {}): Promise<Availability> {
  return apiGet<Availability>('/availability', {}, options);
}
