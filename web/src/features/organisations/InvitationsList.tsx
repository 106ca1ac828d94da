import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { inLanguage } from '../auth/language-query';
import { formatDay } from './format';
import { send } from './send';

/**
 * Invitations not accepted yet, as the organisation may know them: the address it typed and "invited" (or
 * "expired"); never a name, nor whether the address has an account, nor a decline. Admins may withdraw one.
 */
export function InvitationsList({ organisationId, version, onOutcome }: { organisationId: string; version: number; onOutcome: (outcome: { problem?: string; done?: string }) => void }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/organisations/{organisationId}/invitations', { params: { path: { organisationId }, query: { page: 1, pageSize: 100 } }, signal }),
    [organisationId, version],
  );
  const withdraw = async (invitationId: string, email: string) => {
    if (!window.confirm(t('invitedList.confirmWithdraw', { email }))) return;
    const outcome = await send(
      () => api.DELETE('/api/organisations/{organisationId}/invitations/{invitationId}', { params: { path: { organisationId, invitationId } }, ...inLanguage(lang) }),
      t('common:load.failed'),
    );
    if (!outcome.ok) return onOutcome({ problem: outcome.message });
    onOutcome({ done: t('invitedList.withdrawn', { email }) });
    reload();
  };
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  if (state.data.items.length === 0) return null;
  return (
    <>
      <h3 id="invited-title">{t('invitedList.title', { count: state.data.total })}</h3>
      <p className="field__hint">{t('invitedList.hint')}</p>
      <div className="table-scroll" role="region" aria-labelledby="invited-title" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('invitedList.email')}</th>
              <th scope="col">{t('invitedList.status')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.items.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" className="member-cell">
                  <span className="data-table__wrap">{invitation.email}</span>
                  <span className="member-cell__email">
                    {' '}
                    {t(`role.${invitation.role}`)}
                    {invitation.cohortName ? ` · ${invitation.cohortName}` : ''}
                  </span>
                </th>
                <td>
                  {t(`invitedList.${invitation.status}`, { date: formatDay(invitation.expiresAt, lang) })}{' '}
                  <button type="button" className="button button--secondary" onClick={() => void withdraw(invitation.id, invitation.email)}>
                    {t('invitedList.withdraw')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
