import { useCallback, useEffect, useState } from 'react';

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
 * a newer request cancels the older one. `reload` retries after a network error. With `keepWhileReloading`, data
 * already shown stays on screen (and the components under it keep their state) until the new data arrives.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<FetchResult<T>>, dependencies: unknown[], { keepWhileReloading = false } = {}) {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (keepWhileReloading && current.status === 'ok' ? current : { status: 'loading' }));
    load(controller.signal).then(
      ({ data, error, response }) => {
        if (controller.signal.aborted) return;
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
