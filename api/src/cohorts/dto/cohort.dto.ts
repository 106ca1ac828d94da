import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { COHORT_AUDIENCES, type CohortAudience } from '../cohort.entity.js';
import { PageMetaDto } from '../../common/dto/pagination.dto.js';
import { Trim } from '../../common/validation/trim.decorator.js';

export class CreateCohortDto {
  @ApiProperty({ maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: [String], description: 'Slugs of published modules, in the order the cohort follows them (or give programmeSlug)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Matches(/^[a-z0-9-]{1,100}$/, { each: true })
  moduleSlugs?: string[];

  @ApiPropertyOptional({ description: "A programme: the cohort follows its modules and members earn its certificate (or give moduleSlugs)" })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,100}$/)
  programmeSlug?: string;

  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @IsISO8601({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2027-03-31' }) @IsOptional() @IsISO8601({ strict: true }) endsOn?: string;

  @ApiPropertyOptional({ type: [String], description: 'Trainers or admins of the organisation who run the cohort' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  trainerIds?: string[];

  @ApiPropertyOptional({
    enum: COHORT_AUDIENCES,
    description: "`professional` when left out; `child`: a children's group (child modules and child accounts only; its trainers need the safeguarding certificate)",
  })
  @IsOptional()
  @IsIn(COHORT_AUDIENCES)
  audience?: CohortAudience;
}

export class AssignTrainerDto {
  @ApiProperty({ description: 'A trainer or admin of the organisation' }) @IsUUID('all') userId: string;
}

export class CohortModuleDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class CohortPersonDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
}

export class CohortProgrammeDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class CohortDto {
  @ApiProperty() id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COHORT_AUDIENCES }) audience: CohortAudience;
  @ApiPropertyOptional({ type: String, nullable: true }) startsOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) endsOn: string | null;
  @ApiPropertyOptional({ type: CohortProgrammeDto, nullable: true }) programme: CohortProgrammeDto | null;
  @ApiProperty({ type: [CohortModuleDto] }) modules: CohortModuleDto[];
  @ApiProperty({ type: [CohortPersonDto] }) trainers: CohortPersonDto[];
  @ApiProperty() memberCount: number;
}

export class CohortPageDto extends PageMetaDto {
  @ApiProperty({ type: [CohortDto] }) items: CohortDto[];
}

export class AddCohortMembersDto {
  @ApiProperty({ type: [String], description: 'Members of the organisation' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  userIds: string[];
}

export class AddedCohortMembersDto {
  @ApiProperty() added: number;
  @ApiProperty({ description: 'Enrolments created in the cohort’s modules' }) enrolments: number;
}
