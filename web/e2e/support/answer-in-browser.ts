import type { Locator, Page } from 'playwright-core';
import { rightAnswers } from './right-answers';

type Choice = { id: string; text: string };
export interface ShownQuestion {
  id: string;
  type: string;
  options?: Choice[];
  items?: Choice[];
  lefts?: Choice[];
  rights?: Choice[];
}

const textOf = (list: Choice[] | undefined, id: unknown) => list!.find((entry) => entry.id === id)!.text;

/** Gives the right answer through the page's own controls, in French, as a learner would. */
export async function answerInBrowser(section: Locator, question: ShownQuestion, right: Record<string, unknown>) {
  switch (question.type) {
    case 'single_choice':
      return section.getByRole('radio', { name: textOf(question.options, right.optionId), exact: true }).check();
    case 'multiple_choice':
      for (const id of right.optionIds as string[]) await section.getByRole('checkbox', { name: textOf(question.options, id), exact: true }).check();
      return;
    case 'true_false':
      return section.getByRole('radio', { name: right.value ? 'Vrai' : 'Faux', exact: true }).check();
    case 'short_text':
      return section.getByRole('textbox').fill(String(right.text));
    case 'matching':
      for (const [left, rightId] of Object.entries(right.pairs as Record<string, string>)) {
        const leftText = textOf(question.lefts, left);
        // Adults get a select per left item; children a group of radio buttons.
        if (await section.getByRole('combobox', { name: leftText, exact: true }).count()) {
          await section.getByRole('combobox', { name: leftText, exact: true }).selectOption({ label: textOf(question.rights, rightId) });
        } else {
          await section.getByRole('group', { name: leftText, exact: true }).getByRole('radio', { name: textOf(question.rights, rightId), exact: true }).check();
        }
      }
      return;
    case 'ordering': {
      const order = question.items!.map((item) => item.id);
      const target = right.itemIds as string[];
      for (const [index, id] of target.entries()) {
        for (let at = order.indexOf(id); at > index; at--) {
          await section.getByRole('button', { name: `Monter : ${textOf(question.items, id)}`, exact: true }).click();
          [order[at - 1], order[at]] = [order[at], order[at - 1]];
        }
      }
      if (target.every((id, i) => question.items![i].id === id)) await section.getByRole('button', { name: 'Garder cet ordre' }).click();
    }
  }
}

/**
 * On an attempt's page, just opened: answers every question rightly, in the order shown (French page), reading the
 * right answers as only the server knows them. `afterEach` runs once each answer is given (the child quiz moves on).
 */
export async function answerAttemptRightly(page: Page, databaseUrl: string, afterEach?: (index: number, count: number) => Promise<void>) {
  await page.waitForURL(/\/attempts\//);
  const attemptId = page.url().split('/attempts/')[1];
  const shown = (await (await page.request.get(`/api/attempts/${attemptId}?lang=fr`)).json()) as { questions: ShownQuestion[] };
  const answers = await rightAnswers(databaseUrl, attemptId);
  for (const [index, question] of shown.questions.entries()) {
    const section = page.getByRole('region', { name: `Question ${index + 1} sur ${shown.questions.length}` });
    await answerInBrowser(section, question, answers.get(question.id)!);
    await afterEach?.(index, shown.questions.length);
  }
}
