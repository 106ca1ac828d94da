import { useId } from 'react';
import type { QuestionInputProps } from './types';

/** One answer among several: a radio group named by the prompt. */
export function SingleChoiceQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'single_choice'>) {
  const name = useId();
  const selected = answer && 'optionId' in answer ? answer.optionId : undefined;
  return (
    <fieldset className="question__group">
      <legend className="question__prompt">{question.prompt}</legend>
      <div className="question__choices">
        {question.options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={selected === option.id}
              disabled={disabled}
              onChange={() => onAnswer({ optionId: option.id })}
            />
            <span className="choice__text">{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
