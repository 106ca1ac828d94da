interface FetchResult<T> {
  data?: T;
  error?: { message?: string };
  response: Response;
}

/**
 * A loader for `useApi` that falls back to the copy saved on the device when the network cannot be reached
 * (never when the server answers: its answer, even an error, is the truth).
 */
export function withSavedCopy<T>(load: (signal: AbortSignal) => Promise<FetchResult<T>>, saved: () => Promise<T | undefined>) {
  return async (signal: AbortSignal): Promise<FetchResult<T>> => {
    try {
      return await load(signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const copy = await saved().catch(() => undefined);
      if (copy === undefined) throw error;
      return { data: copy, response: new Response(null, { status: 200 }) };
    }
  };
}
