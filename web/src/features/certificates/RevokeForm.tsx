import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';

/** Platform admins revoke a certificate with a reason; the public status list changes at once. */
export function RevokeForm({ code, onRevoked }: { code: string; onRevoked: () => void }) {
  const { t } = useTranslation('certificates');
  const lang = useLanguage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(t('revoke.confirm', { code }))) return;
    const { response, error: failure } = await api.POST('/api/certificates/{code}/revoke', {
      params: { path: { code } },
      body: { reason },
      querySerializer: () => `lang=${lang}`,
    });
    if (response.ok) onRevoked();
    else setError(errorMessage(failure) ?? t('common:load.failed'));
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>{t('revoke.title')}</h2>
      <div className="field">
        <label htmlFor="revoke-reason">{t('revoke.reason')}</label>
        <input id="revoke-reason" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={500} />
      </div>
      {error && <p role="alert">{error}</p>}
      <p>
        <button type="submit" className="button">
          {t('revoke.submit')}
        </button>
      </p>
    </form>
  );
}
