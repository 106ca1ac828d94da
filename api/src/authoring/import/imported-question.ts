import type { MessageKey } from '../../common/i18n/messages.en.js';
import type { QuestionType } from '../../content/content.types.js';

/** A question read from a Moodle file, in one language, before it becomes a Clef question. */
export type ReadQuestion = {
  title: string;
  /** 1-based line of the question in the file (GIFT; Moodle XML when the parser knows it). */
  line?: number;
  prompt: string;
  feedback: string;
} & (
  | { type: 'choice'; single: boolean; answers: { text: string; correct: boolean; feedback: string }[] }
  | { type: 'true_false'; answer: boolean; feedbackRight: string; feedbackWrong: string }
  | { type: 'short_text'; accepted: string[] }
  | { type: 'matching'; pairs: { left: string; right: string }[] }
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
