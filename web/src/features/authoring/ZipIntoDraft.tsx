import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { Busy } from './Busy';
import type { Draft } from './types';
import { useUpload } from './useUpload';

/** A module zip replaces the whole draft (after a confirmation). */
export function ZipIntoDraft({ slug, saveFirst, revision, onImported }: { slug: string; saveFirst: () => Promise<boolean>; revision: () => number; onImported: (draft: Draft) => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [file, setFile] = useState<File>();
  const { progress, send } = useUpload();
  const [problem, setProblem] = useState<string>();
  const replaceDraft = async () => {
    if (!file || !window.confirm(t('zip.confirmReplace'))) return;
    setProblem(undefined);
    if (!(await saveFirst())) return setProblem(t('publish.saveFirst'));
    try {
      const result = await send('/api/authoring/modules/{slug}/draft/import.zip', { params: { path: { slug }, query: { lang, revision: revision() } }, body: file, contentType: 'application/zip' });
      if (result.ok) onImported(result.data);
      else {
        const body = result.error as { message?: string; details?: { message: string }[] } | undefined;
        setProblem([body?.message ?? t('common:load.failed'), ...(body?.details ?? []).map((d) => d.message)].join(' '));
      }
    } catch {
      setProblem(t('common:load.failed'));
    }
  };
  return (
    <div className="field">
      <label htmlFor="zip-into-draft">{t('zip.intoDraft')}</label>
      <input id="zip-into-draft" type="file" accept=".zip,application/zip" onChange={(event) => setFile(event.target.files?.[0])} />
      <p>
        <button type="button" className="button button--secondary" disabled={!file || progress !== undefined} onClick={() => void replaceDraft()}>
          {t('zip.intoDraftSubmit')}
        </button>
      </p>
      {progress && <Busy progress={progress} />}
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
    </div>
  );
}
