import type { Question } from '../catalogue/entities/question.entity.js';
import type { LearnerAnswer } from './attempt.types.js';
import { drawQuestions } from './draw.js';
import { grade, isCorrect } from './grading.js';
import { correctAnswerOf, toLearnerQuestion } from './learner-question.js';

const base = { moduleVersionId: 'v', position: 0, competencyCode: 'C1', points: 1, prompt: { fr: 'Q', en: 'Q' }, feedback: { fr: 'F', en: 'F' } };
const l = (fr: string, en = fr) => ({ fr, en });
const questions: Question[] = [
  { ...base, id: 'single', key: 'single', type: 'single_choice', spec: { options: [{ id: 'a', ...l('A') }, { id: 'b', ...l('B'), correct: true }] } },
  { ...base, id: 'multi', key: 'multi', type: 'multiple_choice', spec: { options: [{ id: 'a', ...l('A'), correct: true }, { id: 'b', ...l('B') }, { id: 'c', ...l('C'), correct: true }] } },
  { ...base, id: 'tf', key: 'tf', type: 'true_false', spec: { answer: false } },
  { ...base, id: 'order', key: 'order', type: 'ordering', spec: { items: [{ id: 'a', ...l('1') }, { id: 'b', ...l('2') }, { id: 'c', ...l('3') }] } },
  { ...base, id: 'match', key: 'match', type: 'matching', spec: { pairs: [{ id: 'a', left: l('L1'), right: l('R1') }, { id: 'b', left: l('L2'), right: l('R2') }, { id: 'c', left: l('L3'), right: l('R3') }] } },
  { ...base, id: 'short', key: 'short', type: 'short_text', points: 2, spec: { accepted: { fr: ['Intérêt supérieur', "l'intérêt supérieur de l'enfant"], en: ['best interests'] } } },
] as Question[];
const byId = new Map(questions.map((q) => [q.id, q]));
const draw = drawQuestions(questions, questions.length);
const drawnOf = (id: string) => draw.find((d) => d.questionId === id)!;
const right = (id: string) => correctAnswerOf(byId.get(id)!, drawnOf(id), 'en') as LearnerAnswer;

describe('grading every question type', () => {
  it.each(questions.map((q) => q.id))('accepts the right answer to %s', (id) => {
    expect(isCorrect(byId.get(id)!, drawnOf(id), right(id))).toBe(true);
  });

  it.each<[string, LearnerAnswer | undefined]>([
    ['single', { optionId: 'a' }],
    ['multi', { optionIds: ['a'] }],
    ['multi', { optionIds: ['a', 'b', 'c'] }],
    ['multi', { optionIds: ['a', 'a', 'c'] }],
    ['tf', { value: true }],
    ['short', { text: 'worst interests' }],
    ['short', { text: '   ' }],
    ['single', undefined],
    ['single', { text: 'b' }],
  ])('refuses a wrong or malformed answer to %s: %j', (id, answer) => {
    expect(isCorrect(byId.get(id)!, drawnOf(id), answer)).toBe(false);
  });

  it('refuses a wrong order and a wrong match', () => {
    const order = right('order') as { itemIds: string[] };
    expect(isCorrect(byId.get('order')!, drawnOf('order'), { itemIds: [...order.itemIds].reverse() })).toBe(false);
    const match = right('match') as { pairs: Record<string, string> };
    expect(isCorrect(byId.get('match')!, drawnOf('match'), { pairs: { ...match.pairs, a: match.pairs.b, b: match.pairs.a } })).toBe(false);
  });

  it('ignores case, accents, punctuation and spaces in short answers, in either language', () => {
    for (const text of ['INTERET SUPERIEUR', "  l'interet   superieur de l'enfant. ", 'Best Interests!']) {
      expect(isCorrect(byId.get('short')!, drawnOf('short'), { text })).toBe(true);
    }
  });

  it('scores by points against the pass mark', () => {
    const answers: Record<string, LearnerAnswer> = Object.fromEntries(questions.map((q) => [q.id, right(q.id)]));
    answers.short = { text: 'nope' };
    const result = grade(draw, byId, answers, 70);
    expect(result).toMatchObject({ pointsEarned: 5, pointsPossible: 7, scorePercent: 71, passed: true });
    expect(grade(draw, byId, answers, 80).passed).toBe(false);
  });
});

describe('what the learner sees', () => {
  it('carries no correctness and no author ids that would reveal an order', () => {
    for (const question of questions) {
      const shown = JSON.stringify(toLearnerQuestion(question, drawnOf(question.id), 'fr'));
      expect(shown).not.toMatch(/correct|accepted|"answer"/);
    }
    const ordering = toLearnerQuestion(byId.get('order')!, drawnOf('order'), 'en') as { items: { id: string }[] };
    expect(ordering.items.map((i) => i.id)).not.toEqual(expect.arrayContaining(['a', 'b', 'c']));
    const matching = toLearnerQuestion(byId.get('match')!, drawnOf('match'), 'en') as { rights: { id: string }[] };
    expect(matching.rights.map((r) => r.id).some((id) => ['a', 'b', 'c'].includes(id))).toBe(false);
  });

  it('never shows an ordering already solved, nor matching sides lined up', () => {
    for (let i = 0; i < 200; i++) {
      const [ordering] = drawQuestions([byId.get('order')!], 1);
      expect(ordering.itemTokens!.map((t) => t.itemId)).not.toEqual(['a', 'b', 'c']);
      const [matching] = drawQuestions([byId.get('match')!], 1);
      expect(matching.rightTokens!.map((t) => t.pairId)).not.toEqual(['a', 'b', 'c']);
    }
  });

  it("grades answers written by hand from the author's key, not derived by the code under test", () => {
    const order = drawnOf('order');
    const tokenOfItem = (id: string) => order.itemTokens!.find((t) => t.itemId === id)!.token;
    expect(isCorrect(byId.get('order')!, order, { itemIds: ['a', 'b', 'c'].map(tokenOfItem) })).toBe(true);
    expect(isCorrect(byId.get('order')!, order, { itemIds: ['b', 'a', 'c'].map(tokenOfItem) })).toBe(false);
    const match = drawnOf('match');
    const tokenOfRight = (id: string) => match.rightTokens!.find((t) => t.pairId === id)!.token;
    expect(isCorrect(byId.get('match')!, match, { pairs: { a: tokenOfRight('a'), b: tokenOfRight('b'), c: tokenOfRight('c') } })).toBe(true);
    expect(isCorrect(byId.get('match')!, match, { pairs: { a: tokenOfRight('a'), b: tokenOfRight('c'), c: tokenOfRight('b') } })).toBe(false);
    expect(isCorrect(byId.get('single')!, drawnOf('single'), { optionId: 'b' })).toBe(true);
    expect(isCorrect(byId.get('multi')!, drawnOf('multi'), { optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrect(byId.get('tf')!, drawnOf('tf'), { value: false })).toBe(true);
  });
});
