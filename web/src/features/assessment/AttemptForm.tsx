import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { QuestionView } from './questions/QuestionView';
import type { Answer, LearnerQuestion } from './questions/types';
import { useAnswerSaver } from './useAnswerSaver';

const keyStorage = (attemptId: string) => `clef.attempt.${attemptId}.submission`;
// crypto.randomUUID exists only on HTTPS and localhost; getRandomValues works on plain-HTTP intranets too.
const newSubmissionKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The questions of an attempt in progress; answers are saved as given, the submission is sent once. */
export function AttemptForm({ attempt, onSubmitted }: { attempt: Schemas['AttemptDto']; onSubmitted: () => void }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const { answers, answer, status, forget } = useAnswerSaver(attempt.id, attempt.answers as Record<string, Answer>);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const questions = attempt.questions as unknown as LearnerQuestion[];
  const unanswered = questions.filter((q) => answers[q.id] === undefined).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unanswered > 0 && !window.confirm(t('player.confirmUnanswered', { count: unanswered }))) return;
    // One key per attempt, kept across reloads: a retried submission is recognised, never graded twice.
    const submissionKey = localStorage.getItem(keyStorage(attempt.id)) ?? newSubmissionKey();
    localStorage.setItem(keyStorage(attempt.id), submissionKey);
    setSending(true);
    setError(undefined);
    const result = await api
      .POST('/api/attempts/{id}/submit', { params: { path: { id: attempt.id }, query: { lang } }, body: { submissionKey, answers } })
      .catch(() => undefined);
    setSending(false);
    if (result?.data) {
      forget();
      localStorage.removeItem(keyStorage(attempt.id));
      onSubmitted();
    } else setError(errorMessage(result?.error) ?? t('player.submitFailed'));
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="attempt__form" noValidate>
      <p className="attempt__status" role="status">
        {t(`player.save.${status}`)}
      </p>
      {questions.map((question, index) => (
        <QuestionView
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          answer={answers[question.id]}
          disabled={sending}
          onAnswer={(value) => answer(question.id, value, question.type === 'short_text')}
        />
      ))}
      {error && (
        <p role="alert" className="load-state--error">
          {error}
        </p>
      )}
      <p>
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('player.sending') : t('player.submit')}
        </button>
      </p>
    </form>
  );
}
