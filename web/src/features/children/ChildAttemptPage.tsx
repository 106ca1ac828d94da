import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { QuestionView } from '../assessment/questions/QuestionView';
import type { Answer, LearnerQuestion } from '../assessment/questions/types';
import { submitAttempt } from '../assessment/submit-attempt';
import { useAnswerSaver } from '../assessment/useAnswerSaver';
import { useShowResultWhenSent } from '../assessment/useShowResultWhenSent';
import { useOutbox } from '../offline/outbox-context';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { ChildAttemptResult } from './ChildAttemptResult';
import { StepPath } from './StepPath';
import { useSession } from '../auth/useSession';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';

const ENCOURAGEMENTS = 5;

/** A child's quiz: one question a screen, a kind word after each saved answer, then a friendly result. */
export function ChildAttemptPage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const { id = '' } = useParams();
  const saved = savedCopies(useSession().user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/attempts/{id}', { params: { path: { id }, query: { lang } }, signal }), () => saved.attempt(id)),
    [id, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const attempt = state.data;
  return (
    <article className="child-page attempt">
      <p className="lesson__context">{attempt.moduleTitle}</p>
      <h1>{t('quiz.title')}</h1>
      {attempt.result ? <ChildAttemptResult attempt={attempt} /> : <OneQuestionAtATime key={attempt.id} attempt={attempt} onSubmitted={reload} />}
    </article>
  );
}

function OneQuestionAtATime({ attempt, onSubmitted }: { attempt: Schemas['AttemptDto']; onSubmitted: () => void }) {
  const { t } = useTranslation('children');
  const outbox = useOutbox();
  const { answers, answer, status, settleTyping } = useAnswerSaver(attempt, attempt.answers as Record<string, Answer>);
  const queued = outbox.entries.some((e) => e.state === 'waiting' && e.op.kind === 'submit' && e.op.attemptId === attempt.id);
  useShowResultWhenSent(attempt.id, queued, onSubmitted);
  const questions = attempt.questions as unknown as LearnerQuestion[];
  const [index, setIndex] = useState(() => Math.max(0, questions.findIndex((q) => answers[q.id] === undefined)));
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const area = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const question = questions[index];
  const answered = answers[question.id] !== undefined;
  const last = index === questions.length - 1;

  // A new question replaces the previous one: its heading takes the focus, as a new page would.
  useEffect(() => {
    if (!moved.current) return;
    const heading = area.current?.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [index]);

  const goTo = (next: number) => {
    moved.current = true;
    setProblem(undefined);
    setIndex(next);
  };
  const forward = () => {
    if (!answered) return setProblem(t('quiz.answerFirst'));
    goTo(index + 1);
  };
  const finish = async () => {
    const missing = questions.findIndex((q) => answers[q.id] === undefined);
    if (missing !== -1) {
      goTo(missing);
      setProblem(t('quiz.missing', { number: missing + 1 }));
      return;
    }
    setSending(true);
    setProblem(undefined);
    settleTyping();
    const outcome = await submitAttempt(outbox, attempt, answers);
    setSending(false);
    if (outcome.kind === 'refused') return setProblem(outcome.message);
    if (outcome.kind === 'sent') onSubmitted();
  };

  return (
    <div className="child-quiz">
      <StepPath steps={questions.map((q, at) => ({ label: t('quiz.question', { number: at + 1 }), done: answers[q.id] !== undefined }))} label={t('quiz.pathLabel')} />
      <div ref={area}>
        <QuestionView
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          answer={answers[question.id]}
          disabled={sending || queued}
          onAnswer={(value) => answer(question.id, value, question.type === 'short_text')}
        />
      </div>
      <p role="status" className="child-encouragement">
        {answered && status === 'saved' ? `🌟 ${t(`encourage.${index % ENCOURAGEMENTS}`)}` : status === 'offline' ? t('quiz.offline') : ''}
      </p>
      {queued && (
        <p role="status" className="notice">
          {t(outbox.status === 'session_ended' ? 'quiz.queuedSessionEnded' : 'quiz.queued')}
        </p>
      )}
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p className="actions">
        {index > 0 && (
          <button type="button" className="button button--secondary" onClick={() => goTo(index - 1)}>
            ← {t('quiz.previous')}
          </button>
        )}
        {last ? (
          <button type="button" className="button child-button" disabled={sending || queued} onClick={() => void finish()}>
            {sending ? t('quiz.sending') : t('quiz.finish')}
          </button>
        ) : (
          <button type="button" className="button child-button" onClick={forward}>
            {t('quiz.next')} →
          </button>
        )}
      </p>
    </div>
  );
}
