import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardQuery } from './dashboard-api.ts';

/**
 * The dashboard's method and scope, kept in the address (`?method=unsd&area=BD-10&dimension=SEX:F`) so a view can be
 * shared as seen; other parameters (`lang`) stay. A value set to null or the default drops its parameter; `replace`
 * changes the address without a new history entry.
 */
export function useDashboardQuery(): [
  Required<{ [K in keyof DashboardQuery]: string | null }>, (change: DashboardQuery, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const query = { method: params.get('method'), area: params.get('area'), dimension: params.get('dimension') };
  const update = useCallback((change: DashboardQuery, options: { replace?: boolean } = {}) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(change)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    }, { replace: options.replace ?? false });
  }, [setParams]);
  return [query, update];
}
