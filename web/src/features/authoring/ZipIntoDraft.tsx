import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { Busy } from './Busy';
import { asRawBody } from './send-file';
import type { Draft } from './types';

/** A module zip replaces the whole draft (after a confirmation). */
export function ZipIntoDraft({ slug, saveFirst, revision, onImported }: { slug: string; saveFirst: () => Promise<boolean>; revision: () => number; onImported: (draft: Draft) => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const send = async () => {
    if (!file || !window.confirm(t('zip.confirmReplace'))) return;
    setProblem(undefined);
    if (!(await saveFirst())) return setProblem(t('publish.saveFirst'));
    setBusy(true);
    try {
      const { data, error } = await api.POST('/api/authoring/modules/{slug}/draft/import.zip', { params: { path: { slug }, query: { lang, revision: revision() } }, body: file as never, ...asRawBody('application/zip') });
      if (data) onImported(data);
      else {
        const body = error as { message?: string; details?: { message: string }[] } | undefined;
        setProblem([body?.message ?? t('common:load.failed'), ...(body?.details ?? []).map((d) => d.message)].join(' '));
      }
    } catch {
      setProblem(t('common:load.failed'));
    }
    setBusy(false);
  };
  return (
    <div className="field">
      <label htmlFor="zip-into-draft">{t('zip.intoDraft')}</label>
      <input id="zip-into-draft" type="file" accept=".zip,application/zip" onChange={(event) => setFile(event.target.files?.[0])} />
      <p>
        <button type="button" className="button button--secondary" disabled={!file || busy} onClick={() => void send()}>
          {t('zip.intoDraftSubmit')}
        </button>
      </p>
      {busy && <Busy label={t('zip.sending')} />}
      {problem && <p role="alert" className="notice notice--error">{problem}</p>}
    </div>
  );
}
