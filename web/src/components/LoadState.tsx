import { useTranslation } from 'react-i18next';
import type { ApiState } from '../lib/useApi';

/** What to show while data loads or when it could not: a status line, or an error with a retry. */
export function LoadState({ state, onRetry }: { state: ApiState<unknown>; onRetry: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p role="status" className="load-state">
        {t('load.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div role="alert" className="load-state load-state--error">
        <p>{state.httpStatus === 404 ? (state.message ?? t('load.notFound')) : t('load.failed')}</p>
        {state.httpStatus !== 404 && (
          <button type="button" className="button" onClick={onRetry}>
            {t('load.retry')}
          </button>
        )}
      </div>
    );
  }
  return null;
}
