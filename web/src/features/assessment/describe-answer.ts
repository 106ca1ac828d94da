import type { LearnerQuestion } from './questions/types';

/** The correct answer, in words, from the ids the server sends back once it may. */
export function describeAnswer(question: LearnerQuestion, answer: Record<string, unknown>, truth: { yes: string; no: string }): string {
  const text = (list: { id: string; text: string }[], id: unknown) => list.find((entry) => entry.id === id)?.text ?? '';
  switch (question.type) {
    case 'single_choice':
      return text(question.options, answer.optionId);
    case 'multiple_choice':
      return ((answer.optionIds as string[]) ?? []).map((id) => text(question.options, id)).join(' ; ');
    case 'true_false':
      return answer.value ? truth.yes : truth.no;
    case 'ordering':
      return ((answer.itemIds as string[]) ?? []).map((id, i) => `${i + 1}. ${text(question.items, id)}`).join('  ');
    case 'matching':
      return Object.entries((answer.pairs as Record<string, string>) ?? {})
        .map(([left, right]) => `${text(question.lefts, left)} → ${text(question.rights, right)}`)
        .join(' ; ');
    case 'short_text':
      return String(answer.text ?? '');
  }
}
