import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { LoadState } from '../../../components/LoadState';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApi } from '../../../lib/useApi';
import { inLanguage } from '../../auth/language-query';
import { send } from '../../organisations/send';

const FACES = ['happy', 'neutral', 'sad'] as const;

/** What children thought of the modules: aggregates from five answers up (trainers and admins), and the texts to moderate (admins). */
export function FeedbackSection({ organisationId, manages }: { organisationId: string; manages: boolean }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const [version, setVersion] = useState(0);
  const summary = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/feedback/summary', { params: { path: { organisationId }, query: { lang } }, signal }),
    [organisationId, lang, version],
  );
  return (
    <section id="children-feedback" className="org-section" aria-labelledby="feedback-summary-title">
      <h2 id="feedback-summary-title">{t('admin.feedback.title')}</h2>
      <p>{t('admin.feedback.intro')}</p>
      {summary.state.status !== 'ok' ? (
        <LoadState state={summary.state} onRetry={summary.reload} />
      ) : summary.state.data.modules.length === 0 ? (
        <p>{t('admin.feedback.none')}</p>
      ) : (
        <ul className="org-list">
          {summary.state.data.modules.map((module) => (
            <li key={module.moduleSlug} className="card">
              <h3 className="module-card__title">{module.moduleTitle}</h3>
              <p>{t('admin.feedback.responses', { count: module.responses })}</p>
              {module.suppressed || !module.faces ? (
                <p className="org-muted">{t('admin.feedback.suppressed')}</p>
              ) : (
                <>
                  <ul className="plain-list">
                    {FACES.map((face) => (
                      <li key={face}>
                        {t('admin.feedback.faceCount', { face: t(`feedback.face_${face}`), n: module.faces![face] })}
                      </li>
                    ))}
                  </ul>
                  {module.texts.length > 0 && (
                    <ul>
                      {module.texts.map((text, index) => (
                        <li key={index}>
                          <q>{text}</q>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && <ModerationQueue organisationId={organisationId} onModerated={() => setVersion((n) => n + 1)} />}
    </section>
  );
}

function ModerationQueue({ organisationId, onModerated }: { organisationId: string; onModerated: () => void }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const [problem, setProblem] = useState<string>();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/feedback', { params: { path: { organisationId }, query: { status: 'pending', pageSize: 50 } }, ...inLanguage(lang), signal }),
    [organisationId, lang],
  );
  const moderate = async (feedbackId: string, status: 'approved' | 'rejected') => {
    setProblem(undefined);
    const outcome = await send(
      () => api.POST('/api/organisations/{organisationId}/feedback/{feedbackId}/moderation', { params: { path: { organisationId, feedbackId } }, body: { status }, ...inLanguage(lang) }),
      t('errors.failed'),
    );
    if (!outcome.ok) return setProblem(outcome.message);
    reload();
    onModerated();
  };
  return (
    <>
      <h3>{t('admin.feedback.queueTitle')}</h3>
      <p>{t('admin.feedback.queueIntro')}</p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('admin.feedback.queueEmpty')}</p>
      ) : (
        <ul className="org-list">
          {state.data.items.map((item) => (
            <li key={item.id} className="card">
              <p className="module-card__meta">
                <span>{item.moduleTitle}</span>
                <span>{t(`feedback.face_${item.face}`)}</span>
              </p>
              <p>
                <q>{item.text}</q>
              </p>
              <p className="member-actions">
                <button type="button" className="button" onClick={() => void moderate(item.id, 'approved')}>
                  {t('admin.feedback.approve')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => void moderate(item.id, 'rejected')}>
                  {t('admin.feedback.reject')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
