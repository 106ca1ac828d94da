import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import './auth.css';
import { CheckEmailNotice } from './CheckEmailNotice';
import { EmailField } from './EmailField';
import { ErrorSummary } from './ErrorSummary';
import { inLanguage } from './language-query';
import { useCheckEmailForm } from './useCheckEmailForm';

const ID = 'forgot';

/** Asks for a reset link by e-mail; the answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const [email, setEmail] = useState('');
  const { errors, busy, sent, submit } = useCheckEmailForm(() => api.POST('/api/auth/password/forgot', { body: { email }, ...inLanguage(lang) }));

  return (
    <div className="auth-page">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <CheckEmailNotice title={t('forgot.sentTitle')}>
          <p>{t('forgot.sent', { email: email.trim() })}</p>
        </CheckEmailNotice>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
          <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
            <EmailField idPrefix={ID} value={email} onChange={setEmail} error={errors?.fields.email} />
            <p>
              <button type="submit" className="button" disabled={busy}>
                {t('forgot.submit')}
              </button>
            </p>
          </form>
        </>
      )}
      <p>{t('forgot.noEmail')}</p>
    </div>
  );
}
