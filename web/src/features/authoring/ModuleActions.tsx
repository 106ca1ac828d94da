import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';

/** Export as a zip (current version, or the draft for review), and archive or bring back to the catalogue. */
export function ModuleActions({ slug, archived, published, hasDraft, onChanged }: { slug: string; archived: boolean; published: boolean; hasDraft: boolean; onChanged: () => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  const toggle = async () => {
    if (!window.confirm(archived ? t('archive.confirmUnarchive') : t('archive.confirmArchive'))) return;
    setProblem(undefined);
    const path = archived ? '/api/authoring/modules/{slug}/unarchive' : '/api/authoring/modules/{slug}/archive';
    try {
      const { response, error } = await api.POST(path, { params: { path: { slug }, query: { lang } } });
      if (!response.ok) return setProblem((error as { message?: string } | undefined)?.message ?? t('common:load.failed'));
      setDone(archived ? t('archive.unarchived') : t('archive.archived'));
      onChanged();
    } catch {
      setProblem(t('common:load.failed'));
    }
  };
  const base = `/api/authoring/modules/${encodeURIComponent(slug)}/export.zip`;
  return (
    <section aria-labelledby="editor-actions" className="authoring-section">
      <h2 id="editor-actions">{t('actions.title')}</h2>
      <ul className="plain-list authoring-links">
        {published && (
          <li>
            <a href={base} download>
              {t('zip.exportCurrent')}
            </a>
          </li>
        )}
        {hasDraft && (
          <li>
            <a href={`${base}?draft=1`} download>
              {t('zip.exportDraft')}
            </a>
          </li>
        )}
      </ul>
      {published && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void toggle()}>
            {archived ? t('archive.unarchive') : t('archive.archive')}
          </button>
        </p>
      )}
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
      <p role="status">{done}</p>
    </section>
  );
}
