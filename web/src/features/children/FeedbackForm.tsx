import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { inLanguage } from '../auth/language-query';

const FACES = [
  { face: 'happy', emoji: '😀' },
  { face: 'neutral', emoji: '😐' },
  { face: 'sad', emoji: '🙁' },
] as const;
type Face = (typeof FACES)[number]['face'];

// Remembered on this device only, so the form is not offered twice; the API keeps no link to the child.
const givenKey = (enrolmentId: string) => `clef.feedback.${enrolmentId}`;

/** After a finished module: an optional, anonymous "what did you think?" with three faces and a free text. */
export function FeedbackForm({ enrolmentId, moduleSlug }: { enrolmentId: string; moduleSlug: string }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const [face, setFace] = useState<Face>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<'sent' | 'already' | undefined>(() => (localStorage.getItem(givenKey(enrolmentId)) ? 'already' : undefined));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!face) return setProblem(t('feedback.chooseFace'));
    setBusy(true);
    setProblem(undefined);
    const outcome = await api
      .POST('/api/children/feedback', { ...inLanguage(lang), body: { moduleSlug, face, ...(text.trim() && { text: text.trim() }) } })
      .catch(() => undefined);
    setBusy(false);
    if (outcome?.response.ok || outcome?.response.status === 409) {
      localStorage.setItem(givenKey(enrolmentId), '1');
      return setDone(outcome.response.ok ? 'sent' : 'already');
    }
    setProblem(outcome ? (errorMessage(outcome.error) ?? t('errors.failed')) : t('errors.offline'));
  };

  return (
    <section className="card child-feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      {done ? (
        <p role="status" className="notice notice--success">
          {done === 'sent' ? t('feedback.thanks') : t('feedback.already')}
        </p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p>{t('feedback.intro')}</p>
          <div role="group" aria-labelledby="feedback-faces" className="child-faces">
            <p id="feedback-faces">{t('feedback.faces')}</p>
            {FACES.map(({ face: value, emoji }) => (
              <button key={value} type="button" className="child-face" aria-pressed={face === value} onClick={() => setFace(value)}>
                <span className="child-face__emoji" aria-hidden="true">
                  {emoji}
                </span>
                <span>{t(`feedback.face_${value}`)}</span>
              </button>
            ))}
          </div>
          <div className="field">
            <label htmlFor="feedback-text">{t('feedback.text')}</label>
            <p id="feedback-text-hint" className="field__hint">
              {t('feedback.textHint')}
            </p>
            <textarea id="feedback-text" rows={3} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} aria-describedby="feedback-text-hint" />
          </div>
          {problem && (
            <p role="alert" className="notice notice--error">
              {problem}
            </p>
          )}
          <p>
            <button type="submit" className="button child-button" disabled={busy}>
              {t('feedback.send')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
