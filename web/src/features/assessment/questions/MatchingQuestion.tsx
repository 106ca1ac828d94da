import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

/** How long a choice made with the keys must stay put before it is saved. */
const SETTLE_MS = 1000;
/** Keys that change a closed select (Chromium fires "change" at every press) or move through a radio group. */
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Each left-hand item gets a select of the right-hand items (radio buttons on a child's screen); an empty choice
 * removes its pair. A choice picked with the mouse or a finger is handed on (and saved) at once; one stepped through
 * with the keys is shown at once but handed on only once it settles: when focus leaves the pair, after a short
 * pause, or when the question leaves the screen.
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
  // Arrow keys move between a group's radio buttons too: the choice settles when focus leaves the pair, not the button.
  const settleOnLeaving = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) settle();
  };
  const stepping = useRef(false);
  const noteKey = (event: KeyboardEvent) => {
    stepping.current = STEPPING_KEYS.has(event.key);
  };
  const choose = (leftId: string, rightId: string) => {
    const next = { ...pairs };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    latest.current.unsettled = next;
    setUnsettled(next);
    clearTimeout(timer.current);
    if (stepping.current) timer.current = setTimeout(settle, SETTLE_MS);
    else settle();
    stepping.current = false;
  };
  return (
    <fieldset className="question__group" aria-describedby={hintId}>
      <legend className="question__prompt">{question.prompt}</legend>
      <p id={hintId} className="question__hint">
        {t('matching.hint', childContext(childMode))}
      </p>
      <div className="question__pairs">
        {question.lefts.map((left, index) => {
          const controlId = `${baseId}-${index}`;
          // A child's screen lists the long right-hand sides as radio buttons whose text wraps; a select would cut them.
          return childMode ? (
            <fieldset key={left.id} className="question__pair question__pair--choices" onBlur={settleOnLeaving} onKeyDown={noteKey}>
              <legend>{left.text}</legend>
              {question.rights.map((right) => (
                <label key={right.id} className="choice">
                  <input
                    type="radio"
                    name={controlId}
                    value={right.id}
                    checked={pairs[left.id] === right.id}
                    disabled={disabled}
                    onChange={() => choose(left.id, right.id)}
                  />
                  <span className="choice__text">{right.text}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <div key={left.id} className="field question__pair" onBlur={settleOnLeaving} onKeyDown={noteKey}>
              <label htmlFor={controlId}>{left.text}</label>
              <select id={controlId} value={pairs[left.id] ?? ''} disabled={disabled} onChange={(event) => choose(left.id, event.target.value)}>
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
