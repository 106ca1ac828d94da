import type { Question } from '../catalogue/entities/question.entity.js';
import type { Language } from '../common/i18n/language.js';
import type { DrawnQuestion, LearnerAnswer } from './attempt.types.js';

const TRUTH = { fr: ['Vrai', 'Faux'], en: ['True', 'False'] } as const;

/** A learner's answer in words, in the reader's language, for a trainer reviewing an attempt. */
export function describeAnswer(question: Question, drawn: DrawnQuestion, answer: LearnerAnswer | undefined, language: Language): string {
  if (!answer) return '';
  const { spec } = question;
  if ('options' in spec) {
    const text = (id: string) => spec.options.find((o) => o.id === id)?.[language] ?? '?';
    if ('optionId' in answer) return text(answer.optionId);
    if ('optionIds' in answer) return answer.optionIds.length ? answer.optionIds.map(text).join(' ; ') : '—';
  }
  if ('answer' in spec && 'value' in answer) return TRUTH[language][answer.value ? 0 : 1];
  if ('items' in spec && 'itemIds' in answer) {
    const item = (token: string) => spec.items.find((i) => i.id === drawn.itemTokens?.find((t) => t.token === token)?.itemId)?.[language] ?? '?';
    return answer.itemIds.map((token, index) => `${index + 1}. ${item(token)}`).join(' ; ');
  }
  if ('pairs' in spec && 'pairs' in answer) {
    const right = (token: string) => spec.pairs.find((p) => p.id === drawn.rightTokens?.find((t) => t.token === token)?.pairId)?.right[language] ?? '?';
    return spec.pairs.map((pair) => `${pair.left[language]} → ${answer.pairs[pair.id] ? right(answer.pairs[pair.id]) : '—'}`).join(' ; ');
  }
  if ('text' in answer) return answer.text;
  return '';
}
