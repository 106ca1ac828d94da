import { randomBytes, randomInt } from 'node:crypto';
import type { Question } from '../catalogue/entities/question.entity.js';
import type { DrawnQuestion } from './attempt.types.js';

export function shuffle<T>(values: readonly T[]): T[] {
  const result = [...values];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const token = () => randomBytes(6).toString('base64url');
const sameOrder = <T>(a: T[], b: readonly T[]) => a.every((value, index) => value === b[index]);

/**
 * A shuffle that never gives the author's order back (an unshuffled ordering or matching gives itself away):
 * when chance returns it, the list is rotated by one instead.
 */
function shuffledAway<T>(values: readonly T[]): T[] {
  const result = shuffle(values);
  return values.length > 1 && sameOrder(result, values) ? [...values.slice(1), values[0]] : result;
}

/**
 * Picks `count` questions, unseen ones first, then the least recently seen: a learner who failed does not meet the
 * same questions again while the pool has others. `earlierDraws` are the enrolment's previous attempts, oldest first.
 */
function pickQuestions(pool: Question[], count: number, earlierDraws: DrawnQuestion[][]): Question[] {
  const lastSeen = new Map<string, number>();
  earlierDraws.forEach((draw, attemptIndex) => draw.forEach((drawn) => lastSeen.set(drawn.questionId, attemptIndex + 1)));
  // Sorting is stable: questions seen equally recently keep the random order of the shuffle.
  const byRecency = shuffle(pool).sort((a, b) => (lastSeen.get(a.id) ?? 0) - (lastSeen.get(b.id) ?? 0));
  return shuffle(byRecency.slice(0, count));
}

/** Draws `count` questions from the pool in random order, shuffling options, items and right-hand sides. */
export function drawQuestions(pool: Question[], count: number, earlierDraws: DrawnQuestion[][] = []): DrawnQuestion[] {
  return pickQuestions(pool, count, earlierDraws)
    .map((question) => {
      const { spec } = question;
      if ('options' in spec) return { questionId: question.id, optionOrder: shuffle(spec.options.map((o) => o.id)) };
      if ('items' in spec) {
        const items = shuffledAway(spec.items);
        return { questionId: question.id, itemTokens: items.map((item) => ({ token: token(), itemId: item.id })) };
      }
      if ('pairs' in spec) {
        return { questionId: question.id, rightTokens: shuffledAway(spec.pairs).map((pair) => ({ token: token(), pairId: pair.id })) };
      }
      return { questionId: question.id };
    });
}
