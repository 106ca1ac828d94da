import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage, type Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { describeAnswer } from './describe-answer';
import type { LearnerQuestion } from './questions/types';
import { RereadPointer } from './RereadPointer';

export function AttemptResult({ attempt }: { attempt: Schemas['AttemptDto'] }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const result = attempt.result!;
  const questions = new Map((attempt.questions as unknown as LearnerQuestion[]).map((q) => [q.id, q]));
  const attemptsLeft = result.attemptsAllowed === 0 ? Infinity : result.attemptsAllowed - result.attemptsUsed;
  // The result replaces the form: move focus to it, as a new page would.
  useEffect(() => heading.current?.focus(), []);
  const retry = async () => {
    const { data, error: failure } = await api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: attempt.enrolmentId }, query: { lang } } });
    if (data) navigate(`/attempts/${data.id}`);
    else setError(errorMessage(failure) ?? t('common:load.failed'));
  };
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title" ref={heading} tabIndex={-1} className={result.passed ? 'notice notice--success' : 'notice'}>
        {result.passed ? t('result.passed', { score: result.scorePercent }) : t('result.failed', { score: result.scorePercent, passMark: result.passMark })}
      </h2>
      {result.moduleCompleted && (
        <p className="notice notice--success">
          {t('result.completed')} <Link to="/certificates">{t('result.seeCertificate')}</Link>
        </p>
      )}
      {result.passed && !result.moduleCompleted && (
        <p className="notice">
          {t('result.readLessons')} <Link to={`/learning/${attempt.enrolmentId}`}>{t('result.toModule')}</Link>
        </p>
      )}
      {!result.passed && attemptsLeft > 0 && (
        <p>
          {Number.isFinite(attemptsLeft) && <>{t('result.attemptsLeft', { count: attemptsLeft })} </>}
          <button type="button" className="button" onClick={() => void retry()}>
            {t('result.tryAgain')}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {!result.passed && !result.correctAnswersShown && <p>{t('result.answersHidden')}</p>}
      <ol className="result-list">
        {result.questions.map((item) => {
          const question = questions.get(item.questionId)!;
          return (
            <li key={item.questionId} className="card">
              <p className="result-list__prompt">{question.prompt}</p>
              <p className={item.correct ? 'result--right' : 'result--wrong'}>{item.correct ? `✓ ${t('result.right')}` : `✗ ${t('result.wrong')}`}</p>
              {item.correctAnswer && (
                <p>
                  {t('result.correctAnswer')} {describeAnswer(question, item.correctAnswer, { yes: t('result.true'), no: t('result.false') })}
                </p>
              )}
              {item.feedback && <p>{item.feedback}</p>}
              {!item.correct && <RereadPointer enrolmentId={attempt.enrolmentId} lesson={item.lesson} />}
            </li>
          );
        })}
      </ol>
      <p>
        <Link className="button" to={`/learning/${attempt.enrolmentId}`}>
          {t('result.back')}
        </Link>
      </p>
    </section>
  );
}
