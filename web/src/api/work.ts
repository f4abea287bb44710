import { API_BASE, ApiError, apiGet, apiSend, currentCsrfToken, type CallOptions } from './client.ts';
import type {
  ChangeEntry, DryRun, EntryObservation, GridAnswer, ObservationHistory, OpenedSubmission, SubmissionDetail, SubmissionSummary,
  UploadMode, ValidateAnswer, WorkTasks,
} from './work-types.ts';

/**
 * Typed calls of the work areas (data entry, upload, review) under `/api/v1`, as the decision record on data governance
 * lists them. Reads go through {@link apiGet}, state-changing requests through {@link apiSend} (session cookie and
 * `X-CSRF-Token`); only the upload builds its own request, for its progress events.
 */

export type * from './work-types.ts';
export { ApiError };

/** `GET /work/tasks`: the indicators the signed-in provider's organisations answer for, and submissions per state. */
export function getTasks(options: CallOptions = {}): Promise<WorkTasks> {
  return apiGet<WorkTasks>('/work/tasks', {}, options);
}

/** `GET /submissions?state=`: submissions the user may see, e.g. the review queue with `'submitted'` (states comma-separated). */
export function listSubmissions(state?: string, options: CallOptions = {}): Promise<SubmissionSummary[]> {
  return apiGet<SubmissionSummary[]>('/submissions', state ? { state } : {}, options);
}

/** `GET /submissions/{id}`: one submission with its changes (old → new), issues and state history. @throws ApiError 404. */
export function getSubmission(id: number | string, options: CallOptions = {}): Promise<SubmissionDetail> {
  return apiGet<SubmissionDetail>(`/submissions/${encodeURIComponent(String(id))}`, {}, options);
}

/** `POST /indicators/{code}/submission`: opens the indicator's draft, or answers the open one. @throws ApiError FORBIDDEN. */
export function openSubmission(code: string): Promise<OpenedSubmission> {
  return apiSend<OpenedSubmission>('POST', `/indicators/${encodeURIComponent(code)}/submission`, {});
}

/** `GET /indicators/{code}/grid?series=&unit=`: published and draft values of one series and unit, with locks. */
export function getGrid(code: string, series: string | null, unit: string | null, options: CallOptions = {}): Promise<GridAnswer> {
  const params: Record<string, string> = {};
  if (series) params.series = series;
  if (unit) params.unit = unit;
  return apiGet<GridAnswer>(`/indicators/${encodeURIComponent(code)}/grid`, params, options);
}

/**
 * `PUT /submissions/{id}/changes`: enters one value in the draft (`value: null` removes the published one).
 * `baseRevision` is the revision of the draft value the user saw (0 for none).
 * @throws ApiError CONFLICT (409) whose `details.current` is the value now stored; INVALID_STATE for a locked period.
 */
export function saveChange(submissionId: number, entry: ChangeEntry): Promise<unknown> {
  return apiSend('PUT', `/submissions/${submissionId}/changes`, { changes: [entry] });
}

/** `DELETE /submissions/{id}/changes/{changeId}?revision=`: takes a value back out of the draft. @throws ApiError CONFLICT. */
export function deleteChange(submissionId: number, changeId: number, revision: number): Promise<void> {
  return apiSend<void>('DELETE', `/submissions/${submissionId}/changes/${changeId}?revision=${revision}`);
}

/**
 * `POST /indicators/{code}/validate`: checks values against the indicator's rules (with the published data and the
 * draft around them) without saving them. A value may be text typed that is not a number yet.
 */
export function validateValues(code: string, values: EntryObservation[], options: CallOptions = {}): Promise<ValidateAnswer> {
  return apiSend<ValidateAnswer>('POST', `/indicators/${encodeURIComponent(code)}/validate`, { values }, options);
}

/** `POST /submissions/{id}/submit` with the revision seen and the comments that explain warnings (by observation key). */
export function submitSubmission(id: number, revision: number, warningComments: Record<string, string> = {}): Promise<unknown> {
  return apiSend('POST', `/submissions/${id}/submit`, { revision, warningComments });
}

/** `POST /submissions/{id}/approve`: publishes the values and locks their periods (reviewer, admin). */
export function approveSubmission(id: number, revision: number, comment?: string): Promise<unknown> {
  return apiSend('POST', `/submissions/${id}/approve`, { revision, ...(comment ? { comment } : {}) });
}

/** `POST /submissions/{id}/return`: sends the submission back with a comment (reviewer, admin). */
export function returnSubmission(id: number, revision: number, comment: string): Promise<unknown> {
  return apiSend('POST', `/submissions/${id}/return`, { revision, comment });
}

/** `POST /submissions/{id}/reopen`: re-opens an approved submission and unlocks its periods (admin). */
export function reopenSubmission(id: number, revision: number, comment: string): Promise<unknown> {
  return apiSend('POST', `/submissions/${id}/reopen`, { revision, comment });
}

/** `DELETE /submissions/{id}?revision=`: discards a draft or returned submission. */
export function discardSubmission(id: number, revision: number): Promise<void> {
  return apiSend<void>('DELETE', `/submissions/${id}?revision=${revision}`);
}

/** `GET /observations/{id}/history`: every published version of a value and the audit events that changed it. */
export function getObservationHistory(id: number, options: CallOptions = {}): Promise<ObservationHistory> {
  return apiGet<ObservationHistory>(`/observations/${id}/history`, {}, options);
}

/** The address of an indicator's upload template with its published values: `…/template.csv` or `…/template.xlsx`. */
export function templateUrl(code: string, kind: 'csv' | 'xlsx'): string {
  return `${API_BASE}/indicators/${encodeURIComponent(code)}/template.${kind}`;
}

/**
 * `POST /submissions/{id}/uploads?mode=…&dryRun=true` (or `&confirm=<digest>`): sends the file as multipart form data
 * with the session's CSRF token, reporting the share sent (0…1) to `onProgress`. Answers the plan (after a confirm,
 * the plan written, `committed: true`). The server reads the format from the bytes. Aborted through `signal`.
 * @throws ApiError VALIDATION_FAILED (details: the issues) when a confirmed plan has errors, CONFLICT when the data
 * changed since the dry run; NETWORK when the request failed.
 */
export function uploadFile(submissionId: number, file: File, request: {
  mode: UploadMode; confirm?: string; onProgress?: (share: number) => void; signal?: AbortSignal;
}): Promise<DryRun> {
  const params = new URLSearchParams({ mode: request.mode });
  if (request.confirm) params.set('confirm', request.confirm);
  else params.set('dryRun', 'true');
  const url = `${API_BASE}/submissions/${submissionId}/uploads?${params.toString()}`;
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<DryRun>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', currentCsrfToken() ?? 'none');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object' && 'data' in body) {
        request.onProgress?.(1);
        resolve((body as { data: DryRun }).data);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
      reject(new ApiError(error?.code ?? 'INTERNAL', error?.message ?? `${url} answered HTTP ${xhr.status}`, xhr.status, url, error?.details));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'the server could not be reached', 0, url));
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    request.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
