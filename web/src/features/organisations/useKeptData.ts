import { useState } from 'react';
import type { ApiState } from '../../lib/useApi';

/**
 * The latest data loaded, kept on screen while the next load runs (another page, a reload after an import),
 * so that the page does not blank out and what is below it (the import's one-time links) stays mounted.
 */
export function useKeptData<T>(state: ApiState<T>): T | undefined {
  const [kept, setKept] = useState<T>();
  if (state.status === 'ok' && state.data !== kept) setKept(state.data);
  return state.status === 'ok' ? state.data : kept;
}
