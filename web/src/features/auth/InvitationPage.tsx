import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import './auth.css';
import { ErrorSummary } from './ErrorSummary';
import { inLanguage } from './language-query';
import { MyInvitations } from './MyInvitations';
import { withNext } from './next-path';
import { PasswordField } from './PasswordField';
import { useLoginForm } from './useLoginForm';
import { useSession } from './useSession';

const ID = 'invitation';

/**
 * The page an invitation link opens. An organisation's invitation: log in (or create the account) with the invited
 * address, then accept or decline here. An older link from an organisation that created the account: choose the password.
 */
export function InvitationPage() {
  const { t } = useTranslation('auth');
  const { token = '' } = useParams();
  const { user } = useSession();
  const { state, reload } = useApi((signal) => api.GET('/api/invitations/{token}', { params: { path: { token } }, signal }), [token]);
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  if (state.data.kind === 'password') return <ChoosePassword token={token} />;
  const here = `/invitation/${token}`;
  return (
    <div className="auth-page">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.organisationIntro', { organisation: state.data.organisationName ?? '', email: state.data.email ?? '' })}</p>
      {user ? (
        <MyInvitations />
      ) : (
        <p>
          <Link className="button" to={withNext('/login', here)}>
            {t('invitation.login')}
          </Link>{' '}
          <Link className="button button--secondary" to={withNext('/signup', here)}>
            {t('invitation.signup')}
          </Link>
        </p>
      )}
    </div>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const [password, setPassword] = useState('');
  const { errors, busy, submit } = useLoginForm(
    () => api.POST('/api/auth/invitations/accept', { body: { token, password }, ...inLanguage(lang) }),
    '/learning',
  );
  return (
    <div className="auth-page">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        <PasswordField
          id={`${ID}-password`}
          label={t('fields.password')}
          hint={t('fields.passwordRule')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
          required
        />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t('invitation.submit')}
          </button>
        </p>
      </form>
    </div>
  );
}
