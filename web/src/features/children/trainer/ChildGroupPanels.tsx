import type { ReactNode } from 'react';
import { api } from '../../../api/client';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApi } from '../../../lib/useApi';
import { ChildrenSection } from './ChildrenSection';
import { ClassCodePanel } from './ClassCodePanel';
import { CreateChildrenForm } from './CreateChildrenForm';

/**
 * On a cohort's dashboard: for a children's group, its class code, the accounts a trainer makes and the group's
 * children (consent, locks); for any other
 * cohort, `children` (the e-mail roster import, which a children's group does not take).
 */
export function ChildGroupPanels({
  organisationId,
  cohortId,
  manages,
  onChildrenAdded,
  children,
}: {
  organisationId: string;
  cohortId: string;
  /** An admin of the organisation: may also export and delete a child's data. */
  manages: boolean;
  onChildrenAdded: () => void;
  children: ReactNode;
}) {
  const lang = useLanguage();
  const { state } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/cohorts/{cohortId}', { params: { path: { organisationId, cohortId }, query: { lang } }, signal }),
    [organisationId, cohortId, lang],
  );
  // Most cohorts are professional: their roster import shows at once, and gives way once the group proves to be children's.
  if (state.status !== 'ok' || state.data.audience !== 'child') return <>{children}</>;
  return (
    <>
      <ClassCodePanel organisationId={organisationId} cohortId={cohortId} />
      <CreateChildrenForm organisationId={organisationId} cohortId={cohortId} onCreated={onChildrenAdded} />
      <ChildrenSection organisationId={organisationId} cohortId={cohortId} manages={manages} />
    </>
  );
}
