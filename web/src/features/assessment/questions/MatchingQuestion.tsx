import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

/** How long a choice must stay put before it is saved: arrow keys on a closed select change it at every press. */
const SETTLE_MS = 1000;

/**
 * Each left-hand item gets a select of the right-hand items; an empty choice removes its pair.
 * A choice is shown at once but handed on (and saved) only once it settles: when the select loses focus, after a
 * short pause, or when the question leaves the screen.
 */
export function MatchingQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'matching'>) {
  const { t } = useTranslation('assessment');
  const childMode = useChildMode();
  const baseId = useId();
  const hintId = useId();
  const [unsettled, setUnsettled] = useState<Record<string, string>>();
  const latest = useRef({ unsettled, onAnswer });
  latest.current = { unsettled, onAnswer };
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pairs = unsettled ?? (answer && 'pairs' in answer ? answer.pairs : {});
  const settle = () => {
    clearTimeout(timer.current);
    const { unsettled: pending, onAnswer: hand } = latest.current;
    if (!pending) return;
    latest.current.unsettled = undefined;
    setUnsettled(undefined);
    hand({ pairs: pending });
  };
  // On leaving the screen (next question, submission), hand on what is still pending.
  useEffect(() => settle, []);
  const choose = (leftId: string, rightId: string) => {
    const next = { ...pairs };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    latest.current.unsettled = next;
    setUnsettled(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(settle, SETTLE_MS);
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
              <select id={selectId} value={pairs[left.id] ?? ''} disabled={disabled} onChange={(event) => choose(left.id, event.target.value)} onBlur={settle}>
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
