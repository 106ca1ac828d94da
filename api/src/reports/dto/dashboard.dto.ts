import { MODULE_STATUSES, type ModuleStatus } from '../module-status.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttemptReviewDto } from '../../assessments/dto/attempt-review.dto.js';
import { PageMetaDto } from '../../common/dto/pagination.dto.js';

export class DashboardTotalsDto {
  @ApiProperty() members: number;
  @ApiProperty({ description: 'Members enrolled in at least one module of the cohort' }) enrolled: number;
  @ApiProperty({ description: 'Members who read a lesson or submitted an attempt' }) started: number;
  @ApiProperty({ description: 'Members who completed every module' }) completed: number;
  @ApiProperty({ description: 'Members holding a valid certificate for every module' }) certified: number;
  @ApiProperty({ description: 'certified / members, in percent (0 when the cohort is empty)' }) certificationRate: number;
}

export class CompetencyScoreDto {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Answers given to questions evidencing this competency' }) answers: number;
  @ApiProperty() correct: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'correct / answers in percent; null without answers' }) share: number | null;
}

export class GroupFiguresDto {
  @ApiProperty({ description: 'A sector or gender code; "unspecified" when not declared; "suppressed" for groups under 5 together' })
  group: string;
  @ApiProperty() members: number;
  @ApiProperty() completed: number;
  @ApiProperty() certified: number;
}

export class DashboardModuleDto {
  @ApiProperty() moduleId: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class MemberModuleProgressDto {
  @ApiProperty() slug: string;
  @ApiProperty() enrolled: boolean;
  @ApiProperty() lessonsRead: number;
  @ApiProperty() lessonCount: number;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) bestScore: number | null;
  @ApiProperty() passed: boolean;
  @ApiProperty() completed: boolean;
  @ApiProperty({ enum: ['none', 'valid', 'expired', 'revoked'] }) certificate: 'none' | 'valid' | 'expired' | 'revoked';
  @ApiProperty({ enum: MODULE_STATUSES, description: 'The furthest step reached, by the same rule as the CSV export' }) status: ModuleStatus;
}

export class DashboardMemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [MemberModuleProgressDto] }) modules: MemberModuleProgressDto[];
}

export class DashboardMemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [DashboardMemberDto] }) items: DashboardMemberDto[];
}

export class CohortDashboardDto {
  @ApiProperty() cohortId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [DashboardModuleDto] }) modules: DashboardModuleDto[];
  @ApiProperty({ type: DashboardTotalsDto }) totals: DashboardTotalsDto;
  @ApiProperty({ type: [CompetencyScoreDto] }) competencies: CompetencyScoreDto[];
  @ApiProperty({ type: [GroupFiguresDto], description: 'By sector; groups under 5 people are merged and never shown alone' }) bySector: GroupFiguresDto[];
  @ApiProperty({ type: [GroupFiguresDto], description: 'By gender; groups under 5 people are merged and never shown alone' }) byGender: GroupFiguresDto[];
  @ApiProperty({ type: DashboardMemberPageDto }) members: DashboardMemberPageDto;
}

export class LearnerDetailDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: [DashboardModuleDto] }) moduleTitles: DashboardModuleDto[];
  @ApiProperty({ type: [MemberModuleProgressDto] }) modules: MemberModuleProgressDto[];
  @ApiProperty({ type: [AttemptReviewDto], description: 'Every submitted attempt on the cohort modules, with each answer' }) attempts: AttemptReviewDto[];
}
