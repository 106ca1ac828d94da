import pg from 'pg';
import type { DrawnQuestion } from '../../../api/src/assessments/attempt.types';
import { correctAnswerOf } from '../../../api/src/assessments/learner-question';
import type { Question } from '../../../api/src/catalogue/entities/question.entity';

/** The right answer to every question of an attempt, read from the database as only the server can. */
export async function rightAnswers(databaseUrl: string, attemptId: string): Promise<Map<string, Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [attempt] } = await client.query(`SELECT draw FROM attempts WHERE id = $1`, [attemptId]);
    const draw = attempt.draw as DrawnQuestion[];
    const { rows } = await client.query(`SELECT id, type, spec FROM questions WHERE id = ANY($1)`, [draw.map((d) => d.questionId)]);
    const questions = new Map<string, Question>(rows.map((row) => [row.id, row as Question]));
    return new Map(draw.map((drawn) => [drawn.questionId, correctAnswerOf(questions.get(drawn.questionId)!, drawn, 'fr') as Record<string, unknown>]));
  } finally {
    await client.end();
  }
}
