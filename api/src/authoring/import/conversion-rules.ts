import type { ImportMessage, ReadAnswer } from './imported-question.js';

/**
 * How Moodle's grading, points and feedback map onto Clef's (one feedback per question, whole points, right or
 * wrong answers), each with the note that tells the trainer what did not map.
 */

const note = (key: ImportMessage['key'], params: Record<string, unknown> = {}): ImportMessage => ({ key, params });
const distinct = (values: string[]) => [...new Set(values.filter(Boolean))];

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
