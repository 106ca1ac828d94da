import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import './auth.css';
import { ErrorSummary } from './ErrorSummary';
import { inLanguage } from './language-query';
import { PasswordField } from './PasswordField';
import { useLoginForm } from './useLoginForm';

const ID = 'invitation';

/** The page an invitation link opens: the person chooses their password and is logged in. */
export function InvitationPage() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const { token = '' } = useParams();
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
