import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Throws the draft away. A published module keeps its current version; a module never published is nothing but its
 * draft, so the API removes it too (the page then goes back to the list).
 */
export function DiscardDraft({
  slug,
  currentVersion,
  halt,
  resume,
  revision,
  onDiscarded,
}: {
  slug: string;
  currentVersion: number | null;
  /** Stops autosaving once a save in flight has finished, so the revision sent is the server's. */
  halt: () => Promise<void>;
  /** Autosaves again when the discard did not happen. */
  resume: () => void;
  revision: () => number;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const published = currentVersion !== null;
  const discard = async () => {
    if (!window.confirm(published ? t('discard.confirmPublished') : t('discard.confirmNew'))) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await halt();
      const { response, error } = await api.DELETE('/api/authoring/modules/{slug}/draft', { params: { path: { slug }, query: { revision: revision(), lang } } });
      if (response.ok) return onDiscarded();
      setProblem((error as { message?: string } | undefined)?.message ?? t('common:load.failed'));
    } catch {
      setProblem(t('common:load.failed'));
    }
    resume();
    setBusy(false);
  };
  return (
    <section aria-labelledby="editor-discard" className="authoring-section">
      <h2 id="editor-discard">{t('discard.title')}</h2>
      <p>{published ? t('discard.leadPublished', { version: currentVersion }) : t('discard.leadNew')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => void discard()} disabled={busy}>
          {t('discard.submit')}
        </button>
      </p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
    </section>
  );
}
