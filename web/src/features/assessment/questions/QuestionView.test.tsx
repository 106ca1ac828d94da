import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../i18n/i18n';
import { ChildModeContext } from '../../children/child-mode';
import { QuestionView } from './QuestionView';
import type { Answer, LearnerQuestion } from './types';

const singleChoice: LearnerQuestion = {
  id: 'q1',
  type: 'single_choice',
  prompt: 'Which text guarantees the rights of the child?',
  options: [
    { id: 'o1', text: 'The Convention on the Rights of the Child' },
    { id: 'o2', text: 'The Highway Code' },
  ],
};
const multipleChoice: LearnerQuestion = {
  id: 'q2',
  type: 'multiple_choice',
  prompt: 'Which are rights of the child?',
  options: [
    { id: 'a', text: 'To be heard' },
    { id: 'b', text: 'To drive a car' },
    { id: 'c', text: 'To play' },
  ],
};
const trueFalse: LearnerQuestion = { id: 'q3', type: 'true_false', prompt: 'A child may express an opinion.' };
const ordering: LearnerQuestion = {
  id: 'q4',
  type: 'ordering',
  prompt: 'Put the steps in order.',
  items: [
    { id: 'i1', text: 'Listen' },
    { id: 'i2', text: 'Write it down' },
    { id: 'i3', text: 'Report' },
  ],
};
const matching: LearnerQuestion = {
  id: 'q5',
  type: 'matching',
  prompt: 'Match each article with its subject.',
  lefts: [
    { id: 'l1', text: 'Article 12' },
    { id: 'l2', text: 'Article 31' },
  ],
  rights: [
    { id: 'r1', text: 'Leisure and play' },
    { id: 'r2', text: 'Being heard' },
  ],
};
const shortText: LearnerQuestion = { id: 'q6', type: 'short_text', prompt: 'Which article protects the right to be heard?' };
const allQuestions = [singleChoice, multipleChoice, trueFalse, ordering, matching, shortText];

let en: I18n;
let fr: I18n;
beforeAll(async () => {
  en = await initI18n('en');
  fr = await initI18n('fr');
});

/** Renders a question the way the player will: the answer lives in the parent and comes back as a prop. */
function renderQuestion(
  question: LearnerQuestion,
  { i18n = en, initial, disabled = false, childMode = false }: { i18n?: I18n; initial?: Answer; disabled?: boolean; childMode?: boolean } = {},
) {
  const onAnswer = vi.fn<(answer: Answer) => void>();
  function Player() {
    const [answer, setAnswer] = useState<Answer | undefined>(initial);
    return (
      <QuestionView
        question={question}
        answer={answer}
        onAnswer={(next) => {
          onAnswer(next);
          setAnswer(next);
        }}
        disabled={disabled}
        number={3}
        total={8}
      />
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <ChildModeContext.Provider value={childMode}>
        <Player />
      </ChildModeContext.Provider>
    </I18nextProvider>,
  );
  return onAnswer;
}

const listedTexts = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.ordering__text')?.textContent);

describe('QuestionView', () => {
  it('shows the question number as a heading that names the question', () => {
    renderQuestion(singleChoice);
    expect(screen.getByRole('heading', { level: 2, name: 'Question 3 of 8' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Question 3 of 8' })).toBeTruthy();
  });

  it('single choice: a radio group named by the prompt reports the chosen option', () => {
    const onAnswer = renderQuestion(singleChoice);
    const group = screen.getByRole('group', { name: singleChoice.prompt });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.checked)).toEqual([false, false]);
    expect(onAnswer).not.toHaveBeenCalled();

    fireEvent.click(within(group).getByRole('radio', { name: 'The Highway Code' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionId: 'o2' });
    fireEvent.click(within(group).getByRole('radio', { name: 'The Convention on the Rights of the Child' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionId: 'o1' });
    expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
  });

  it('single choice: shows an answer given earlier', () => {
    renderQuestion(singleChoice, { initial: { optionId: 'o2' } });
    expect((screen.getByRole('radio', { name: 'The Highway Code' }) as HTMLInputElement).checked).toBe(true);
  });

  it('multiple choice: checkboxes report every ticked option, in the order shown', () => {
    const onAnswer = renderQuestion(multipleChoice);
    const group = screen.getByRole('group', { name: multipleChoice.prompt, description: 'Select all that apply.' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'To play' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionIds: ['c'] });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'To be heard' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionIds: ['a', 'c'] });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'To play' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionIds: ['a'] });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'To be heard' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ optionIds: [] });
  });

  it('true/false: two radios report a boolean', () => {
    const onAnswer = renderQuestion(trueFalse);
    const group = screen.getByRole('group', { name: trueFalse.prompt });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    fireEvent.click(within(group).getByRole('radio', { name: 'False' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ value: false });
    fireEvent.click(within(group).getByRole('radio', { name: 'True' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ value: true });
    expect((within(group).getByRole('radio', { name: 'True' }) as HTMLInputElement).checked).toBe(true);
  });

  it('ordering: the move buttons move items, keep focus on the moved item and announce its position', () => {
    const onAnswer = renderQuestion(ordering);
    expect(listedTexts()).toEqual(['Listen', 'Write it down', 'Report']);
    expect(onAnswer).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Move up: Listen' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move down: Report' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Move down: Listen' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ itemIds: ['i2', 'i1', 'i3'] });
    expect(listedTexts()).toEqual(['Write it down', 'Listen', 'Report']);
    expect(screen.getByRole('status').textContent).toBe('“Listen” is now in position 2 of 3.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: Listen' }));

    // At the end of the list its Move down button is disabled, so focus goes to Move up.
    fireEvent.click(screen.getByRole('button', { name: 'Move down: Listen' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ itemIds: ['i2', 'i3', 'i1'] });
    expect(listedTexts()).toEqual(['Write it down', 'Report', 'Listen']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: Listen' }));

    fireEvent.click(screen.getByRole('button', { name: 'Move up: Report' }));
    expect(onAnswer).toHaveBeenLastCalledWith({ itemIds: ['i3', 'i2', 'i1'] });
    expect(screen.getByRole('status').textContent).toBe('“Report” is now in position 1 of 3.');
  });

  it('ordering: "Keep this order" reports the order shown without moving anything', () => {
    const onAnswer = renderQuestion(ordering);
    fireEvent.click(screen.getByRole('button', { name: 'Keep this order' }));
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenLastCalledWith({ itemIds: ['i1', 'i2', 'i3'] });
    expect(screen.getByRole('status').textContent).toBe('Order kept.');
  });

  it("ordering: shows the learner's earlier order, ignoring unknown ids and keeping missing items", () => {
    renderQuestion(ordering, { initial: { itemIds: ['i3', 'zz', 'i1', 'i3'] } });
    expect(listedTexts()).toEqual(['Report', 'Listen', 'Write it down']);
  });

  it('matching: one labelled select per left item, with an empty "Choose…" option', () => {
    const onAnswer = renderQuestion(matching);
    const first = screen.getByRole('combobox', { name: 'Article 12' }) as HTMLSelectElement;
    const second = screen.getByRole('combobox', { name: 'Article 31' }) as HTMLSelectElement;
    expect(within(first).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose…', 'Leisure and play', 'Being heard']);
    expect(first.value).toBe('');

    // Picked with the mouse or a finger: handed on at once.
    fireEvent.change(first, { target: { value: 'r2' } });
    expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l1: 'r2' } });
    fireEvent.change(second, { target: { value: 'r1' } });
    expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l1: 'r2', l2: 'r1' } });
    fireEvent.change(first, { target: { value: '' } });
    expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l2: 'r1' } });
    expect(second.value).toBe('r1');
  });

  it('matching: a choice moved through with the arrow keys is handed on once, when it settles', () => {
    vi.useFakeTimers();
    try {
      const onAnswer = renderQuestion(matching);
      const first = screen.getByRole('combobox', { name: 'Article 12' }) as HTMLSelectElement;
      // Chromium fires "change" at every arrow key on a closed select.
      const arrow = (value: string) => {
        fireEvent.keyDown(first, { key: 'ArrowDown' });
        fireEvent.change(first, { target: { value } });
      };
      ['r1', 'r2', 'r1'].forEach(arrow);
      expect(first.value).toBe('r1');
      expect(onAnswer).not.toHaveBeenCalled();
      fireEvent.blur(first);
      expect(onAnswer).toHaveBeenCalledTimes(1);
      expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l1: 'r1' } });

      // Left alone without leaving the select: handed on after a pause, once.
      ['r2', ''].forEach(arrow);
      act(() => vi.runAllTimers());
      expect(onAnswer).toHaveBeenCalledTimes(2);
      expect(onAnswer).toHaveBeenLastCalledWith({ pairs: {} });
      fireEvent.blur(first);
      expect(onAnswer).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('matching for a child: every right-hand text in full, as radio buttons grouped by left item, saved once focus leaves the group', () => {
    const onAnswer = renderQuestion(matching, { i18n: fr, childMode: true });
    expect(screen.queryByRole('combobox')).toBeNull();
    const group = screen.getByRole('group', { name: 'Article 12' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual(['Leisure and play', 'Being heard']);
    // Arrow keys move the choice through the group: nothing is handed on until focus leaves it.
    const play = within(group).getByRole('radio', { name: 'Leisure and play' });
    const heard = within(group).getByRole('radio', { name: 'Being heard' });
    fireEvent.keyDown(play, { key: 'ArrowDown' });
    fireEvent.click(play);
    fireEvent.blur(play, { relatedTarget: heard });
    fireEvent.keyDown(heard, { key: 'ArrowDown' });
    fireEvent.click(heard);
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.blur(within(group).getByRole('radio', { name: 'Being heard' }));
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l1: 'r2' } });
    expect((heard as HTMLInputElement).checked).toBe(true);
    // A tap is saved at once.
    fireEvent.click(play);
    expect(onAnswer).toHaveBeenCalledTimes(2);
    expect(onAnswer).toHaveBeenLastCalledWith({ pairs: { l1: 'r1' } });
  });

  it('short text: a text input labelled by the prompt reports what is typed', () => {
    const onAnswer = renderQuestion(shortText);
    const input = screen.getByRole('textbox', { name: shortText.prompt }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Article' } });
    expect(onAnswer).toHaveBeenLastCalledWith({ text: 'Article' });
    fireEvent.change(input, { target: { value: 'Article 12' } });
    expect(onAnswer).toHaveBeenLastCalledWith({ text: 'Article 12' });
    expect(input.value).toBe('Article 12');
  });

  it.each(allQuestions.map((question) => [question.type, question] as const))('%s: disabled disables every control', (_type, question) => {
    const { container } = render(
      <I18nextProvider i18n={en}>
        <QuestionView question={question} answer={undefined} onAnswer={() => {}} disabled number={1} total={6} />
      </I18nextProvider>,
    );
    const controls = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')];
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.filter((control) => !control.disabled)).toEqual([]);
  });

  it('speaks French', () => {
    renderQuestion(multipleChoice, { i18n: fr });
    expect(screen.getByRole('heading', { name: 'Question 3 sur 8' })).toBeTruthy();
    expect(screen.getByText('Sélectionnez toutes les réponses justes.')).toBeTruthy();
  });

  it('speaks French for every type of control', () => {
    for (const question of [trueFalse, ordering, matching]) renderQuestion(question, { i18n: fr });
    expect(screen.getByRole('radio', { name: 'Vrai' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Faux' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Monter : Write it down' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descendre : Write it down' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Garder cet ordre' })).toBeTruthy();
    expect(screen.getAllByRole('option', { name: 'Choisir…' })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Descendre : Listen' }));
    expect(screen.getByRole('status').textContent).toBe('« Listen » est maintenant en position 2 sur 3.');
  });
});
