import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { Busy } from './Busy';
import { ImportPreview } from './ImportPreview';
import { readTextFile } from './read-text-file';
import type { Draft } from './types';
import type { UploadPath, UploadResult } from './upload';
import { useUpload } from './useUpload';

type Preview = Schemas['ImportPreviewDto'];
type Format = 'moodle-xml' | 'gift';

const contentType = (format: Format) => (format === 'gift' ? 'text/plain' : 'application/xml');

/**
 * A question bank from Moodle XML or GIFT: first a preview of every question (created and what it loses, or why not,
 * with its line), nothing saved; then all importable questions are added to the pool at once, marked for translation,
 * unless the pool would pass its limit.
 */
export function ImportQuestions({ slug, saveFirst, revision, onImported }: { slug: string; saveFirst: () => Promise<boolean>; revision: () => number; onImported: (draft: Draft) => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const [format, setFormat] = useState<Format>('moodle-xml');
  const [language, setLanguage] = useState<'fr' | 'en'>(lang);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const { progress, send } = useUpload();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  // How the chosen file was decoded when it was not UTF-8, or why it could not be.
  const [readAs, setReadAs] = useState<{ note?: string; problem?: string }>();
  // Progress and problems show under the button that started the upload, where the trainer is looking (the preview may be long).
  const [sentBy, setSentBy] = useState<'preview' | 'confirm'>();
  const underButton = (button: 'preview' | 'confirm') =>
    sentBy === button && (
      <>
        {progress && <Busy progress={progress} />}
        {problem && <p role="alert" className="notice notice--error">{problem}</p>}
      </>
    );

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readTextFile(file);
    setPreview(undefined);
    if ('unknownEncoding' in read) {
      setText('');
      setReadAs({ problem: t('import.unknownEncoding', { encoding: read.unknownEncoding }) });
      return;
    }
    setText(read.text);
    setReadAs(read.encoding === 'utf-8' ? undefined : { note: t('import.readAs', { encoding: read.encoding.toUpperCase().replace(/^WINDOWS/, 'Windows') }) });
    if (file.name.toLowerCase().endsWith('.gift') || file.name.toLowerCase().endsWith('.txt')) setFormat('gift');
    if (file.name.toLowerCase().endsWith('.xml')) setFormat('moodle-xml');
  };

  const run = async <P extends UploadPath>(request: () => Promise<UploadResult<P>>) => {
    setProblem(undefined);
    try {
      const result = await request();
      if (result.ok) return result.data;
      setProblem(errorMessage(result.error) ?? t('common:load.failed'));
    } catch {
      setProblem(t('common:load.failed'));
    }
    return undefined;
  };

  const showPreview = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    setSentBy('preview');
    const data = await run(() => send('/api/authoring/modules/{slug}/draft/import/preview', { params: { path: { slug }, query: { format, language, lang } }, body: text, contentType: contentType(format) }));
    setPreview(data);
  };

  const confirm = async () => {
    setSentBy('confirm');
    if (!(await saveFirst())) return setProblem(t('publish.saveFirst'));
    const data = await run(() => send('/api/authoring/modules/{slug}/draft/import', { params: { path: { slug }, query: { format, language, lang, revision: revision() } }, body: text, contentType: contentType(format) }));
    if (!data) return;
    onImported(data.draft);
    setPreview(undefined);
    setText('');
    setDone(t('import.done', { count: data.ready }));
  };

  return (
    <section aria-labelledby="editor-import" className="authoring-section">
      <h2 id="editor-import">{t('import.title')}</h2>
      <form onSubmit={(event) => void showPreview(event)}>
        <div className="authoring-row">
          <div className="field">
            <label htmlFor="import-format">{t('import.format')}</label>
            <select id="import-format" value={format} onChange={(event) => setFormat(event.target.value as Format)}>
              <option value="moodle-xml">{t('import.moodle')}</option>
              <option value="gift">{t('import.gift')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-language">{t('import.language')}</label>
            <select id="import-language" value={language} onChange={(event) => setLanguage(event.target.value as 'fr' | 'en')}>
              <option value="fr">{t('language.fr')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" type="file" accept=".xml,.gift,.txt,text/xml,application/xml,text/plain" aria-describedby="import-file-read" onChange={(event) => void readFile(event.target.files?.[0])} />
          <p id="import-file-read" role="status" className={readAs?.problem ? 'notice notice--error' : readAs?.note ? 'notice' : undefined}>
            {readAs?.problem ?? readAs?.note}
          </p>
        </div>
        <div className="field">
          <label htmlFor="import-text">{t('import.paste')}</label>
          <textarea id="import-text" rows={6} value={text} spellCheck={false} onChange={(event) => { setText(event.target.value); setPreview(undefined); }} />
        </div>
        <p>
          <button type="submit" className="button button--secondary" disabled={progress !== undefined || text.trim() === ''}>
            {t('import.preview')}
          </button>
        </p>
        {underButton('preview')}
      </form>
      <p role="status">{done}</p>
      {preview && (
        <div aria-live="polite">
          <ImportPreview preview={preview} />
          {preview.refusal ? (
            <p className="notice notice--error">{preview.refusal}</p>
          ) : (
            preview.ready > 0 && (
              <p>
                <button type="button" className="button" onClick={() => void confirm()} disabled={progress !== undefined}>
                  {t('import.confirm', { count: preview.ready })}
                </button>
              </p>
            )
          )}
          {underButton('confirm')}
        </div>
      )}
    </section>
  );
}
