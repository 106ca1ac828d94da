import { ApiProperty } from '@nestjs/swagger';

export class AnswerReviewDto {
  @ApiProperty() prompt: string;
  @ApiProperty() competency: string;
  @ApiProperty({ description: 'What the learner answered, in words' }) answer: string;
  @ApiProperty() correct: boolean;
}

export class AttemptReviewDto {
  @ApiProperty() enrolmentId: string;
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() number: number;
  @ApiProperty() submittedAt: string;
  @ApiProperty() scorePercent: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: [AnswerReviewDto] }) answers: AnswerReviewDto[];
}
