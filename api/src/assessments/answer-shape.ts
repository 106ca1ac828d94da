import type { QuestionType } from '../content/content.types.js';
import type { LearnerAnswer } from './attempt.types.js';

const MAX_TEXT = 500;
const MAX_LIST = 50;
const isId = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 100;
const isIdList = (value: unknown) => Array.isArray(value) && value.length <= MAX_LIST && value.every(isId);

export const EXPECTED_SHAPE: Record<QuestionType, string> = {
  single_choice: '{"optionId": "…"}',
  multiple_choice: '{"optionIds": ["…"]}',
  true_false: '{"value": true | false}',
  ordering: '{"itemIds": ["…"]}',
  matching: '{"pairs": {"leftId": "rightId"}}',
  short_text: '{"text": "…"}',
};

/** Checks that an answer has the shape its question type takes; returns it with nothing else in it. */
export function answerOfShape(type: QuestionType, value: unknown): LearnerAnswer | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const answer = value as Record<string, unknown>;
  switch (type) {
    case 'single_choice':
      return isId(answer.optionId) ? { optionId: answer.optionId as string } : undefined;
    case 'multiple_choice':
      return isIdList(answer.optionIds) ? { optionIds: answer.optionIds as string[] } : undefined;
    case 'true_false':
      return typeof answer.value === 'boolean' ? { value: answer.value } : undefined;
    case 'ordering':
      return isIdList(answer.itemIds) ? { itemIds: answer.itemIds as string[] } : undefined;
    case 'matching': {
      const pairs = answer.pairs;
      if (!pairs || typeof pairs !== 'object' || Array.isArray(pairs)) return undefined;
      const entries = Object.entries(pairs);
      return entries.length <= MAX_LIST && entries.every(([left, right]) => isId(left) && isId(right))
        ? { pairs: Object.fromEntries(entries) as Record<string, string> }
        : undefined;
    }
    case 'short_text':
      return typeof answer.text === 'string' && answer.text.length <= MAX_TEXT ? { text: answer.text } : undefined;
  }
}
