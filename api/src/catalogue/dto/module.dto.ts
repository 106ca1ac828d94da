import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/dto/pagination.dto.js';
import { AUDIENCES, type Audience } from '../../content/content.types.js';

export class CompetencyRefDto {
  @ApiProperty({ example: 'C2' }) code: string;
  @ApiProperty() title: string;
}

export class ModuleSummaryDto {
  @ApiProperty({ example: 'hearing-the-child' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
  @ApiProperty({ description: 'Estimated study time' }) minutes: number;
  @ApiProperty({ description: 'Current published version number' }) version: number;
  @ApiProperty() lessonCount: number;
  @ApiProperty({ type: [CompetencyRefDto] }) competencies: CompetencyRefDto[];
}

export class ModulePageDto extends PageMetaDto {
  @ApiProperty({ type: [ModuleSummaryDto] }) items: ModuleSummaryDto[];
}

export class LessonRefDto {
  @ApiProperty({ description: '1-based position' }) position: number;
  @ApiProperty() title: string;
}

export class AssessmentInfoDto {
  @ApiProperty({ description: 'Questions drawn per attempt' }) questionCount: number;
  @ApiProperty({ description: 'Percentage of points needed to pass' }) passMark: number;
  @ApiProperty({ description: 'Attempts allowed; 0 means unlimited' }) attemptsAllowed: number;
}

export class ModuleDetailDto extends ModuleSummaryDto {
  @ApiProperty() publishedAt: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Certificates expire after this many months' })
  validityMonths: number | null;
  @ApiProperty({ type: [LessonRefDto] }) lessons: LessonRefDto[];
  @ApiProperty({ type: AssessmentInfoDto }) assessment: AssessmentInfoDto;
}

export class LessonDto {
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() version: number;
  @ApiProperty() position: number;
  @ApiProperty() lessonCount: number;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The lesson body as safe HTML rendered from Markdown (no raw HTML, no scripts)' }) html: string;
  @ApiPropertyOptional({ type: LessonRefDto, nullable: true }) previous: LessonRefDto | null;
  @ApiPropertyOptional({ type: LessonRefDto, nullable: true }) next: LessonRefDto | null;
}
