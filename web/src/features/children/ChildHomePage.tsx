import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useSession } from '../auth/useSession';
import { ChildCertificates } from './ChildCertificates';
import { StepPath } from './StepPath';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';
import { OutboxPanel } from '../offline/OutboxPanel';

/** A child's home: the modules of their group, each with its path of stars and one button to go on. */
export function ChildHomePage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const { user } = useSession();
  const saved = savedCopies(user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/me/enrolments', { params: { query: { lang } }, signal }), () => saved.enrolments()),
    [lang],
  );
  return (
    <div className="child-page">
      <h1>{t('home.title', { name: user?.displayName ?? '' })}</h1>
      {user?.username && <p className="child-muted">{t('home.username', { username: user.username })}</p>}
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('home.empty')}</p>
      ) : (
        <>
          <p>{t('home.intro')}</p>
          <ul className="child-modules">
            {state.data.items.map((enrolment) => {
              const steps = [
                ...Array.from({ length: enrolment.lessonCount }, (_, index) => ({ label: t('path.lesson', { number: index + 1 }), done: index < enrolment.lessonsRead })),
                { label: t('path.quiz'), done: enrolment.assessment.passed },
              ];
              return (
                <li key={enrolment.id} className="card child-module">
                  <h2>{enrolment.moduleTitle}</h2>
                  <StepPath steps={steps} label={t('path.label', { title: enrolment.moduleTitle })} />
                  {enrolment.completedAt && <p className="notice notice--success">{t('home.finished')}</p>}
                  <p>
                    <Link className="button child-button" to={`/learning/${enrolment.id}`}>
                      {enrolment.completedAt ? t('home.open') : enrolment.lessonsRead === 0 ? t('home.start') : t('home.continue')}
                      <span className="visually-hidden"> : {enrolment.moduleTitle}</span>
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
          <ChildCertificates />
        </>
      )}
      <OutboxPanel />
    </div>
  );
}
