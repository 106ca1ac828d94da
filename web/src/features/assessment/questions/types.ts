/** The shapes the API sends and receives for one question of an attempt. Grading happens on the server only. */
export type LearnerQuestion =
  | { id: string; type: 'single_choice'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; type: 'multiple_choice'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; type: 'true_false'; prompt: string }
  /** `items` arrive shuffled; that order is the one shown first. */
  | { id: string; type: 'ordering'; prompt: string; items: { id: string; text: string }[] }
  | { id: string; type: 'matching'; prompt: string; lefts: { id: string; text: string }[]; rights: { id: string; text: string }[] }
  | { id: string; type: 'short_text'; prompt: string };

export type Answer =
  | { optionId: string } // single_choice
  | { optionIds: string[] } // multiple_choice
  | { value: boolean } // true_false
  | { itemIds: string[] } // ordering: the learner's order
  | { pairs: Record<string, string> } // matching: leftId -> rightId
  | { text: string }; // short_text

export type QuestionType = LearnerQuestion['type'];
export type QuestionOfType<T extends QuestionType> = Extract<LearnerQuestion, { type: T }>;

/** What each per-type component receives from QuestionView. */
export interface QuestionInputProps<T extends QuestionType> {
  question: QuestionOfType<T>;
  /** Undefined until the learner has answered. */
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  disabled: boolean;
}
