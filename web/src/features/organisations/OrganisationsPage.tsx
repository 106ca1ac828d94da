import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useSession } from '../auth/useSession';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { PageNav } from './PageNav';

const PAGE_SIZE = 20;

/** The organisations I belong to, with my role; every organisation for a platform admin, who may also create one. */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { user } = useSession();
  const [page, setPage] = useState(1);
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations', { params: { query: { lang, page, pageSize: PAGE_SIZE } }, signal }),
    [lang, page],
  );
  return (
    <>
      <h1>{t('list.title')}</h1>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <>
          <ul className="org-list">
            {state.data.items.map((organisation) => (
              <li key={organisation.id} className="card">
                <h2 className="module-card__title">
                  <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                </h2>
                <p className="module-card__meta">
                  <span>{t(`kind.${organisation.kind}`)}</span>
                  {organisation.country && <span>{organisation.country}</span>}
                  <span>{t('list.members', { count: organisation.memberCount })}</span>
                  <span className="badge">{organisation.myRole ? t(`role.${organisation.myRole}`) : t('role.platformAdmin')}</span>
                </p>
              </li>
            ))}
          </ul>
          <PageNav label={t('list.pages')} page={page} pageSize={PAGE_SIZE} total={state.data.total} onPage={setPage} />
        </>
      )}
      {user?.platformRole === 'admin' && <CreateOrganisationForm onCreated={reload} />}
    </>
  );
}
