import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

/** Any number of answers: checkboxes, reported in the order they are shown. */
export function MultipleChoiceQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'multiple_choice'>) {
  const { t } = useTranslation('assessment');
  const childMode = useChildMode();
  const hintId = useId();
  const selected = answer && 'optionIds' in answer ? answer.optionIds : [];
  const toggle = (optionId: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(optionId);
    else next.delete(optionId);
    onAnswer({ optionIds: question.options.map((option) => option.id).filter((id) => next.has(id)) });
  };
  return (
    <fieldset className="question__group" aria-describedby={hintId}>
      <legend className="question__prompt">{question.prompt}</legend>
      <p id={hintId} className="question__hint">
        {t('multipleChoice.hint', childContext(childMode))}
      </p>
      <div className="question__choices">
        {question.options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="checkbox"
              value={option.id}
              checked={selected.includes(option.id)}
              disabled={disabled}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span className="choice__text">{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
