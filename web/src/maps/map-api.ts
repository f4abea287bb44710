import type { z } from 'zod';
import type {
  areaLevelsResponse, areasComparisonResponse, boundariesResponse, mapResponse, pocketsResponse,
} from '../../../src/api/maps/schema.ts';
import { API_BASE, ApiError, apiGet, type CallOptions } from '../api/client.ts';

/**
 * Typed calls of the map routes (`GET /areas/levels`, `/areas/boundaries`, `/indicators/{code}/map`, `/indicators/{code}/areas`,
 * `/areas/pockets`), their shapes inferred from the routes' own schemas (type-only imports: nothing of the server
 * or of zod reaches the bundle).
 */

type Data<Schema extends z.ZodType> = z.infer<Schema> extends { data: infer D } ? D : never;

/** A level of reference areas as the store names it: `country`, `division`, `district`, `province`, … */
export type AreaLevel = string;
/** The levels of the stored area tree, top first, with their numbers of areas and outlines. */
export type AreaLevels = Data<typeof areaLevelsResponse>;
/** Outlines of one level as GeoJSON; each feature's `id` is the area code (`BD-13`). */
export type Boundaries = z.infer<typeof boundariesResponse>;
/** A selection's values across the areas of one level, every year, with the national values and area targets. */
export type IndicatorMap = Data<typeof mapResponse>;
export type AreaValue = IndicatorMap['values'][number];
/** Each area against the nation and its target, with its progress class and whether it is a pocket. */
export type AreasComparison = Data<typeof areasComparisonResponse>;
export type AreaComparison = AreasComparison['areas'][number];
/** Per indicator, the areas left behind. */
export type Pockets = Data<typeof pocketsResponse>;

/** What the map of an indicator shows: series, unit, breakdown (`SEX:F`, totals left out) and level. */
export interface MapQuery {
  series: string;
  unit: string | null;
  dimensions: string[];
  level: AreaLevel;
}

/** `GET /areas/levels`: the stored levels, top first (`[{ level: 'country', depth: 0, areas: 1, outlines: 1 }, …]`). @throws ApiError. */
export function getAreaLevels(options: CallOptions = {}): Promise<AreaLevels> {
  return apiGet<AreaLevels>('/areas/levels', {}, options);
}

/** The levels below the country, top first; with `mapped`, only those with outlines (the levels a map can draw). */
export function levelsBelowCountry(levels: AreaLevels | undefined, mapped: boolean): AreaLevel[] {
  return (levels ?? []).filter((l) => l.depth > 0 && l.areas > 0 && (!mapped || l.outlines > 0)).map((l) => l.level);
}

/**
 * `GET /areas/boundaries?level=`: a bare GeoJSON FeatureCollection (no `data` envelope) with `attribution`.
 * @throws ApiError.
 */
export async function getBoundaries(level: AreaLevel, options: CallOptions = {}): Promise<Boundaries> {
  const url = `${API_BASE}/areas/boundaries?level=${encodeURIComponent(level)}${options.lang ? `&lang=${encodeURIComponent(options.lang)}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: options.signal ?? null });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('NETWORK', `the server could not be reached (${(e as Error).message})`, 0, url);
  }
  const body = await response.json().catch(() => undefined) as Boundaries | { error?: { code: string; message: string } } | undefined;
  if (!response.ok || !body || !('features' in body)) {
    const error = body && 'error' in body ? body.error : undefined;
    throw new ApiError(error?.code ?? 'BAD_RESPONSE', error?.message ?? `${url} answered HTTP ${response.status}`, response.status, url);
  }
  return body;
}

/**
 * `GET /indicators/{code}/map?series&unit&dimension&level`: every year's value per area of the level.
 * @example await getIndicatorMap('5.b.1', { series: 'MOBILE_PHONE_15PLUS', unit: 'PT', dimensions: [], level: 'district' })
 * @throws ApiError (400 for an unknown series, unit or breakdown).
 */
export function getIndicatorMap(code: string, query: MapQuery, options: CallOptions = {}): Promise<IndicatorMap> {
  return apiGet<IndicatorMap>(`/indicators/${encodeURIComponent(code)}/map`, mapParams(query), options);
}

/** `GET /indicators/{code}/areas?series&unit&level`: each area's latest value against the nation and its target. @throws ApiError. */
export function getAreasComparison(code: string, query: MapQuery, options: CallOptions = {}): Promise<AreasComparison> {
  const { dimension: _unused, ...params } = mapParams(query);
  return apiGet<AreasComparison>(`/indicators/${encodeURIComponent(code)}/areas`, params, options);
}

/** `GET /areas/pockets?level=`: per indicator, the areas behind the nation or off track while it is on track. @throws ApiError. */
export function getPockets(level: AreaLevel, options: CallOptions = {}): Promise<Pockets> {
  return apiGet<Pockets>('/areas/pockets', { level }, options);
}

function mapParams(query: MapQuery): Record<string, string> {
  const params: Record<string, string> = { series: query.series, level: query.level };
  if (query.unit) params.unit = query.unit;
  if (query.dimensions.length > 0) params.dimension = query.dimensions.join(',');
  return params;
}
