import './offline.css';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../auth/useSession';
import { childContext, useChildMode } from '../children/child-mode';
import type { SavedModule } from './offline-db';
import { forgetUser } from './remembered-user';
import { onSavedChange, removeSavedModule, savedModule, savedModules, saveModule } from './saved-modules';

const sizeOf = (bytes: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: bytes >= 1_000_000 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    bytes >= 1_000_000 ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)),
  );

/**
 * "Save for offline" on an enrolled module: what is saved, when, how much room it takes, and removing it. Answering
 * offline needs an attempt in progress, so when there is none the learner may start one as part of saving.
 */
export function SaveForOffline({ enrolment, onSaved }: { enrolment: Schemas['EnrolmentDetailDto']; onSaved?: () => void }) {
  const { t } = useTranslation('offline');
  const words = childContext(useChildMode());
  const lang = useLanguage();
  const { user } = useSession();
  const checkboxId = useId();
  const [saved, setSaved] = useState<SavedModule>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [startAttempt, setStartAttempt] = useState(false);

  const refresh = useCallback(async () => setSaved(user ? await savedModule(user.id, enrolment.id).catch(() => undefined) : undefined), [user, enrolment.id]);
  useEffect(() => {
    void refresh();
    return onSavedChange(() => void refresh());
  }, [refresh]);
  if (!user) return null;

  const { attemptInProgress, canStartAttempt, passed } = enrolment.assessment;
  const save = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await saveModule(user, enrolment.id, lang, startAttempt);
      setStartAttempt(false);
      onSaved?.();
    } catch {
      setMessage({ text: t('save.failed', words), error: true });
    }
    setBusy(false);
  };
  const remove = async () => {
    await removeSavedModule(enrolment.id);
    if ((await savedModules(user.id)).length === 0) forgetUser();
    setMessage({ text: t('save.removed', words) });
  };

  return (
    <section className="card save-offline" aria-labelledby="save-offline-title">
      <h2 id="save-offline-title">{t('save.title', words)}</h2>
      {saved ? (
        <p>
          {t('save.saved', {
            ...words,
            date: new Date(saved.savedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
            size: sizeOf(saved.bytes, lang),
            language: t(`languages.${saved.language === 'fr' ? 'fr' : 'en'}`),
            withAttempt: saved.attempt ? t('save.withAttempt') : '',
          })}
        </p>
      ) : (
        <p>{t('save.intro', words)}</p>
      )}
      {!attemptInProgress && !passed && canStartAttempt && (
        <p className="save-offline__option">
          <input id={checkboxId} type="checkbox" checked={startAttempt} onChange={(event) => setStartAttempt(event.target.checked)} />{' '}
          <label htmlFor={checkboxId}>{t('save.startAttempt', words)}</label>
        </p>
      )}
      <p className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void save()}>
          {busy ? t('save.saving') : saved ? t('save.update', words) : t('save.button', words)}
        </button>
        {saved && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void remove()}>
            {t('save.remove', words)}
          </button>
        )}
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice--error' : 'notice'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
