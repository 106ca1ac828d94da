import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCES, QUESTION_TYPES } from '../../content/content.types.js';

// Documentation of the draft and export shapes (ModuleDefinition); bodies are checked by the zod schemas of content.schema.ts.

export class LocalizedTextDto {
  @ApiProperty() fr: string;
  @ApiProperty() en: string;
}

export class LocalizedListDto {
  @ApiProperty({ type: [String] }) fr: string[];
  @ApiProperty({ type: [String] }) en: string[];
}

export class OptionDefinitionDto extends LocalizedTextDto {
  @ApiProperty() id: string;
  @ApiPropertyOptional() correct?: boolean;
}

export class ItemDefinitionDto extends LocalizedTextDto {
  @ApiProperty() id: string;
}

export class PairDefinitionDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: LocalizedTextDto }) left: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) right: LocalizedTextDto;
}

export class QuestionDefinitionDto {
  @ApiProperty({ description: 'Stable across versions: lowercase letters, digits and hyphens' }) id: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: (typeof QUESTION_TYPES)[number];
  @ApiProperty({ example: 'C1', description: 'The competency the question evidences (may be empty in a draft)' }) competency: string;
  @ApiPropertyOptional({ default: 1 }) points?: number;
  @ApiProperty({ type: LocalizedTextDto }) prompt: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) feedback: LocalizedTextDto;
  @ApiPropertyOptional({ description: 'The name of the lesson to reread when the question is missed (a lesson key, its NN- number optional)' }) lesson?: string;
  @ApiPropertyOptional({ description: 'Drafts only: set on imported questions; publishing is refused until cleared' }) needsTranslation?: boolean;
  @ApiPropertyOptional({ type: [OptionDefinitionDto], description: 'single_choice, multiple_choice' }) options?: OptionDefinitionDto[];
  @ApiPropertyOptional({ description: 'true_false' }) answer?: boolean;
  @ApiPropertyOptional({ type: [ItemDefinitionDto], description: 'ordering, in the right order' }) items?: ItemDefinitionDto[];
  @ApiPropertyOptional({ type: [PairDefinitionDto], description: 'matching' }) pairs?: PairDefinitionDto[];
  @ApiPropertyOptional({ type: LocalizedListDto, description: 'short_text' }) accepted?: LocalizedListDto;
}

export class LessonDefinitionDto {
  @ApiProperty({ example: 'what-is-a-right', description: 'Stable name; published as NN-name' }) key: string;
  @ApiPropertyOptional({ description: 'Ignored on save: lessons are numbered in the order of the list' }) position?: number;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto, description: 'Markdown, without the title' }) body: LocalizedTextDto;
}

export class AssessmentDefinitionDto {
  @ApiProperty({ minimum: 1, maximum: 100 }) passMark: number;
  @ApiProperty({ description: '0 means unlimited' }) attempts: number;
  @ApiProperty({ description: 'Questions drawn for each attempt' }) draw: number;
  @ApiProperty({ type: [QuestionDefinitionDto] }) questions: QuestionDefinitionDto[];
}

export class ModuleDefinitionDto {
  @ApiPropertyOptional({ description: 'Always the module’s own slug' }) slug?: string;
  @ApiProperty({ enum: AUDIENCES }) audience: (typeof AUDIENCES)[number];
  @ApiProperty() minutes: number;
  @ApiProperty({ type: [String], example: ['C1'] }) competencies: string[];
  @ApiPropertyOptional() validityMonths?: number;
  @ApiProperty({ type: LocalizedTextDto }) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) summary: LocalizedTextDto;
  @ApiProperty({ type: [LessonDefinitionDto] }) lessons: LessonDefinitionDto[];
  @ApiProperty({ type: AssessmentDefinitionDto }) assessment: AssessmentDefinitionDto;
}
