import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useSession } from '../auth/useSession';
import { ChildGroupPanels } from '../children/trainer/ChildGroupPanels';
import { managesOrganisation } from './access';
import { CompetencyChart } from './CompetencyChart';
import { DashboardTotals } from './DashboardTotals';
import { GroupBreakdowns } from './GroupBreakdowns';
import { MembersProgress } from './MembersProgress';
import { RosterImport } from './RosterImport';
import { useKeptData } from './useKeptData';

const PAGE_SIZE = 25;

export function CohortDashboardPage() {
  const { organisationId = '', cohortId = '' } = useParams();
  // A new cohort starts from a clean page rather than showing the previous cohort's figures while loading.
  return <CohortDashboard key={`${organisationId}/${cohortId}`} organisationId={organisationId} cohortId={cohortId} />;
}

function CohortDashboard({ organisationId, cohortId }: { organisationId: string; cohortId: string }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const { state, reload } = useApi(
    (signal) =>
      api.GET('/api/organisations/{organisationId}/cohorts/{cohortId}/dashboard', {
        params: { path: { organisationId, cohortId }, query: { lang, page, pageSize: PAGE_SIZE } },
        signal,
      }),
    [organisationId, cohortId, lang, page],
  );
  const dashboard = useKeptData(state);
  if (!dashboard) return <LoadState state={state} onRetry={reload} />;
  return (
    <>
      <p>
        <Link to={`/organisations/${organisationId}`}>← {t('dashboard.back')}</Link>
      </p>
      <h1>{t('dashboard.title', { name: dashboard.name })}</h1>
      {state.status !== 'ok' && <LoadState state={state} onRetry={reload} />}
      <DashboardTotals totals={dashboard.totals} />
      <CompetencyChart competencies={dashboard.competencies} />
      <GroupBreakdowns bySector={dashboard.bySector} byGender={dashboard.byGender} />
      <MembersProgress
        organisationId={organisationId}
        cohortId={cohortId}
        modules={dashboard.modules}
        members={dashboard.members}
        onPage={(next) => setSearch(next > 1 ? { page: String(next) } : {})}
      />
      <ChildGroupPanels organisationId={organisationId} cohortId={cohortId} manages={managesOrganisation(user, organisationId)} onChildrenAdded={reload}>
        {managesOrganisation(user, organisationId) && <RosterImport organisationId={organisationId} cohortId={cohortId} onImported={reload} />}
      </ChildGroupPanels>
    </>
  );
}
