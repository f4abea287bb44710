import { useEffect, useState } from 'react';
import type { ProgressMethods } from '../progress/progress-types.ts';
import type { DashboardQuery, Scopes } from './dashboard-api.ts';

/** A choice of the address the site does not know (`?method=xyz`, `?area=ZZZ`, `?dimension=FOO:bar`), left out. */
export interface DroppedChoice {
  param: 'method' | 'area' | 'dimension';
  value: string;
}

/** The address's choices, in the order the page names them. */
const PARAMS: readonly DroppedChoice['param'][] = ['method', 'area', 'dimension'];

/**
 * Holds the dashboard's address to the methods and scopes that exist: once both lists are in, a method, area or
 * breakdown they do not hold is dropped from the address (replacing the history entry) and named in `dropped`, so
 * the page falls back to the default instead of an error. `ready` is true once the address asks only for known
 * choices (or the scopes could not be read: the server then judges the area and breakdown).
 * @example useKnownQuery({ method: 'xyz', area: null, dimension: null }, methods, scopes, false, setQuery)
 * // first { ready: false, dropped: [] }, then { ready: true, dropped: [{ param: 'method', value: 'xyz' }] }
 */
export function useKnownQuery(
  query: Record<keyof DashboardQuery, string | null>, methods: ProgressMethods | undefined, scopes: Scopes | undefined, scopesFailed: boolean,
  setQuery: (change: DashboardQuery, options?: { replace?: boolean }) => void,
): { ready: boolean; dropped: DroppedChoice[]; clear(): void } {
  const [dropped, setDropped] = useState<DroppedChoice[]>([]);
  const unknown = unknownChoices(query, methods, scopesFailed ? undefined : scopes);
  const unknownKey = JSON.stringify(unknown);
  useEffect(() => {
    if (unknown.length === 0) return;
    // The methods and the scopes come in one after the other: keep what an earlier pass dropped.
    setDropped((before) => [...before.filter((b) => !unknown.some((u) => u.param === b.param)), ...unknown]
      .sort((x, y) => PARAMS.indexOf(x.param) - PARAMS.indexOf(y.param)));
    setQuery(Object.fromEntries(unknown.map((d) => [d.param, null])), { replace: true });
    // `unknownKey` stands for `unknown`, a new array on every render
  }, [unknownKey]);
  const ready = methods !== undefined && (scopes !== undefined || scopesFailed) && unknown.length === 0;
  return { ready, dropped, clear: () => setDropped([]) };
}

/** The choices of `query` that `methods` and `scopes` do not hold (none of a list not yet read). */
export function unknownChoices(
  query: Record<keyof DashboardQuery, string | null>, methods: ProgressMethods | undefined, scopes: Scopes | undefined,
): DroppedChoice[] {
  const out: DroppedChoice[] = [];
  if (query.method && methods && !methods.methods.some((m) => m.id === query.method)) out.push({ param: 'method', value: query.method });
  if (query.area && scopes && !scopes.areas.some((a) => a.code === query.area)) out.push({ param: 'area', value: query.area });
  if (query.dimension && scopes) {
    const [id, code] = query.dimension.split(':');
    if (!scopes.dimensions.some((d) => d.id === id && d.codes.some((c) => c.code === code))) out.push({ param: 'dimension', value: query.dimension });
  }
  return out;
}
