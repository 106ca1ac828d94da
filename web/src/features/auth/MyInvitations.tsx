import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { send } from '../organisations/send';
import { inLanguage } from './language-query';
import { useSession } from './useSession';

/**
 * Organisations' invitations waiting for my answer. Accepting makes me a member (and joins the cohort named), so that
 * organisation sees my progress from now on; declining is not told to it. Nothing shows when there is none.
 */
export function MyInvitations({ onAccepted }: { onAccepted?: () => void }) {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const session = useSession();
  const [message, setMessage] = useState<{ kind: 'done' | 'problem'; text: string }>();
  const [busy, setBusy] = useState(false);
  const { state, reload } = useApi((signal) => api.GET('/api/me/invitations', { signal }), []);
  const answer = async (invitationId: string, organisationName: string, accept: boolean) => {
    setBusy(true);
    const path = { params: { path: { invitationId } }, ...inLanguage(lang) };
    const outcome = await send(
      () => (accept ? api.POST('/api/me/invitations/{invitationId}/accept', path) : api.POST('/api/me/invitations/{invitationId}/decline', path)),
      t('common:load.failed'),
    );
    setBusy(false);
    if (!outcome.ok) return setMessage({ kind: 'problem', text: outcome.message });
    setMessage({ kind: 'done', text: t(accept ? 'myInvitations.accepted' : 'myInvitations.declined', { organisation: organisationName }) });
    reload();
    if (!accept) return;
    onAccepted?.();
    await session.refresh();
  };
  const items = state.status === 'ok' ? state.data.items : [];
  return (
    <>
      {message && (
        <p role={message.kind === 'problem' ? 'alert' : 'status'} className={`notice notice--${message.kind === 'problem' ? 'error' : 'success'}`}>
          {message.text}
        </p>
      )}
      {items.length > 0 && (
        <section className="card" aria-labelledby="my-invitations-title">
          <h2 id="my-invitations-title">{t('myInvitations.title', { count: items.length })}</h2>
          <p className="field__hint">{t('myInvitations.hint')}</p>
          <ul className="invitation-list">
            {items.map((invitation) => (
              <li key={invitation.id}>
                <p>
                  {invitation.cohortName
                    ? t('myInvitations.toCohort', { organisation: invitation.organisationName, cohort: invitation.cohortName, role: t(`myInvitations.role.${invitation.role}`) })
                    : t('myInvitations.toOrganisation', { organisation: invitation.organisationName, role: t(`myInvitations.role.${invitation.role}`) })}
                </p>
                <p className="invitation-list__actions">
                  <button type="button" className="button" disabled={busy} onClick={() => void answer(invitation.id, invitation.organisationName, true)}>
                    {t('myInvitations.accept')}
                  </button>{' '}
                  <button type="button" className="button button--secondary" disabled={busy} onClick={() => void answer(invitation.id, invitation.organisationName, false)}>
                    {t('myInvitations.decline')}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
