import type { z } from 'zod';
import type {
  nationalTargetSchema, progressSettingsSchema, targetBody, targetImportResponse, targetListResponse,
} from '../../../src/api/progress-targets/schema.ts';
import { API_BASE, ApiError, apiGet, apiSend, currentCsrfToken, type CallOptions } from './client.ts';

/**
 * Typed calls for national progress targets and the national progress settings (`/api/v1/indicators/{code}/targets`,
 * `/api/v1/progress-targets/import`, `/api/v1/progress/settings`). Every call throws {@link ApiError}; a refused
 * target answers VALIDATION_FAILED whose `details` name each field (`target.year`) or file line and column.
 */

/** A national target: its scope (null = every series, unit, area), direction, baseline, milestones, target, limit. */
export type NationalTarget = z.infer<typeof nationalTargetSchema>;
/** `GET /indicators/{code}/targets`: the national targets and the global 2030 rule of one indicator. */
export type IndicatorTargets = z.infer<typeof targetListResponse>['data'];
/** `PUT /indicators/{code}/targets`: one target for one scope. */
export type TargetInput = z.input<typeof targetBody>;
/** What a target file would do (dry run) or did. */
export type TargetImport = z.infer<typeof targetImportResponse>['data'];
/** The national progress settings. */
export type ProgressSettings = z.infer<typeof progressSettingsSchema>;

/** `GET /indicators/{code}/targets`. @throws ApiError NOT_FOUND for an unknown indicator. */
export function getTargets(code: string, options: CallOptions = {}): Promise<IndicatorTargets> {
  return apiGet<IndicatorTargets>(`/indicators/${encodeURIComponent(code)}/targets`, {}, options);
}

/** `PUT /indicators/{code}/targets`: creates the target of the scope, or replaces the one stored. */
export function saveTarget(code: string, target: TargetInput): Promise<NationalTarget> {
  return apiSend<NationalTarget>('PUT', `/indicators/${encodeURIComponent(code)}/targets`, target);
}

/** `DELETE /indicators/{code}/targets?…`: removes the target of one scope (answers 204). */
export function deleteTarget(code: string, scope: Pick<NationalTarget, 'series' | 'unit' | 'area' | 'dimensions'>): Promise<void> {
  const query = new URLSearchParams();
  if (scope.series) query.set('series', scope.series);
  if (scope.unit) query.set('unit', scope.unit);
  if (scope.area) query.set('area', scope.area);
  const dimensions = Object.entries(scope.dimensions).map(([id, c]) => `${id}=${c}`).join(';');
  if (dimensions) query.set('dimensions', dimensions);
  const search = query.toString();
  return apiSend<void>('DELETE', `/indicators/${encodeURIComponent(code)}/targets${search ? `?${search}` : ''}`);
}

/** `GET /progress/settings`. */
export function getProgressSettings(options: CallOptions = {}): Promise<ProgressSettings> {
  return apiGet<ProgressSettings>('/progress/settings', {}, options);
}

/** `PUT /progress/settings`: any of the settings; the answer holds them all. */
export function saveProgressSettings(change: Partial<ProgressSettings>): Promise<ProgressSettings> {
  return apiSend<ProgressSettings>('PUT', '/progress/settings', change);
}

/**
 * `POST /progress-targets/import`: sends the file as multipart/form-data; `dryRun` answers what it would change.
 * @throws ApiError VALIDATION_FAILED whose details list `{ file, line, column, reason }`.
 */
export async function importTargets(file: File, dryRun: boolean): Promise<TargetImport> {
  const url = `${API_BASE}/progress-targets/import${dryRun ? '?dryRun=true' : ''}`;
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST', credentials: 'same-origin', body: form,
      headers: { accept: 'application/json', 'x-csrf-token': currentCsrfToken() ?? 'none' },
    });
  } catch (e) {
    throw new ApiError('NETWORK', `the server could not be reached (${(e as Error).message})`, 0, url);
  }
  const body = await response.json().catch(() => undefined) as { data?: TargetImport; error?: { code: string; message: string; details?: unknown } } | undefined;
  if (!response.ok || !body?.data) {
    const error = body?.error;
    throw new ApiError(error?.code ?? 'INTERNAL', error?.message ?? `${url} answered HTTP ${response.status}`, response.status, url, error?.details);
  }
  return body.data;
}
