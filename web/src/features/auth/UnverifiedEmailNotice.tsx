import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { callApi } from './call-api';
import { inLanguage } from './language-query';
import type { User } from './session-context';

/** Tells an adult whose address is unconfirmed what that means, and sends a new confirmation link on request. */
export function UnverifiedEmailNotice({ user }: { user: User }) {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | string>('idle');
  if (user.emailVerified || !user.email) return null;
  const resend = async () => {
    setState('busy');
    const outcome = await callApi(() => api.POST('/api/auth/email/verification', inLanguage(lang)), t('errors.failed'));
    setState(outcome.ok ? 'sent' : outcome.errors.message);
  };
  return (
    <div className="notice notice--warning">
      <p>{t('unverified.notice')}</p>
      <p>
        <button type="button" className="button button--secondary" disabled={state === 'busy' || state === 'sent'} onClick={() => void resend()}>
          {t('unverified.resend')}
        </button>
      </p>
      <p role="status" className="form-status">
        {state === 'sent' ? t('unverified.sent', { email: user.email }) : state !== 'idle' && state !== 'busy' ? state : ''}
      </p>
    </div>
  );
}
