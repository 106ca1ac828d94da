import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { RosterColumnsHelp } from './RosterColumnsHelp';
import { RosterPreview } from './RosterPreview';
import { RosterResult } from './RosterResult';
import { importRoster, previewRoster, readRosterFile, type RosterFile, XLSX_TYPE } from './roster-api';
import { send } from './send';

interface Props {
  organisationId: string;
  cohortId: string;
  onImported: () => void;
}

/** Org admins add people from a spreadsheet: choose a CSV or .xlsx file, read the preview, then import its valid rows. */
export function RosterImport({ organisationId, cohortId, onImported }: Props) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  const [bytes, setBytes] = useState<RosterFile>();
  const [preview, setPreview] = useState<Schemas['RosterPreviewDto']>();
  const [result, setResult] = useState<Schemas['RosterImportResultDto']>();
  const [busy, setBusy] = useState<'reading' | 'importing'>();
  const [problem, setProblem] = useState<string>();
  const [inputKey, setInputKey] = useState(0);
  const path = { organisationId, cohortId };
  const failed = t('common:load.failed');

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(undefined);
    setResult(undefined);
    setProblem(undefined);
    if (!file) return setBytes(undefined);
    setBusy('reading');
    const content = await readRosterFile(file);
    setBytes(content);
    const outcome = await send(() => previewRoster(path, content, lang), failed);
    setBusy(undefined);
    if (outcome.ok) setPreview(outcome.data);
    else setProblem(outcome.message);
  };

  const apply = async () => {
    if (!bytes) return;
    setBusy('importing');
    setProblem(undefined);
    const outcome = await send(() => importRoster(path, bytes, lang), failed);
    setBusy(undefined);
    if (!outcome.ok) return setProblem(outcome.message);
    setResult(outcome.data);
    setPreview(undefined);
    setBytes(undefined);
    setInputKey((key) => key + 1);
    onImported();
  };

  return (
    <section className="org-section roster">
      <h2 id="roster-title">{t('roster.title')}</h2>
      <RosterColumnsHelp id="roster-help" />
      <div className="field">
        <label htmlFor="roster-file">{t('roster.file')}</label>
        <input
          key={inputKey}
          id="roster-file"
          type="file"
          accept={`.csv,.xlsx,text/csv,${XLSX_TYPE}`}
          aria-describedby="roster-help"
          disabled={busy === 'importing'}
          onChange={(event) => void choose(event)}
        />
      </div>
      <p role="status" className="roster__status" aria-live="polite">
        {busy === 'reading' ? t('roster.reading') : busy === 'importing' ? t('roster.importing') : ''}
      </p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {preview && <RosterPreview preview={preview} busy={busy !== undefined} onImport={() => void apply()} />}
      {result && <RosterResult result={result} />}
    </section>
  );
}
