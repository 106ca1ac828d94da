import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useOutbox } from '../offline/outbox-context';
import { QuestionView } from './questions/QuestionView';
import type { Answer, LearnerQuestion } from './questions/types';
import { submitAttempt } from './submit-attempt';
import { useAnswerSaver } from './useAnswerSaver';
import { useShowResultWhenSent } from './useShowResultWhenSent';

/** The questions of an attempt in progress; answers are saved as given, the submission is sent once. */
export function AttemptForm({ attempt, onSubmitted }: { attempt: Schemas['AttemptDto']; onSubmitted: () => void }) {
  const { t } = useTranslation('assessment');
  const outbox = useOutbox();
  const { answers, answer, status, settleTyping } = useAnswerSaver(attempt, attempt.answers as Record<string, Answer>);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const queued = outbox.entries.some((e) => e.state === 'waiting' && e.op.kind === 'submit' && e.op.attemptId === attempt.id);
  const questions = attempt.questions as unknown as LearnerQuestion[];
  const unanswered = questions.filter((q) => answers[q.id] === undefined).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unanswered > 0 && !window.confirm(t('player.confirmUnanswered', { count: unanswered }))) return;
    setSending(true);
    setError(undefined);
    settleTyping();
    const outcome = await submitAttempt(outbox, attempt, answers);
    setSending(false);
    if (outcome.kind === 'refused') return setError(outcome.message);
    if (outcome.kind === 'sent') onSubmitted();
  };
  useShowResultWhenSent(attempt.id, queued, onSubmitted);

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
          disabled={sending || queued}
          onAnswer={(value) => answer(question.id, value, question.type === 'short_text')}
        />
      ))}
      {queued && (
        <p role="status" className="notice">
          {t(outbox.status === 'session_ended' ? 'player.queuedSessionEnded' : 'player.queued')}
        </p>
      )}
      {error && (
        <p role="alert" className="load-state--error">
          {error}
        </p>
      )}
      <p>
        <button type="submit" className="button" disabled={sending || queued}>
          {sending ? t('player.sending') : t('player.submit')}
        </button>
      </p>
    </form>
  );
}
