import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { AttemptReview } from './AttemptReview';
import { LearnerModules } from './LearnerModules';

/** One learner of a cohort, for its trainers and the organisation's admins: progress, then every attempt with its answers. */
export function LearnerPage() {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { organisationId = '', cohortId = '', userId = '' } = useParams();
  const { state, reload } = useApi(
    (signal) =>
      api.GET('/api/organisations/{organisationId}/cohorts/{cohortId}/members/{userId}', {
        params: { path: { organisationId, cohortId, userId }, query: { lang } },
        signal,
      }),
    [organisationId, cohortId, userId, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const learner = state.data;
  const titles = new Map(learner.moduleTitles.map((module) => [module.slug, module.title]));
  return (
    <>
      <p>
        <Link to={`/organisations/${organisationId}/cohorts/${cohortId}`}>← {t('learner.back')}</Link>
      </p>
      <h1>{learner.displayName}</h1>
      {learner.email && <p className="data-table__wrap">{learner.email}</p>}
      <LearnerModules modules={learner.modules} titles={titles} />
      <section className="org-section">
        <h2 id="attempts-title">{t('learner.attempts')}</h2>
        {learner.attempts.length === 0 ? (
          <p>{t('learner.noAttempt')}</p>
        ) : (
          learner.attempts.map((attempt) => <AttemptReview key={`${attempt.enrolmentId}-${attempt.number}`} attempt={attempt} moduleTitle={attempt.moduleTitle} />)
        )}
      </section>
    </>
  );
}
