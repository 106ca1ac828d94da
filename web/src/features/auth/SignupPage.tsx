import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import './auth.css';
import { CheckEmailNotice } from './CheckEmailNotice';
import { EmailField } from './EmailField';
import { ErrorSummary } from './ErrorSummary';
import { inLanguage } from './language-query';
import { LanguageField } from './LanguageField';
import { withNext } from './next-path';
import { PasswordField } from './PasswordField';
import { TextField } from './TextField';
import { useCheckEmailForm } from './useCheckEmailForm';

const ID = 'signup';

export function SignupPage() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Follows the interface language until the person picks one.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const preferredLanguage = chosenLanguage ?? lang;
  const { errors, busy, sent, submit } = useCheckEmailForm(() =>
    api.POST('/api/auth/signup', { body: { displayName, email, password, preferredLanguage }, ...inLanguage(lang) }),
  );

  // The same answer comes for a taken address as for a new one: what happens next is told by e-mail.
  if (sent) {
    return (
      <div className="auth-page">
        <h1>{t('signup.title')}</h1>
        <CheckEmailNotice title={t('signup.sentTitle')}>
          <p>{t('signup.sent', { email: email.trim() })}</p>
          <p>{t('signup.sentSpam')}</p>
        </CheckEmailNotice>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <h1>{t('signup.title')}</h1>
      {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        <TextField
          id={`${ID}-displayName`}
          label={t('fields.displayName')}
          hint={t('fields.displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          error={errors?.fields.displayName}
          autoComplete="name"
          maxLength={80}
          required
        />
        <EmailField idPrefix={ID} value={email} onChange={setEmail} error={errors?.fields.email} />
        <PasswordField
          id={`${ID}-password`}
          label={t('fields.password')}
          hint={t('fields.passwordRule')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
          minLength={8}
          maxLength={200}
          required
        />
        <LanguageField
          id={`${ID}-preferredLanguage`}
          value={preferredLanguage}
          onChange={setChosenLanguage}
          error={errors?.fields.preferredLanguage}
        />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {t('signup.submit')}
          </button>
        </p>
      </form>
      <p>
        {t('signup.haveAccount')} <Link to={withNext('/login', next)}>{t('signup.login')}</Link>
      </p>
    </div>
  );
}
