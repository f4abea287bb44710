import { useCallback, useEffect, useState } from 'react';

/** State of one API read: the data once it came, or the error, and whether a read is running. */
export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` (an API client call given an abort signal) when a dependency changes, and aborts the read in flight
 * when the component goes away or the dependencies change first.
 * @example const goals = useApi((signal) => getGoals({ lang, signal }), [lang]);
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setState({ data, loading: false }); },
      (error: Error) => { if (!controller.signal.aborted) setState({ error, loading: false }); },
    );
    return () => controller.abort();
    // `deps` lists what `load` reads; `load` itself is a new function on every render
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
