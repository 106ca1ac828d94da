import { normalizeText } from '../common/text/normalize.js';
import type { Question } from '../catalogue/entities/question.entity.js';
import type { DrawnQuestion, LearnerAnswer, QuestionResult } from './attempt.types.js';

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));

/** True when `answer` is the right answer to `question` as drawn. Grading happens only here, on the server. */
export function isCorrect(question: Question, drawn: DrawnQuestion, answer: LearnerAnswer | undefined): boolean {
  if (!answer) return false;
  const { spec } = question;
  switch (question.type) {
    case 'single_choice': {
      const correct = 'options' in spec ? spec.options.find((o) => o.correct)?.id : undefined;
      return 'optionId' in answer && answer.optionId === correct;
    }
    case 'multiple_choice': {
      const correct = 'options' in spec ? spec.options.filter((o) => o.correct).map((o) => o.id) : [];
      return 'optionIds' in answer && Array.isArray(answer.optionIds) && sameSet(answer.optionIds, correct);
    }
    case 'true_false':
      return 'value' in answer && 'answer' in spec && answer.value === spec.answer;
    case 'ordering': {
      if (!('itemIds' in answer) || !('items' in spec) || !Array.isArray(answer.itemIds)) return false;
      const byToken = new Map((drawn.itemTokens ?? []).map((t) => [t.token, t.itemId]));
      const order = answer.itemIds.map((t) => byToken.get(t));
      return order.length === spec.items.length && spec.items.every((item, index) => order[index] === item.id);
    }
    case 'matching': {
      if (!('pairs' in answer) || !('pairs' in spec) || typeof answer.pairs !== 'object' || answer.pairs === null) return false;
      const byToken = new Map((drawn.rightTokens ?? []).map((t) => [t.token, t.pairId]));
      return spec.pairs.every((pair) => byToken.get(answer.pairs[pair.id]) === pair.id);
    }
    case 'short_text': {
      if (!('text' in answer) || !('accepted' in spec) || typeof answer.text !== 'string') return false;
      const given = normalizeText(answer.text);
      // Either language's variants count: a bilingual learner may answer in the other one.
      return given !== '' && [...spec.accepted.fr, ...spec.accepted.en].some((variant) => normalizeText(variant) === given);
    }
  }
}

export interface Grade {
  results: QuestionResult[];
  pointsEarned: number;
  pointsPossible: number;
  scorePercent: number;
  passed: boolean;
}

export function grade(draw: DrawnQuestion[], questions: Map<string, Question>, answers: Record<string, LearnerAnswer>, passMark: number): Grade {
  const results = draw.map((drawn) => {
    const question = questions.get(drawn.questionId)!;
    const correct = isCorrect(question, drawn, answers[drawn.questionId]);
    return { questionId: drawn.questionId, correct, points: question.points, pointsEarned: correct ? question.points : 0 };
  });
  const pointsEarned = results.reduce((sum, r) => sum + r.pointsEarned, 0);
  const pointsPossible = results.reduce((sum, r) => sum + r.points, 0);
  const scorePercent = pointsPossible === 0 ? 0 : Math.floor((pointsEarned * 100) / pointsPossible);
  return { results, pointsEarned, pointsPossible, scorePercent, passed: scorePercent >= passMark };
}
