import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LanguageQueryDto } from '../../common/dto/language-query.dto.js';
import { Trim } from '../../common/validation/trim.decorator.js';

const ModuleSlug = () => applyDecorators(ApiProperty({ example: 'recognising-abuse' }), IsString(), Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/), MaxLength(100));
const LessonPosition = () => applyDecorators(ApiProperty({ minimum: 1, maximum: 1000 }), Type(() => Number), IsInt(), Min(1), Max(1000));

/** One lesson of a module, in the query of a deletion. */
export class LessonRefQueryDto extends LanguageQueryDto {
  @ModuleSlug() moduleSlug: string;
  @LessonPosition() position: number;
}

/** An organisation's note under one lesson: Markdown in French and English (either may be empty, not both). */
export class SaveLessonNoteDto {
  @ModuleSlug() moduleSlug: string;
  @LessonPosition() position: number;

  @ApiProperty({ maxLength: 5000, description: 'Markdown, French ("" when the note exists in English only)' })
  @Trim()
  @IsString()
  @MaxLength(5000)
  bodyFr: string;

  @ApiProperty({ maxLength: 5000, description: 'Markdown, English ("" when the note exists in French only)' })
  @Trim()
  @IsString()
  @MaxLength(5000)
  bodyEn: string;
}

export class LessonNoteDto {
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() lessonPosition: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The lesson title in the current version (null when the module no longer has that lesson)' })
  lessonTitle: string | null;
  @ApiProperty() bodyFr: string;
  @ApiProperty() bodyEn: string;
  @ApiProperty() updatedAt: string;
}

export class LessonNoteListDto {
  @ApiProperty({ type: [LessonNoteDto] }) items: LessonNoteDto[];
}

/** What a learner sees under a lesson: their organisation's note, marked as theirs. */
export class OrganisationNoteDto {
  @ApiProperty() organisationName: string;
  @ApiProperty({ description: 'The note as safe HTML (Markdown, no raw HTML), in the reader\'s language or else the other one' }) html: string;
}
