import { apiGet, type CallOptions } from '../api/client.ts';
import type { IndicatorProgress, ProgressMethods } from './progress-types.ts';

/** Typed calls of the public progress routes under `/api/v1/progress`. */

export type * from './progress-types.ts';

/** `GET /progress/methods`: the methods, their classes best → worst, the national default and base year. @throws ApiError. */
export function getProgressMethods(options: CallOptions = {}): Promise<ProgressMethods> {
  return apiGet<ProgressMethods>('/progress/methods', {}, options);
}

/**
 * `GET /progress/indicators/{code}?area=&dimension=ID:code`: the indicator's result by every method in the scope
 * (the country by default; one disaggregation code with every other dimension at its total) and its series keys.
 * @example await getIndicatorProgress('3.2.1', { dimension: 'SEX:F' }) // { indicator: '3.2.1', series: [{ dimensions: { AGE: 'Y0T4', SEX: 'F' }, … }, …], … }
 * @throws ApiError (404 for an unknown indicator, 400 for an unknown area or dimension).
 */
export function getIndicatorProgress(
  code: string, scope: { area?: string | null; dimension?: string | null } = {}, options: CallOptions = {},
): Promise<IndicatorProgress> {
  const params: Record<string, string> = {};
  if (scope.area) params.area = scope.area;
  if (scope.dimension) params.dimension = scope.dimension;
  return apiGet<IndicatorProgress>(`/progress/indicators/${encodeURIComponent(code)}`, params, options);
}
