import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionInputProps } from './types';

/** A statement to judge: two radios, true then false. */
export function TrueFalseQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'true_false'>) {
  const { t } = useTranslation('assessment');
  const name = useId();
  const selected = answer && 'value' in answer ? answer.value : undefined;
  const choices = [
    { value: true, label: t('trueFalse.true') },
    { value: false, label: t('trueFalse.false') },
  ];
  return (
    <fieldset className="question__group">
      <legend className="question__prompt">{question.prompt}</legend>
      <div className="question__choices question__choices--inline">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice">
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={selected === choice.value}
              disabled={disabled}
              onChange={() => onAnswer({ value: choice.value })}
            />
            <span className="choice__text">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
