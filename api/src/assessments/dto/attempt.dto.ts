import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { QUESTION_TYPES, type QuestionType } from '../../content/content.types.js';

export class ChoiceDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

/** A question as the learner sees it; which list is present depends on the type. */
export class LearnerQuestionDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() prompt: string;
  @ApiPropertyOptional({ type: [ChoiceDto], description: 'single_choice, multiple_choice' }) options?: ChoiceDto[];
  @ApiPropertyOptional({ type: [ChoiceDto], description: 'ordering: items in the order shown' }) items?: ChoiceDto[];
  @ApiPropertyOptional({ type: [ChoiceDto], description: 'matching: left-hand sides' }) lefts?: ChoiceDto[];
  @ApiPropertyOptional({ type: [ChoiceDto], description: 'matching: right-hand sides' }) rights?: ChoiceDto[];
}

/** The lesson a question rests on, to reread when it was missed. */
export class LessonPointerDto {
  @ApiProperty({ description: 'Position of the lesson in the enrolled version' }) position: number;
  @ApiProperty() title: string;
}

export class QuestionResultDto {
  @ApiProperty() questionId: string;
  @ApiProperty() correct: boolean;
  @ApiPropertyOptional({ description: 'Explains the right answer: shown, like correctAnswer, once the learner passed or has no attempt left' })
  feedback?: string;
  @ApiPropertyOptional({ type: LessonPointerDto, description: 'The lesson to reread, when the author named one' }) lesson?: LessonPointerDto;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Shown once the learner passed or has no attempt left' })
  correctAnswer?: Record<string, unknown>;
}

export class AttemptResultDto {
  @ApiProperty() scorePercent: number;
  @ApiProperty() passed: boolean;
  @ApiProperty() pointsEarned: number;
  @ApiProperty() pointsPossible: number;
  @ApiProperty() passMark: number;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ description: '0 means unlimited' }) attemptsAllowed: number;
  @ApiProperty() correctAnswersShown: boolean;
  @ApiProperty({ description: 'The module is now complete (a certificate is issued)' }) moduleCompleted: boolean;
  @ApiProperty({ type: [QuestionResultDto] }) questions: QuestionResultDto[];
}

export class AttemptDto {
  @ApiProperty() id: string;
  @ApiProperty() enrolmentId: string;
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: ['in_progress', 'submitted'] }) status: 'in_progress' | 'submitted';
  @ApiProperty({ type: [LearnerQuestionDto] }) questions: LearnerQuestionDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Saved answers by question id' })
  answers: Record<string, unknown>;
  @ApiPropertyOptional({ type: AttemptResultDto, nullable: true }) result: AttemptResultDto | null;
}

export class SaveAnswerDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Shape by question type, e.g. {"optionId": "b"}' })
  @IsObject()
  answer: Record<string, unknown>;

  @ApiPropertyOptional({ format: 'uuid', description: "Made on the device for this answer; sent again on every retry, applied once" })
  @IsOptional()
  @IsUUID('all')
  opId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: "When the learner answered (the device's clock); an older answer never replaces a newer one" })
  @IsOptional()
  @IsISO8601({ strict: true })
  answeredAt?: string;
}

export class SubmitAttemptDto {
  @ApiProperty({ description: 'Made by the client once per submission; a retry with the same key returns the same result' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/)
  submissionKey: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Answers not saved yet, by question id' })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}
