import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import './auth.css';
import { ChildEntryLink } from '../children/ChildEntryLink';
import { EmailField } from './EmailField';
import { ErrorSummary } from './ErrorSummary';
import { inLanguage } from './language-query';
import { safeNextPath, withNext } from './next-path';
import { PasswordField } from './PasswordField';
import { useLoginForm } from './useLoginForm';
import { WaitingOnDevice } from '../offline/WaitingOnDevice';

const ID = 'login';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, busy, submit } = useLoginForm(
    () => api.POST('/api/auth/login', { body: { email, password }, ...inLanguage(lang) }),
    safeNextPath(next),
  );

  return (
    <div className="auth-page">
      <h1>{t('login.title')}</h1>
      <WaitingOnDevice />
      {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        <EmailField idPrefix={ID} value={email} onChange={setEmail} error={errors?.fields.email} />
        <PasswordField
          id={`${ID}-password`}
          label={t('fields.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
          required
        />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t('login.submit')}
          </button>
        </p>
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to={withNext('/signup', next)}>{t('login.signup')}</Link>
      </p>
      <ChildEntryLink />
    </div>
  );
}
