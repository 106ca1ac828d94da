import type { ImportMessage, ReadAnswer } from './imported-question.js';

/**
 * How Moodle's grading, points and feedback map onto Clef's (one feedback per question, whole points, right or
 * wrong answers), each with the note that tells the trainer what did not map.
 */

const note = (key: ImportMessage['key'], params: Record<string, unknown> = {}): ImportMessage => ({ key, params });
const distinct = (values: string[]) => [...new Set(values.filter(Boolean))];

/**
 * The only grades Moodle gives an answer, in percent (its `question_bank::fraction_options_full()`: these and their
 * negatives). Its import refuses a question with any other grade (`match_grade_options`, 'error' mode, within 0.00001
 * of a fraction, i.e. 0.001 %), so a file holding one was not made by Moodle and its meaning is unsure.
 */
const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];
const isMoodleGrade = (weight: number) => MOODLE_GRADES.some((grade) => Math.abs(Math.abs(weight) - grade) < 0.001);

/** Why a question is refused when an answer's grade is none Moodle allows (as Moodle's own import refuses it). */
export function invalidGrades(answers: ReadAnswer[]): ImportMessage | undefined {
  const invalid = [...new Set(answers.map((a) => a.weight).filter((weight) => !isMoodleGrade(weight)))];
  return invalid.length > 0 ? note('import.invalidGrades', { grades: invalid }) : undefined;
}

/**
 * Moodle's question editor asks one answer of a one-answer question to be worth 100 %, and the positive grades of a
 * several-answer one to add up to 100 %; an imported file may break this, which the trainer should know.
 */
export function gradeSumNotes(answers: ReadAnswer[], single: boolean): ImportMessage[] {
  const positive = answers.map((a) => a.weight).filter((weight) => weight > 0);
  if (positive.length === 0) return [];
  if (single) {
    const best = Math.max(...positive);
    return Math.abs(best - 100) < 0.001 ? [] : [note('import.note.noFullGrade', { grades: [best] })];
  }
  const sum = positive.reduce((total, weight) => total + weight, 0);
  return Math.abs(sum - 100) < 0.001 ? [] : [note('import.note.gradesNotFull', { grades: [sum] })];
}

/** Moodle's combined feedback (shown for a correct, partially correct or incorrect response): Clef has none. */
export function combinedFeedbackNotes(given: { correct: boolean; partial: boolean; incorrect: boolean }): ImportMessage[] {
  const feedbacks = (['correct', 'partial', 'incorrect'] as const).filter((kind) => given[kind]).map((kind) => `import.feedback.${kind}` as const);
  return feedbacks.length === 0 ? [] : [note(feedbacks.length === 1 ? 'import.note.combinedFeedbackDropped' : 'import.note.combinedFeedbacksDropped', { feedbacks })];
}

/** The answers with the best weight are right; those with partial credit become wrong, which is said. */
export function bestAnswers(answers: ReadAnswer[]): { right: boolean[]; notes: ImportMessage[] } {
  const best = Math.max(0, ...answers.map((a) => a.weight));
  const right = answers.map((a) => best > 0 && a.weight === best);
  const partial = answers.filter((a) => a.weight > 0 && a.weight < best);
  if (partial.length === 0) return { right, notes: [] };
  return { right, notes: [note(partial.length === 1 ? 'import.note.partialCredit' : 'import.note.partialCredits', { percents: [...new Set(partial.map((a) => a.weight))] })] };
}

/**
 * Which options Clef counts right. When Moodle lets learners tick several, every option with a positive weight (Clef
 * needs all of them ticked); when it asks for one, the best ones (several of them become a multiple choice).
 */
export function rightOptions(answers: ReadAnswer[], single: boolean): { right: boolean[]; notes: ImportMessage[] } {
  if (!single) {
    const right = answers.map((a) => a.weight > 0);
    return { right, notes: right.some(Boolean) ? [note('import.note.allOrNothing')] : [] };
  }
  const { right, notes } = bestAnswers(answers);
  const count = right.filter(Boolean).length;
  return { right, notes: count > 1 ? [...notes, note('import.note.severalRight', { rightAnswers: count })] : notes };
}

/** Clef's one feedback: the general one, else what the right answers said; what else was said is noted as lost. */
export function oneFeedback(general: string, answerFeedback: string[], right: boolean[]): { feedback: string; notes: ImportMessage[] } {
  const whenRight = distinct(answerFeedback.filter((_, i) => right[i]));
  const whenWrong = distinct(answerFeedback.filter((_, i) => !right[i]));
  if (general) return { feedback: general, notes: whenRight.length + whenWrong.length > 0 ? [note('import.note.answerFeedbackDropped')] : [] };
  const notes = [...(whenRight.length > 0 ? [note('import.note.rightFeedbackUsed')] : []), ...(whenWrong.length > 0 ? [note('import.note.wrongFeedbackDropped')] : [])];
  return { feedback: whenRight.join('\n\n'), notes };
}

/** Moodle's points when Clef can hold them (a whole number from 1 to 100), else 1, said. */
export function pointsFrom(grade: number | undefined): { points: number; notes: ImportMessage[] } {
  if (grade === undefined || grade === 1) return { points: 1, notes: [] };
  if (Number.isInteger(grade) && grade >= 1 && grade <= 100) return { points: grade, notes: [] };
  return { points: 1, notes: [note('import.note.pointsReset', { grade })] };
}

/** Moodle's `*` matches any text in a short answer (`\*` is a star); Clef compares answers as written. */
export function acceptedAnswers(texts: string[]): { accepted: string[]; notes: ImportMessage[] } {
  const wildcard = texts.some((text) => /(^|[^\\])\*/.test(text));
  return { accepted: texts.map((text) => text.replace(/\\\*/g, '*')), notes: wildcard ? [note('import.note.wildcard')] : [] };
}

export const distractorNotes = (distractors: string[]): ImportMessage[] =>
  distractors.length === 0 ? [] : [note(distractors.length === 1 ? 'import.note.distractorDropped' : 'import.note.distractorsDropped', { answers: distractors })];
