import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { CohortCard } from './CohortCard';
import { CreateCohortForm } from './CreateCohortForm';
import { PageNav } from './PageNav';

const PAGE_SIZE = 20;

/** The organisation's cohorts (for a trainer, those they run); admins create new ones, trainers open children's groups. */
export function CohortsSection({ organisationId, manages }: { organisationId: string; manages: boolean }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Schemas['CohortDto']>();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/cohorts', { params: { path: { organisationId }, query: { lang, page, pageSize: PAGE_SIZE } }, signal }),
    [organisationId, lang, page],
  );
  const onCreated = (cohort: Schemas['CohortDto']) => {
    setCreated(cohort);
    setCreating(false);
    reload();
  };
  return (
    <section id="cohorts" className="org-section">
      <h2 id="cohorts-title">{t('cohorts.title')}</h2>
      <p role="status">
        {created && (
          <>
            {t('cohorts.created', { name: created.name })}{' '}
            <Link to={`/organisations/${organisationId}/cohorts/${created.id}`}>{t('cohorts.openDashboard')}</Link>
          </>
        )}
      </p>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{manages ? t('cohorts.emptyAdmin') : t('cohorts.emptyTrainer')}</p>
      ) : (
        <>
          <ul className="org-list">
            {state.data.items.map((cohort) => (
              <CohortCard key={cohort.id} organisationId={organisationId} cohort={cohort} manages={manages} />
            ))}
          </ul>
          <PageNav label={t('cohorts.pages')} page={page} pageSize={PAGE_SIZE} total={state.data.total} onPage={setPage} />
        </>
      )}
      {creating ? (
        <CreateCohortForm organisationId={organisationId} onCreated={onCreated} onCancel={() => setCreating(false)} childGroupOnly={!manages} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t(manages ? 'createCohort.open' : 'createCohort.openChildGroup')}
          </button>
        </p>
      )}
    </section>
  );
}
