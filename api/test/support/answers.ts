import type { DataSource } from 'typeorm';
import type { Question } from '../../src/catalogue/entities/question.entity.js';
import type { DrawnQuestion, LearnerAnswer } from '../../src/assessments/attempt.types.js';
import { correctAnswerOf } from '../../src/assessments/learner-question.js';

/** The right (or a wrong) answer to every question of an attempt, read from the database as only the server can. */
export async function answersFor(dataSource: DataSource, attemptId: string, kind: 'right' | 'wrong'): Promise<Record<string, LearnerAnswer>> {
  const [attempt] = await dataSource.query(`SELECT draw FROM attempts WHERE id = $1`, [attemptId]);
  const draw = attempt.draw as DrawnQuestion[];
  const rows = await dataSource.query(`SELECT id, type, spec FROM questions WHERE id = ANY($1)`, [draw.map((d) => d.questionId)]);
  const byId = new Map<string, Question>(rows.map((q: Question) => [q.id, q]));
  return Object.fromEntries(
    draw.map((drawn) => {
      const question = byId.get(drawn.questionId)!;
      const right = correctAnswerOf(question, drawn, 'en') as LearnerAnswer;
      return [drawn.questionId, kind === 'right' ? right : wrongAnswer(question, right)];
    }),
  );
}

function wrongAnswer(question: Question, right: LearnerAnswer): LearnerAnswer {
  if ('optionId' in right) {
    const spec = question.spec as { options: { id: string }[] };
    return { optionId: spec.options.find((o) => o.id !== right.optionId)!.id };
  }
  if ('optionIds' in right) return { optionIds: [] };
  if ('value' in right) return { value: !right.value };
  if ('itemIds' in right) return { itemIds: [...right.itemIds].reverse() };
  if ('pairs' in right) {
    const lefts = Object.keys(right.pairs);
    return { pairs: Object.fromEntries(lefts.map((left, i) => [left, right.pairs[lefts[(i + 1) % lefts.length]]])) };
  }
  return { text: 'certainly not this' };
}
