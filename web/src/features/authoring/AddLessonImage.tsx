import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { Busy } from './Busy';
import { useUpload } from './useUpload';

type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';
const TYPES: ImageType[] = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Adds an image to one language of a lesson: the trainer says what it shows (its text alternative, required), then
 * chooses the file; Clef keeps a resized copy and `![text alternative](images/<hash>.webp)` joins the lesson's text.
 * Images from other sites are not shown by the app, so this is the one way to put a picture in a lesson.
 */
export function AddLessonImage({ slug, language, onAdded }: { slug: string; language: 'fr' | 'en'; onAdded: (markdown: string) => void }) {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const id = useId();
  const inLanguage = t(`inLanguage.${language}`);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  const { progress, send } = useUpload();

  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setDone('');
    setProblem(undefined);
    if (!file) return;
    if (alt.trim() === '') return setProblem(t('lessons.image.altFirst', { inLanguage }));
    if (!TYPES.includes(file.type as ImageType)) return setProblem(t('lessons.image.type'));
    try {
      const result = await send('/api/authoring/modules/{slug}/images', { params: { path: { slug }, query: { lang } }, body: file, contentType: file.type as ImageType });
      if (!result.ok) return setProblem(errorMessage(result.error) ?? t('common:load.failed'));
      // Brackets would end the text alternative early: Markdown reads them escaped.
      onAdded(`![${alt.trim().replace(/([[\]])/g, '\\$1')}](${result.data.ref})`);
      setAlt('');
      setDone(t('lessons.image.added', { inLanguage }));
    } catch {
      setProblem(t('common:load.failed'));
    }
  };

  return (
    <fieldset className="authoring-image">
      <legend>{t('lessons.image.legend', { inLanguage })}</legend>
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t('lessons.image.alt')}</label>
        <p id={`${id}-alt-hint`} className="field__hint">
          {t('lessons.image.altHint')}
        </p>
        <input id={`${id}-alt`} value={alt} onChange={(event) => setAlt(event.target.value)} aria-describedby={`${id}-alt-hint`} maxLength={300} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('lessons.image.file')}</label>
        <input id={`${id}-file`} type="file" accept={TYPES.join(',')} disabled={progress !== undefined} onChange={(event) => void add(event.target)} />
      </div>
      {progress && <Busy progress={progress} />}
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p role="status">{done}</p>
    </fieldset>
  );
}
