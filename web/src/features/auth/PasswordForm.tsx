import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { callApi } from './call-api';
import { ErrorSummary } from './ErrorSummary';
import type { FormErrors } from './form-errors';
import { inLanguage } from './language-query';
import { PasswordField } from './PasswordField';
import { useSession } from './useSession';

const ID = 'password';

export function PasswordForm() {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const { setUser } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setChanged(false);
    const outcome = await callApi(
      () => api.PUT('/api/me/password', { body: { currentPassword, newPassword }, ...inLanguage(lang) }),
      t('errors.failed'),
    );
    setBusy(false);
    if (!outcome.ok) {
      if (outcome.status === 401) return setUser(null);
      const { message, fields } = outcome.errors;
      // The API answers a wrong current password with a message alone: show it by that field too.
      const wrongCurrent = outcome.status === 400 && Object.keys(fields).length === 0;
      return setErrors(wrongCurrent ? { message, fields: { currentPassword: message } } : outcome.errors);
    }
    setErrors(null);
    setCurrentPassword('');
    setNewPassword('');
    setChanged(true);
  }

  return (
    <section aria-labelledby={`${ID}-title`}>
      <h2 id={`${ID}-title`}>{t('account.password')}</h2>
      {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        <PasswordField
          id={`${ID}-currentPassword`}
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors?.fields.currentPassword}
          required
        />
        <PasswordField
          id={`${ID}-newPassword`}
          label={t('fields.newPassword')}
          hint={t('fields.passwordRule')}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={errors?.fields.newPassword}
          minLength={8}
          maxLength={200}
          required
        />
        <p className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('account.changePassword')}
          </button>
        </p>
        <p role="status" className="form-status">
          {changed ? t('account.passwordChanged') : ''}
        </p>
      </form>
    </section>
  );
}
