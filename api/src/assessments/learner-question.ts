import type { Question } from '../catalogue/entities/question.entity.js';
import type { Language } from '../common/i18n/language.js';
import type { DrawnQuestion } from './attempt.types.js';

export type LearnerQuestion =
  | { id: string; type: 'single_choice' | 'multiple_choice'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; type: 'true_false'; prompt: string }
  | { id: string; type: 'ordering'; prompt: string; items: { id: string; text: string }[] }
  | { id: string; type: 'matching'; prompt: string; lefts: { id: string; text: string }[]; rights: { id: string; text: string }[] }
  | { id: string; type: 'short_text'; prompt: string };

/** What the learner sees of a question: its texts in their language, in the drawn order, and nothing that gives the answer away. */
export function toLearnerQuestion(question: Question, drawn: DrawnQuestion, language: Language): LearnerQuestion {
  const base = { id: question.id, prompt: question.prompt[language] };
  const { spec } = question;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = 'options' in spec ? spec.options : [];
      const byId = new Map(options.map((o) => [o.id, o]));
      return { ...base, type: question.type, options: (drawn.optionOrder ?? []).map((id) => ({ id, text: byId.get(id)![language] })) };
    }
    case 'ordering': {
      const byId = new Map(('items' in spec ? spec.items : []).map((item) => [item.id, item]));
      return { ...base, type: 'ordering', items: (drawn.itemTokens ?? []).map((t) => ({ id: t.token, text: byId.get(t.itemId)![language] })) };
    }
    case 'matching': {
      const pairs = 'pairs' in spec ? spec.pairs : [];
      const byId = new Map(pairs.map((pair) => [pair.id, pair]));
      return {
        ...base,
        type: 'matching',
        lefts: pairs.map((pair) => ({ id: pair.id, text: pair.left[language] })),
        rights: (drawn.rightTokens ?? []).map((t) => ({ id: t.token, text: byId.get(t.pairId)!.right[language] })),
      };
    }
    case 'true_false':
    case 'short_text':
      return { ...base, type: question.type };
  }
}

/** The right answer in the learner's terms (tokens of this attempt), shown only once allowed. */
export function correctAnswerOf(question: Question, drawn: DrawnQuestion, language: Language): unknown {
  const { spec } = question;
  if ('options' in spec) {
    const ids = spec.options.filter((o) => o.correct).map((o) => o.id);
    return question.type === 'single_choice' ? { optionId: ids[0] } : { optionIds: ids };
  }
  if ('answer' in spec) return { value: spec.answer };
  if ('items' in spec) {
    const tokenOf = new Map((drawn.itemTokens ?? []).map((t) => [t.itemId, t.token]));
    return { itemIds: spec.items.map((item) => tokenOf.get(item.id)) };
  }
  if ('pairs' in spec) {
    const tokenOf = new Map((drawn.rightTokens ?? []).map((t) => [t.pairId, t.token]));
    return { pairs: Object.fromEntries(spec.pairs.map((pair) => [pair.id, tokenOf.get(pair.id)])) };
  }
  return { text: spec.accepted[language][0] };
}
