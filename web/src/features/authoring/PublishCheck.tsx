import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi, type ApiState } from '../../lib/useApi';
import { ProblemLinks } from './ProblemLinks';

export type PublishCheckState = ApiState<Schemas['PublishCheckDto']>;

/** Asks the API what publishing the draft as last saved would refuse, again after every save. */
export function usePublishCheck(slug: string, savedRevision: number): PublishCheckState {
  const lang = useLanguage();
  // The previous result stays on screen while the next one loads, so the list does not flash at every save.
  const check = useApi((signal) => api.GET('/api/authoring/modules/{slug}/draft/check', { params: { path: { slug }, query: { lang } }, signal }), [slug, lang, savedRevision], {
    keepWhileSame: [slug, lang],
  });
  return check.state;
}

/**
 * What publishing would refuse, and the advice that never blocks it, for the draft as last saved: asked again after
 * every save, so the trainer sees what is missing while writing rather than only when pressing Publish.
 */
export function PublishCheck({ check }: { check: PublishCheckState }) {
  const { t } = useTranslation('authoring');
  const shown = check.status === 'ok' ? check.data : undefined;

  return (
    <div className="authoring-check">
      <h3>{t('publish.checkTitle')}</h3>
      <p className="field__hint">{t('publish.checkOfSaved')}</p>
      {/* Only the one-line summary is live: the list itself would be re-read after every autosave. */}
      <p aria-live="polite">
        {check.status === 'error'
          ? t('publish.checkFailed')
          : !shown
            ? t('publish.checking')
            : shown.publishable
              ? t('publish.ready')
              : t('publish.problems', { count: shown.problems.length })}
      </p>
      {shown && shown.problems.length > 0 && <ProblemLinks problems={shown.problems} />}
      {shown && shown.advice.length > 0 && (
        <>
          <h4>{t('publish.adviceTitle')}</h4>
          <p>{t('publish.adviceLead')}</p>
          <ProblemLinks problems={shown.advice} />
        </>
      )}
    </div>
  );
}
