import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

/** The API refuses longer answers. */
const MAX_TEXT = 500;

/** A few words typed by the learner; every keystroke is reported, so nothing typed is lost. */
export function ShortTextQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'short_text'>) {
  const { t } = useTranslation('assessment');
  const childMode = useChildMode();
  const inputId = useId();
  const hintId = useId();
  const text = answer && 'text' in answer ? answer.text : '';
  return (
    <div className="question__group field">
      <label htmlFor={inputId} className="question__prompt">
        {question.prompt}
      </label>
      <p id={hintId} className="question__hint">
        {t('shortText.hint', childContext(childMode))}
      </p>
      <input
        id={inputId}
        type="text"
        className="question__text-input"
        value={text}
        maxLength={MAX_TEXT}
        autoComplete="off"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => onAnswer({ text: event.target.value })}
      />
    </div>
  );
}
