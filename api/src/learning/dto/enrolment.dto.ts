import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LessonDto } from '../../catalogue/dto/module.dto.js';
import { AUDIENCES, type Audience } from '../../content/content.types.js';
import { OrganisationNoteDto } from '../../countries/dto/lesson-note.dto.js';

export class EnrolmentAssessmentDto {
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: 'Submitted attempts' }) attemptsUsed: number;
  @ApiProperty({ description: '0 means unlimited' }) attemptsAllowed: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) bestScore: number | null;
  @ApiProperty() passMark: number;
  @ApiProperty({ description: 'Questions drawn per attempt' }) questionCount: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The attempt in progress, to resume' })
  attemptInProgress: string | null;
  @ApiProperty({ description: 'Another attempt may be started now' }) canStartAttempt: boolean;
}

export class EnrolmentLessonDto {
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() read: boolean;
}

export class EnrolmentDto {
  @ApiProperty() id: string;
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
  @ApiProperty({ description: 'The version this enrolment follows' }) version: number;
  @ApiProperty({ description: 'A newer version of the module is published' }) newerVersionAvailable: boolean;
  @ApiProperty() enrolledAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
  @ApiProperty() lessonCount: number;
  @ApiProperty() lessonsRead: number;
  @ApiProperty({ description: 'Where to resume' }) lastLessonPosition: number;
  @ApiProperty({ type: EnrolmentAssessmentDto }) assessment: EnrolmentAssessmentDto;
}

export class EnrolmentDetailDto extends EnrolmentDto {
  @ApiProperty({ type: [EnrolmentLessonDto] }) lessons: EnrolmentLessonDto[];
}

export class EnrolmentListDto {
  @ApiProperty({ type: [EnrolmentDto] }) items: EnrolmentDto[];
}

export class EnrolmentLessonContentDto extends LessonDto {
  @ApiProperty() read: boolean;
  @ApiPropertyOptional({ type: OrganisationNoteDto, nullable: true, description: "The learner's organisation's own note under this lesson" })
  organisationNote: OrganisationNoteDto | null;
}
