import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchingQuestion } from './MatchingQuestion';
import { MultipleChoiceQuestion } from './MultipleChoiceQuestion';
import { OrderingQuestion } from './OrderingQuestion';
import { ShortTextQuestion } from './ShortTextQuestion';
import { SingleChoiceQuestion } from './SingleChoiceQuestion';
import { TrueFalseQuestion } from './TrueFalseQuestion';
import type { Answer, LearnerQuestion } from './types';

export interface QuestionViewProps {
  question: LearnerQuestion;
  /** Undefined while the question is untouched. */
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  disabled?: boolean;
  /** Position of this question in the attempt, from 1. */
  number: number;
  total: number;
}

/** One question of an assessment: its number as a heading, then the controls its type needs. */
export function QuestionView({ question, answer, onAnswer, disabled = false, number, total }: QuestionViewProps) {
  const { t } = useTranslation('assessment');
  const headingId = useId();
  return (
    <section className="question" aria-labelledby={headingId}>
      <h2 id={headingId} className="question__number">
        {t('question.position', { number, total })}
      </h2>
      <QuestionInput question={question} answer={answer} onAnswer={onAnswer} disabled={disabled} />
    </section>
  );
}

function QuestionInput({ question, ...props }: { question: LearnerQuestion; answer: Answer | undefined; onAnswer: (answer: Answer) => void; disabled: boolean }) {
  // Keyed by question so that moving to another question starts from fresh component state.
  switch (question.type) {
    case 'single_choice':
      return <SingleChoiceQuestion key={question.id} question={question} {...props} />;
    case 'multiple_choice':
      return <MultipleChoiceQuestion key={question.id} question={question} {...props} />;
    case 'true_false':
      return <TrueFalseQuestion key={question.id} question={question} {...props} />;
    case 'ordering':
      return <OrderingQuestion key={question.id} question={question} {...props} />;
    case 'matching':
      return <MatchingQuestion key={question.id} question={question} {...props} />;
    case 'short_text':
      return <ShortTextQuestion key={question.id} question={question} {...props} />;
  }
}
