import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime, formatPercent } from './format';

/** One submitted attempt: when, the score, and each question with the learner's answer, right or wrong. */
export function AttemptReview({ attempt, moduleTitle }: { attempt: Schemas['AttemptReviewDto']; moduleTitle?: string }) {
  const { t } = useTranslation('organisations');
  const lang = useLanguage();
  return (
    <article className="card attempt-review">
      <h3 className="module-card__title">
        {moduleTitle ? t('learner.attemptIn', { module: moduleTitle, number: attempt.number }) : t('learner.attempt', { number: attempt.number })}
      </h3>
      <p className="module-card__meta">
        <span>{formatDateTime(attempt.submittedAt, lang)}</span>
        <span>{t('learner.score', { score: formatPercent(attempt.scorePercent, lang) })}</span>
        <span className={attempt.passed ? 'result--right' : 'result--wrong'}>{attempt.passed ? t('learner.passed') : t('learner.failed')}</span>
      </p>
      <details>
        <summary>{t('learner.answers', { count: attempt.answers.length })}</summary>
        <ol className="result-list">
          {attempt.answers.map((answer, index) => (
            <li key={index}>
              <p className="result-list__prompt">{answer.prompt}</p>
              <p>
                {t('learner.answer')} {answer.answer || t('learner.noAnswer')}
              </p>
              <p className={answer.correct ? 'result--right' : 'result--wrong'}>{answer.correct ? t('learner.right') : t('learner.wrong')}</p>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
