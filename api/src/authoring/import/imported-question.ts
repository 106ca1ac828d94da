import type { MessageKey } from '../../common/i18n/messages.en.js';
import type { QuestionType } from '../../content/content.types.js';

/** A message key and its parameters: why a question cannot come in, or what it loses on the way. */
export interface ImportMessage {
  key: MessageKey;
  params: Record<string, unknown>;
}

/** An answer as Moodle grades it: `weight` is the share of the points it earns, in percent (negative: a penalty). */
export interface ReadAnswer {
  text: string;
  weight: number;
  feedback: string;
}

/** A question read from a Moodle file, in one language, before it becomes a Clef question. */
export type ReadQuestion = {
  title: string;
  /** 1-based line of the question in the file (GIFT; Moodle XML when the parser knows it). */
  line?: number;
  prompt: string;
  feedback: string;
  /** Moodle's points for the question (`defaultgrade`), when the file gives them. */
  grade?: number;
  /** What the reader already knows the question loses (images, Moodle-only grading rules). */
  notes: ImportMessage[];
} & (
  | { type: 'choice'; single: boolean; answers: ReadAnswer[] }
  | { type: 'true_false'; answer: boolean; feedbackRight: string; feedbackWrong: string }
  | { type: 'short_text'; answers: ReadAnswer[] }
  | { type: 'matching'; pairs: { left: string; right: string }[]; distractors: string[] }
);

/** A question of the file that cannot come in, and why (a message key and its parameters). */
export interface UnreadableQuestion {
  title: string;
  line?: number;
  reason: MessageKey;
  params: Record<string, unknown>;
}

export type ReadResult = ReadQuestion | UnreadableQuestion;
export const isUnreadable = (result: ReadResult): result is UnreadableQuestion => 'reason' in result;

export type { QuestionType };
