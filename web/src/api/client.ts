import type {
  Area,
  GoalDetail,
  GoalSummary,
  IndicatorDetail,
  Observation,
  ObservationQuery,
  Page,
  ReportingStatusSummary,
  Site,
} from './types.ts';

/**
 * The one place the public site talks to the server: every call goes to the open API under `/api/v1`, adds
 * `lang`, unwraps `{"data": …}` and turns the error envelope `{"error": {code, message, statusCode}}` into an
 * {@link ApiError}.
 */

export const API_BASE = '/api/v1';

/** Largest page asked for when a page of the site needs every observation of a series. */
const PAGE_SIZE = 5000;

/**
 * A failed API call. `code` is the server's stable code (`NOT_FOUND`, `BAD_PARAMETER`, `NOT_INITIALISED`,
 * `INTERNAL`), or `NETWORK` when no answer came, or `BAD_RESPONSE` when the answer was not the expected JSON.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number,
    readonly url: string,
    /** What the server added to the error: the current value on `CONFLICT`, the problems on `VALIDATION_FAILED`. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNotFound(): boolean {
    return this.statusCode === 404;
  }
}

/** Options every call accepts: the language of titles and an abort signal. */
export interface CallOptions {
  lang?: string;
  signal?: AbortSignal;
}

/** `GET /site`: the country, the published languages and the framework version. @throws ApiError. */
export function getSite(options: CallOptions = {}): Promise<Site> {
  return getData<Site>('/site', {}, options);
}

/** `GET /goals`: the 17 goals with colours and reporting status. @throws ApiError. */
export function getGoals(options: CallOptions = {}): Promise<GoalSummary[]> {
  return getData<GoalSummary[]>('/goals', {}, options);
}

/** `GET /goals/{goal}`: one goal with its targets, indicators and latest values. @throws ApiError (404 for an unknown goal). */
export function getGoal(goal: string, options: CallOptions = {}): Promise<GoalDetail> {
  return getData<GoalDetail>(`/goals/${encodeURIComponent(goal)}`, {}, options);
}

/** `GET /indicators/{code}`: one indicator with metadata, series, code names and headline series. @throws ApiError (404 for an unknown code). */
export function getIndicator(code: string, options: CallOptions = {}): Promise<IndicatorDetail> {
  return getData<IndicatorDetail>(`/indicators/${encodeURIComponent(code)}`, {}, options);
}

/** `GET /reporting-status`: unique indicators by reporting status, nationally and per goal. @throws ApiError. */
export function getReportingStatus(options: CallOptions = {}): Promise<ReportingStatusSummary> {
  return getData<ReportingStatusSummary>('/reporting-status', {}, options);
}

/** `GET /areas`: the reference area tree with names in the page language. @throws ApiError. */
export function getAreas(options: CallOptions = {}): Promise<Area[]> {
  return getData<Area[]>('/areas', {}, options);
}

/**
 * Every observation of an indicator that matches `query`, fetched page by page.
 * @example await getAllObservations('3.2.1', { series: 'SH_DYN_MORT' }) // [{ timePeriod: '2000', value: 86.1, … }, …]
 */
export async function getAllObservations(
  code: string,
  query: ObservationQuery,
  options: CallOptions = {},
): Promise<Observation[]> {
  const path = `/indicators/${encodeURIComponent(code)}/observations`;
  const all: Observation[] = [];
  for (let offset = 0; ; ) {
    const body = await getJson<{ data: Observation[]; page?: Page }>(
      path,
      { ...observationParams(query), limit: String(PAGE_SIZE), offset: String(offset) },
      options,
    );
    all.push(...body.data);
    offset += body.data.length;
    if (body.data.length === 0 || !body.page || offset >= body.page.total) return all;
  }
}

/**
 * The address of a CSV download of an indicator's observations matching `query` (all of them when empty).
 * @example observationsCsvUrl('3.2.1', { series: 'SH_DYN_MORT', dimensions: { SEX: 'F' } })
 * // '/api/v1/indicators/3.2.1/observations?series=SH_DYN_MORT&SEX=F&format=csv'
 */
export function observationsCsvUrl(code: string, query: ObservationQuery = {}, lang?: string): string {
  const params = new URLSearchParams({ ...observationParams(query), format: 'csv' });
  if (lang) params.set('lang', lang);
  return `${API_BASE}/indicators/${encodeURIComponent(code)}/observations?${params.toString()}`;
}

/**
 * The name the open API gives a CSV download (its `Content-Disposition`), used for the chart file too:
 * `indicator_<code with dashes>` for the whole indicator, then `_<series>` when one series is chosen.
 * @example observationsFileName('3.2.1') // 'indicator_3-2-1.csv'
 * observationsFileName('3.2.1', 'SH_DYN_MORT', 'svg') // 'indicator_3-2-1_SH_DYN_MORT.svg'
 */
export function observationsFileName(code: string, series?: string | null, extension = 'csv'): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `indicator_${safe(code.replaceAll('.', '-'))}${series ? `_${safe(series)}` : ''}.${extension}`;
}

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from `POST /auth/login` or `GET /auth/me`); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token every state-changing request sends, for callers that build their own request (file uploads). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/**
 * `GET` of any work-area route, unwrapping `{"data": …}`.
 * @example await apiGet<Task[]>('/work/tasks')
 * @throws ApiError.
 */
export function apiGet<T>(path: string, params: Record<string, string> = {}, options: CallOptions = {}): Promise<T> {
  return getData<T>(path, params, options);
}

/**
 * A state-changing request (`POST`, `PUT`, `PATCH`, `DELETE`) with a JSON body, the session cookie and the
 * `X-CSRF-Token` header; answers the unwrapped `data` (undefined for 204).
 * @example await apiSend<Submission>('POST', '/submissions/4/approve', { revision: 3 })
 * @throws ApiError with the server's code (`CONFLICT`, `FORBIDDEN`, `VALIDATION_FAILED` …) and `details`.
 */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  const search = options.lang ? `?lang=${encodeURIComponent(options.lang)}` : '';
  const url = `${API_BASE}${path}${search}`;
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken ?? 'none' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method, headers, body: body === undefined ? null : JSON.stringify(body), credentials: 'same-origin', signal: options.signal ?? null,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('NETWORK', `the server could not be reached (${(e as Error).message})`, 0, url);
  }
  if (response.status === 204) return undefined as T;
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFromBody(answer, response.status, url);
  return (answer as { data: T }).data;
}

function observationParams(query: ObservationQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['series', 'unit', 'area', 'from', 'to'] as const) {
    const value = query[key];
    if (value) params[key] = value;
  }
  for (const [id, code] of Object.entries(query.dimensions ?? {})) params[id] = code;
  return params;
}

async function getData<T>(path: string, params: Record<string, string>, options: CallOptions): Promise<T> {
  return (await getJson<{ data: T }>(path, params, options)).data;
}

async function getJson<T extends { data: unknown }>(
  path: string,
  params: Record<string, string>,
  { lang, signal }: CallOptions,
): Promise<T> {
  const search = new URLSearchParams(params);
  if (lang) search.set('lang', lang);
  const query = search.toString();
  const url = `${API_BASE}${path}${query ? `?${query}` : ''}`;

  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('NETWORK', `the server could not be reached (${(e as Error).message})`, 0, url);
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFromBody(body, response.status, url);
  if (typeof body !== 'object' || body === null || !('data' in body)) {
    throw new ApiError('BAD_RESPONSE', `the answer from ${url} has no "data"`, response.status, url);
  }
  return body as T;
}

function errorFromBody(body: unknown, status: number, url: string): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; statusCode?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    const message = typeof error.message === 'string' ? error.message : error.code;
    const statusCode = typeof error.statusCode === 'number' ? error.statusCode : status;
    return new ApiError(error.code, message, statusCode, url, error.details);
  }
  return new ApiError(status === 404 ? 'NOT_FOUND' : 'INTERNAL', `${url} answered HTTP ${status}`, status, url);
}
