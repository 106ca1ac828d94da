import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

/** Each left-hand item gets a select of the right-hand items; an empty choice removes its pair. */
export function MatchingQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'matching'>) {
  const { t } = useTranslation('assessment');
  const childMode = useChildMode();
  const baseId = useId();
  const hintId = useId();
  const pairs = answer && 'pairs' in answer ? answer.pairs : {};
  const choose = (leftId: string, rightId: string) => {
    const next = { ...pairs };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    onAnswer({ pairs: next });
  };
  return (
    <fieldset className="question__group" aria-describedby={hintId}>
      <legend className="question__prompt">{question.prompt}</legend>
      <p id={hintId} className="question__hint">
        {t('matching.hint', childContext(childMode))}
      </p>
      <div className="question__pairs">
        {question.lefts.map((left, index) => {
          const selectId = `${baseId}-${index}`;
          return (
            <div key={left.id} className="field question__pair">
              <label htmlFor={selectId}>{left.text}</label>
              <select id={selectId} value={pairs[left.id] ?? ''} disabled={disabled} onChange={(event) => choose(left.id, event.target.value)}>
                <option value="">{t('matching.choose')}</option>
                {question.rights.map((right) => (
                  <option key={right.id} value={right.id}>
                    {right.text}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
