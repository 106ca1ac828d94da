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

const ROUTES = {
  verifyEmail: '/api/auth/email/verify',
  reset: '/api/auth/password/reset',
} as const;

/**
 * The page a mailed link opens (or a reset link an org admin handed over): `verifyEmail` asks for the account's
 * password to confirm the address, `reset` for a new one. Either ends logged in.
 */
export function LinkPasswordPage({ kind }: { kind: keyof typeof ROUTES }) {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const { errors, busy, submit } = useLoginForm(() => api.POST(ROUTES[kind], { body: { token, password }, ...inLanguage(lang) }), '/learning');
  const id = kind === 'reset' ? 'reset' : 'verify-email';

  return (
    <div className="auth-page">
      <h1>{t(`${kind}.title`)}</h1>
      <p>{t(`${kind}.intro`)}</p>
      {errors && <ErrorSummary errors={errors} idPrefix={id} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        <PasswordField
          id={`${id}-password`}
          label={t(kind === 'reset' ? 'fields.newPassword' : 'fields.password')}
          hint={kind === 'reset' ? t('fields.passwordRule') : undefined}
          autoComplete={kind === 'reset' ? 'new-password' : 'current-password'}
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
          required
        />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t(`${kind}.submit`)}
          </button>
        </p>
      </form>
    </div>
  );
}
