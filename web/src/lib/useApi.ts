import { useCallback, useEffect, useRef, useState } from 'react';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; httpStatus?: number; message?: string };

interface FetchResult<T> {
  data?: T;
  error?: { message?: string };
  response: Response;
}

/**
 * Loads data from the API, again whenever a dependency (language, route parameter, filter) changes;
 * a newer request cancels the older one. `reload` retries after a network error. With `keepWhileSame` (what the data
 * is of, e.g. `[slug, lang]`), data already shown stays on screen while it reloads for the same thing (and the
 * components under it keep their state) until the new data arrives; data of something else is never shown.
 * `initialData` (what the server already rendered) is shown at once and not fetched again.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<FetchResult<T>>,
  dependencies: unknown[],
  { keepWhileSame, initialData }: { keepWhileSame?: unknown[]; initialData?: T } = {},
) {
  const [state, setState] = useState<ApiState<T>>(initialData === undefined ? { status: 'loading' } : { status: 'ok', data: initialData });
  const [attempt, setAttempt] = useState(0);
  const identity = keepWhileSame && JSON.stringify(keepWhileSame);
  const shownIdentity = useRef<string>(initialData === undefined ? undefined : identity);
  const skipFirstLoad = useRef(initialData !== undefined);
  useEffect(() => {
    if (skipFirstLoad.current) {
      skipFirstLoad.current = false;
      return;
    }
    const controller = new AbortController();
    setState((current) => (identity !== undefined && current.status === 'ok' && shownIdentity.current === identity ? current : { status: 'loading' }));
    load(controller.signal).then(
      ({ data, error, response }) => {
        if (controller.signal.aborted) return;
        shownIdentity.current = identity;
        if (data !== undefined && response.ok) setState({ status: 'ok', data });
        else setState({ status: 'error', httpStatus: response.status, message: error?.message });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...dependencies, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
