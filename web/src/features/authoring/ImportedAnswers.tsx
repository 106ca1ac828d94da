import { useTranslation } from 'react-i18next';
import type { Question } from './types';

/** An imported text is in one language only, the other left empty for a translator. */
const written = (text: { fr: string; en: string }) => text.fr || text.en;

/**
 * The answers an imported question will have, the right ones said in words (not by colour alone), so that the trainer
 * sees before importing what learners will be offered and what will count as right.
 */
export function ImportedAnswers({ question, number }: { question: Question; number: number }) {
  const { t } = useTranslation('authoring');
  const right = <strong className="import-answer__right">{t('import.rightAnswer')}</strong>;
  const label = t('import.answersOf', { number });
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return (
        <ul className="import-answers" aria-label={label}>
          {(question.options ?? []).map((option) => (
            <li key={option.id} className={option.correct ? 'import-answer--right' : undefined}>
              {option.correct ? right : <span className="import-answer__wrong">{t('import.wrongAnswer')}</span>} {written(option)}
            </li>
          ))}
        </ul>
      );
    case 'true_false':
      return (
        <ul className="import-answers" aria-label={label}>
          <li className="import-answer--right">
            {right} {t(question.answer ? 'questions.true' : 'questions.false')}
          </li>
        </ul>
      );
    case 'short_text': {
      const accepted = [...(question.accepted?.fr ?? []), ...(question.accepted?.en ?? [])];
      return (
        <ul className="import-answers" aria-label={label}>
          {accepted.map((text) => (
            <li key={text} className="import-answer--right">
              {right} {text}
            </li>
          ))}
        </ul>
      );
    }
    case 'matching':
      return (
        <ul className="import-answers" aria-label={label}>
          {(question.pairs ?? []).map((pair) => (
            <li key={pair.id}>
              {written(pair.left)} <span aria-hidden="true">→</span>{' '}
              <span className="visually-hidden">{t('import.matchesWith')}</span> {written(pair.right)}
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <ol className="import-answers" aria-label={label}>
          {(question.items ?? []).map((item) => (
            <li key={item.id}>{written(item)}</li>
          ))}
        </ol>
      );
  }
}
