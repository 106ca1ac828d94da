import type { Lesson, Localized, Question, QuestionType } from './types';

const empty = (): Localized => ({ fr: '', en: '' });
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** A name not yet taken among `taken`: `${base}-1`, `${base}-2` … */
export function freeName(base: string, taken: string[]) {
  let n = taken.length + 1;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export const newLesson = (taken: string[]): Lesson => ({ key: freeName('lesson', taken), title: empty(), body: empty() });

/** The next short id for an option, item or pair (`a`, `b` …, then `a1` …). */
export function nextLetter(taken: string[]) {
  for (let round = 0; ; round += 1) {
    const free = letters.split('').map((letter) => (round ? `${letter}${round}` : letter)).find((id) => !taken.includes(id));
    if (free) return free;
  }
}

const options = (count: number, correct: number[]) =>
  Array.from({ length: count }, (_, index) => ({ id: letters[index], ...empty(), ...(correct.includes(index) && { correct: true }) }));

/**
 * A question of the given type with the smallest answerable structure the API accepts in a draft (texts may stay empty):
 * the answer-specific fields of another type are dropped, the shared ones (prompt, feedback, competency, points) kept.
 */
export function withType(question: Pick<Question, 'id' | 'competency' | 'prompt' | 'feedback'> & Partial<Question>, type: QuestionType): Question {
  const { id, competency, prompt, feedback, points, needsTranslation } = question;
  const base = { id, competency, prompt, feedback, points: points ?? 1, ...(needsTranslation && { needsTranslation }), type };
  switch (type) {
    case 'single_choice':
      return { ...base, options: question.options?.length ? question.options : options(2, [0]) };
    case 'multiple_choice':
      return { ...base, options: question.options && question.options.length >= 3 ? question.options : options(3, [0]) };
    case 'true_false':
      return { ...base, answer: question.answer ?? true };
    case 'ordering':
      return { ...base, items: question.items ?? options(3, []).map(({ id: itemId, fr, en }) => ({ id: itemId, fr, en })) };
    case 'matching':
      return { ...base, pairs: question.pairs ?? Array.from({ length: 3 }, (_, index) => ({ id: letters[index], left: empty(), right: empty() })) };
    case 'short_text':
      return { ...base, accepted: question.accepted ?? { fr: [], en: [] } };
  }
}

export const newQuestion = (taken: string[], competency: string): Question =>
  withType({ id: freeName('question', taken), competency, prompt: empty(), feedback: empty() }, 'single_choice');
