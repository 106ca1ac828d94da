import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import type { LearnerQuestion } from '../assessment/questions/types';
import { RereadPointer } from '../assessment/RereadPointer';

/** The result, said kindly: well done, or "nearly there" with a way to read again and try again. */
export function ChildAttemptResult({ attempt }: { attempt: Schemas['AttemptDto'] }) {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = attempt.result!;
  const prompts = new Map((attempt.questions as unknown as LearnerQuestion[]).map((q) => [q.id, q.prompt]));
  const attemptsLeft = result.attemptsAllowed === 0 ? Infinity : result.attemptsAllowed - result.attemptsUsed;
  useEffect(() => heading.current?.focus(), []);
  const retry = async () => {
    const { data, error } = await api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: attempt.enrolmentId }, query: { lang } } });
    if (data) navigate(`/attempts/${data.id}`);
    else setProblem(errorMessage(error) ?? t('errors.failed'));
  };
  return (
    <section aria-labelledby="child-result-title" className="child-result">
      <p className="child-big-emoji" aria-hidden="true">
        {result.passed ? '🏆' : '💪'}
      </p>
      <h2 id="child-result-title" ref={heading} tabIndex={-1}>
        {result.passed ? t('result.passed', { score: result.scorePercent }) : t('result.notYet', { score: result.scorePercent, passMark: result.passMark })}
      </h2>
      {result.moduleCompleted && <p className="notice notice--success">{t('result.completed')}</p>}
      {result.passed && !result.moduleCompleted && <p className="notice">{t('result.readLessons')}</p>}
      {!result.passed && <p>{t('result.keepGoing')}</p>}
      <ol className="result-list">
        {result.questions.map((item) => (
          <li key={item.questionId} className="card">
            <p className="result-list__prompt">{prompts.get(item.questionId)}</p>
            <p className={item.correct ? 'result--right' : 'result--wrong'}>{item.correct ? `✓ ${t('result.right')}` : `✗ ${t('result.wrong')}`}</p>
            {item.feedback && <p>{item.feedback}</p>}
            {!item.correct && <RereadPointer enrolmentId={attempt.enrolmentId} lesson={item.lesson} />}
          </li>
        ))}
      </ol>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <p className="actions">
        {!result.passed && attemptsLeft > 0 && (
          <button type="button" className="button child-button" onClick={() => void retry()}>
            {t('result.tryAgain')}
          </button>
        )}
        <Link className={result.passed ? 'button child-button' : 'button button--secondary'} to={`/learning/${attempt.enrolmentId}`}>
          {t('result.back')}
        </Link>
      </p>
    </section>
  );
}
