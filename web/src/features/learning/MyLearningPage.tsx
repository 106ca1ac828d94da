import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { MyInvitations } from '../auth/MyInvitations';
import { ProgressBar } from './ProgressBar';
import { useSession } from '../auth/useSession';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';
import { OutboxPanel } from '../offline/OutboxPanel';

export function MyLearningPage() {
  const { t } = useTranslation('learning');
  const lang = useLanguage();
  const saved = savedCopies(useSession().user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/me/enrolments', { params: { query: { lang } }, signal }), () => saved.enrolments()),
    [lang],
  );
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <MyInvitations onAccepted={reload} />
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>
          {t('mine.empty')} <Link to="/modules">{t('mine.browse')}</Link>
        </p>
      ) : (
        <ul className="module-list">
          {state.data.items.map((enrolment) => (
            <li key={enrolment.id} className="card">
              <h2 className="module-card__title">
                <Link to={`/learning/${enrolment.id}`}>{enrolment.moduleTitle}</Link>
              </h2>
              <p className="module-card__meta">
                <span>{t('version', { version: enrolment.version })}</span>
                <span>{enrolment.completedAt ? t('mine.completed') : enrolment.assessment.passed ? t('mine.passed') : t('mine.inProgress')}</span>
              </p>
              <ProgressBar value={enrolment.lessonsRead} max={enrolment.lessonCount} label={t('lessonsRead', { count: enrolment.lessonsRead, total: enrolment.lessonCount })} />
              {!enrolment.completedAt && (
                <p>
                  <Link className="button" to={`/learning/${enrolment.id}/lessons/${enrolment.lastLessonPosition}`}>
                    {enrolment.lessonsRead === 0 ? t('start') : t('resume')}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <OutboxPanel />
    </>
  );
}
