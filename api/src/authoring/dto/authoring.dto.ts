import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { LanguageQueryDto } from '../../common/dto/language-query.dto.js';
import { FieldErrorDto } from '../../common/errors/error-response.js';
import { Trim } from '../../common/validation/trim.decorator.js';
import { AUDIENCES, type Audience } from '../../content/content.types.js';
import { LANGUAGES, type Language } from '../../common/i18n/language.js';
import { IMPORT_FORMATS, type ImportFormat } from '../import/question-import.js';
import { LocalizedTextDto, ModuleDefinitionDto, QuestionDefinitionDto } from './definition.dto.js';

export class NewModuleTextDto {
  @ApiProperty({ maxLength: 200 }) @Trim() @IsString() @MaxLength(200) fr: string;
  @ApiProperty({ maxLength: 200 }) @Trim() @IsString() @MaxLength(200) en: string;
}

export class CreateModuleDto {
  @ApiProperty({ example: 'interviewing-children', description: 'The module’s address: lowercase letters, digits and hyphens' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(100)
  slug: string;

  @ApiPropertyOptional({ description: 'Required unless you are a platform admin (who may leave it out for a platform-wide module)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ enum: AUDIENCES }) @IsIn(AUDIENCES) audience: Audience;

  @ApiProperty({ type: NewModuleTextDto }) @IsDefined() @ValidateNested() @Type(() => NewModuleTextDto) title: NewModuleTextDto;

  @ApiPropertyOptional({ type: NewModuleTextDto }) @IsOptional() @ValidateNested() @Type(() => NewModuleTextDto) summary?: NewModuleTextDto;
}

export class SaveDraftDto {
  @ApiProperty({ description: 'The revision the editor last loaded; a different current revision is a conflict (409)' }) revision: number;
  @ApiProperty({ type: ModuleDefinitionDto }) definition: ModuleDefinitionDto;
}

export class RevisionDto {
  @ApiProperty({ description: 'The draft revision the editor shows' }) @Type(() => Number) @IsInt() @Min(1) revision: number;
}

export class RevisionQueryDto extends LanguageQueryDto {
  @ApiProperty({ description: 'The draft revision the editor shows' }) @Type(() => Number) @IsInt() @Min(1) revision: number;
}

export class PersonRefDto {
  @ApiProperty() id: string;
  @ApiProperty() displayName: string;
}

export class DraftDto {
  @ApiProperty() slug: string;
  @ApiProperty() revision: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The version the draft started from' }) basedOnVersion: number | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) updatedBy: PersonRefDto | null;
  @ApiProperty({ type: ModuleDefinitionDto }) definition: ModuleDefinitionDto;
}

export class DraftConflictDto {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty() error: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: DraftDto, description: 'The draft as it is now: merge into it and save with its revision' }) current: DraftDto;
}

export class DraftSummaryDto {
  @ApiProperty() revision: number;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) updatedBy: PersonRefDto | null;
}

export class AuthoredModuleDto {
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ['content', 'authored'] }) origin: 'content' | 'authored';
  @ApiProperty({ nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
  @ApiProperty({ description: 'From the draft when there is one, else from the current version' }) title: string;
  @ApiProperty({ nullable: true, type: Number }) currentVersion: number | null;
  @ApiProperty({ nullable: true, type: String }) archivedAt: string | null;
  @ApiProperty({ type: DraftSummaryDto, nullable: true }) draft: DraftSummaryDto | null;
}

export class AuthoredModuleListDto {
  @ApiProperty({ type: [AuthoredModuleDto] }) items: AuthoredModuleDto[];
}

export class VersionSummaryDto {
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Null when loaded from content/' }) publishedBy: PersonRefDto | null;
  @ApiProperty({ description: 'Enrolments on this version' }) enrolments: number;
}

export class AuthoredModuleDetailDto extends AuthoredModuleDto {
  @ApiProperty({ type: [VersionSummaryDto] }) versions: VersionSummaryDto[];
}

export class PublishCheckDto {
  @ApiProperty({ description: 'True when nothing keeps the draft from being published' }) publishable: boolean;
  @ApiProperty({ type: [FieldErrorDto] }) problems: FieldErrorDto[];
  @ApiProperty({ type: [FieldErrorDto], description: 'Where the draft falls short of the bundled curriculum (lessons, pool size, question types): advice that never blocks publishing' })
  advice: FieldErrorDto[];
}

export class PublishedDto {
  @ApiProperty() slug: string;
  @ApiProperty({ description: 'The new current version' }) version: number;
  @ApiProperty({ description: 'False when the draft equalled the current version (nothing new was published)' }) created: boolean;
}

export class LessonPreviewBodyDto {
  @ApiProperty({ description: 'Markdown of a lesson body' }) @IsString() @MaxLength(100_000) markdown: string;
}

export class LessonPreviewDto {
  @ApiProperty({ description: 'The HTML learners would see' }) html: string;
}

export class FieldChangeDto {
  @ApiProperty({ example: 'title.fr' }) field: string;
  @ApiProperty({ description: 'The value in the first version (any JSON)' }) before: unknown;
  @ApiProperty({ description: 'The value in the second version (any JSON)' }) after: unknown;
}

export class TextChangeDto {
  @ApiProperty({ example: 'body.fr' }) field: string;
  @ApiProperty({ description: 'The whole text in the first version' }) before: string;
  @ApiProperty({ description: 'The whole text in the second version' }) after: string;
}

export class LessonChangeDto {
  @ApiProperty({ description: 'The lesson’s stable name (key without its NN- number)' }) key: string;
  @ApiProperty({ type: LocalizedTextDto, description: 'Its title in the later version (the earlier one when removed)' }) title: LocalizedTextDto;
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) change: 'added' | 'removed' | 'changed';
  @ApiProperty({ nullable: true, type: Number }) positionBefore: number | null;
  @ApiProperty({ nullable: true, type: Number }) positionAfter: number | null;
  @ApiProperty({ type: [String], example: ['body.fr', 'position'] }) fields: string[];
  @ApiProperty({ type: [TextChangeDto], description: 'The changed texts among `fields` (title, body), before and after' }) texts: TextChangeDto[];
}

export class QuestionChangeDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: LocalizedTextDto, description: 'Its prompt in the later version (the earlier one when removed)' }) prompt: LocalizedTextDto;
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) change: 'added' | 'removed' | 'changed';
  @ApiProperty({ type: [String], example: ['prompt.en', 'options'] }) fields: string[];
  @ApiProperty({ type: [TextChangeDto], description: 'The changed texts among `fields` (prompt, feedback), before and after' }) texts: TextChangeDto[];
}

export class VersionDiffDto {
  @ApiProperty({ description: 'A version number, or "draft"' }) from: string;
  @ApiProperty({ description: 'A version number, or "draft"' }) to: string;
  @ApiProperty({ type: [FieldChangeDto] }) metadata: FieldChangeDto[];
  @ApiProperty({ type: [LessonChangeDto] }) lessons: LessonChangeDto[];
  @ApiProperty({ type: [QuestionChangeDto] }) questions: QuestionChangeDto[];
}

export class ImportQueryDto extends LanguageQueryDto {
  @ApiProperty({ enum: IMPORT_FORMATS }) @IsIn(IMPORT_FORMATS) format: ImportFormat;
  @ApiProperty({ enum: LANGUAGES, description: 'The language the questions are written in; the other language is left to translate' })
  @IsIn(LANGUAGES)
  language: Language;
}

export class ImportIntoDraftQueryDto extends ImportQueryDto {
  @ApiProperty({ description: 'The draft revision the editor shows' }) @Type(() => Number) @IsInt() @Min(1) revision: number;
}

export class ImportPreviewItemDto {
  @ApiProperty({ description: '1-based position in the file' }) number: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Line in the file' }) line: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['ready', 'refused'] }) status: 'ready' | 'refused';
  @ApiPropertyOptional({ type: QuestionDefinitionDto, description: 'What will be added to the draft' }) question?: QuestionDefinitionDto;
  @ApiPropertyOptional({ description: 'Why it cannot be imported' }) reason?: string;
  @ApiProperty({ type: [String], description: 'What the question loses or changes on the way in (partial credit, points, images, feedback…), in the request language' })
  notes: string[];
}

export class ImportPreviewDto {
  @ApiProperty({ type: [ImportPreviewItemDto] }) questions: ImportPreviewItemDto[];
  @ApiProperty() ready: number;
  @ApiProperty() refused: number;
  @ApiPropertyOptional({ description: 'Why the file cannot be imported at all, although questions are ready: the pool would pass its limit' })
  refusal?: string;
}

export class ImportResultDto extends ImportPreviewDto {
  @ApiProperty({ type: DraftDto, description: 'The draft with the imported questions at the end of its pool' }) draft: DraftDto;
}

export class ImportZipQueryDto extends LanguageQueryDto {
  @ApiProperty({ example: 'interviewing-children', description: 'The new module’s address (module.yaml’s slug is replaced by it)' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(100)
  slug: string;

  @ApiPropertyOptional({ description: 'Required unless you are a platform admin' }) @IsOptional() @IsUUID() organisationId?: string;
}

export class ExportQueryDto extends LanguageQueryDto {
  @ApiPropertyOptional({ enum: ['1'], description: '1: export the draft instead of the current version' }) @IsOptional() @IsIn(['1', 'true']) draft?: string;
}
