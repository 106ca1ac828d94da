import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { callApi } from './call-api';
import { ErrorSummary } from './ErrorSummary';
import type { FormErrors } from './form-errors';
import { inLanguage } from './language-query';
import { LanguageField } from './LanguageField';
import type { User } from './session-context';
import { TextField } from './TextField';
import { useSession } from './useSession';
import { useApplyUser } from './useApplyUser';

const ID = 'profile';

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation('auth');
  const lang = useLanguage();
  const { setUser } = useSession();
  const applyUser = useApplyUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  // Follows the saved preference (which the header's language switch also changes) until the person picks one here.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const preferredLanguage = chosenLanguage ?? user.preferredLanguage;
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const outcome = await callApi(
      () => api.PATCH('/api/me', { body: { displayName, preferredLanguage }, ...inLanguage(lang) }),
      t('errors.failed'),
    );
    setBusy(false);
    if (!outcome.ok) {
      if (outcome.status === 401) return setUser(null);
      return setErrors(outcome.errors);
    }
    setErrors(null);
    setChosenLanguage(null);
    setDisplayName(outcome.data.displayName);
    applyUser(outcome.data);
    setSaved(true);
  }

  return (
    <section aria-labelledby={`${ID}-title`}>
      <h2 id={`${ID}-title`}>{t('account.profile')}</h2>
      {errors && <ErrorSummary errors={errors} idPrefix={ID} />}
      <form className="auth-form" noValidate onSubmit={submit} aria-busy={busy}>
        {user.email && <p className="account-email">{t('account.email', { email: user.email })}</p>}
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
        <LanguageField id={`${ID}-preferredLanguage`} value={preferredLanguage} onChange={setChosenLanguage} error={errors?.fields.preferredLanguage} />
        <p className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('account.save')}
          </button>
        </p>
        <p role="status" className="form-status">
          {saved ? t('account.saved') : ''}
        </p>
      </form>
    </section>
  );
}
