import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../../children/child-mode';
import type { QuestionInputProps } from './types';

type Item = { id: string; text: string };
type Direction = 'up' | 'down';

/** The items in the learner's order; ids that are unknown or repeated are ignored, and missing items keep their shown place at the end. */
function inLearnerOrder(items: Item[], itemIds: string[] | undefined): Item[] {
  if (!itemIds) return items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const ordered: Item[] = [];
  for (const id of itemIds) {
    const item = byId.get(id);
    if (item && !placed.has(id)) {
      placed.add(id);
      ordered.push(item);
    }
  }
  return [...ordered, ...items.filter((item) => !placed.has(item.id))];
}

/**
 * Items to put in order with "Move up" / "Move down" buttons (no dragging, so it works by keyboard, touch and
 * screen reader alike). The shown order counts as an answer only once the learner moves an item or keeps it.
 */
export function OrderingQuestion({ question, answer, onAnswer, disabled }: QuestionInputProps<'ordering'>) {
  const { t } = useTranslation('assessment');
  const childMode = useChildMode();
  const hintId = useId();
  const items = inLearnerOrder(question.items, answer && 'itemIds' in answer ? answer.itemIds : undefined);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ itemId: string; direction: Direction } | null>(null);

  useEffect(() => {
    // Reordering the list moves DOM nodes, which drops focus: put it back on the moved item, on the button
    // that was pressed, or on the other one when the item reached the end of the list.
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const other: Direction = pending.direction === 'up' ? 'down' : 'up';
    const pressed = buttons.current.get(`${pending.itemId}:${pending.direction}`);
    const target = pressed && !pressed.disabled ? pressed : buttons.current.get(`${pending.itemId}:${other}`);
    target?.focus();
  });

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to], next[index]];
    pendingFocus.current = { itemId: items[index].id, direction };
    setAnnouncement(t('ordering.moved', { item: items[index].text, position: to + 1, total: items.length }));
    onAnswer({ itemIds: next.map((item) => item.id) });
  };

  const keepOrder = () => {
    setAnnouncement(t('ordering.kept'));
    onAnswer({ itemIds: items.map((item) => item.id) });
  };

  const buttonRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <fieldset className="question__group" aria-describedby={hintId}>
      <legend className="question__prompt">{question.prompt}</legend>
      <p id={hintId} className="question__hint">
        {t('ordering.hint', childContext(childMode))}
      </p>
      <ol className="ordering">
        {items.map((item, index) => (
          <li key={item.id} className="ordering__item">
            <span className="ordering__text">{item.text}</span>
            <span className="ordering__actions">
              <button
                ref={buttonRef(`${item.id}:up`)}
                type="button"
                className="button button--secondary ordering__move"
                aria-label={t('ordering.moveUpItem', { item: item.text })}
                disabled={disabled || index === 0}
                onClick={() => move(index, 'up')}
              >
                <span aria-hidden="true">↑ </span>
                {t('ordering.moveUp')}
              </button>
              <button
                ref={buttonRef(`${item.id}:down`)}
                type="button"
                className="button button--secondary ordering__move"
                aria-label={t('ordering.moveDownItem', { item: item.text })}
                disabled={disabled || index === items.length - 1}
                onClick={() => move(index, 'down')}
              >
                <span aria-hidden="true">↓ </span>
                {t('ordering.moveDown')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary ordering__keep" disabled={disabled} onClick={keepOrder}>
        {t('ordering.keep')}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
