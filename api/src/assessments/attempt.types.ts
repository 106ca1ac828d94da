/** How one question was drawn for an attempt. Tokens are random per attempt, so ids reveal no order. */
export interface DrawnQuestion {
  questionId: string;
  /** single/multiple choice: option ids in the order shown. */
  optionOrder?: string[];
  /** ordering: the items as shown, each with its token. */
  itemTokens?: { token: string; itemId: string }[];
  /** matching: the right-hand sides as shown, each with its token. */
  rightTokens?: { token: string; pairId: string }[];
}

export type LearnerAnswer =
  | { optionId: string }
  | { optionIds: string[] }
  | { value: boolean }
  | { itemIds: string[] }
  | { pairs: Record<string, string> }
  | { text: string };

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  pointsEarned: number;
  points: number;
}
