import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../../common/dto/pagination.dto.js';
import { Trim } from '../../common/validation/trim.decorator.js';
import { FACES, MODERATION_STATUSES, type Face, type ModerationStatus } from '../module-feedback.entity.js';

export class GiveFeedbackDto {
  @ApiProperty({ example: 'my-rights' }) @Matches(/^[a-z0-9-]{1,100}$/) moduleSlug: string;
  @ApiProperty({ enum: FACES }) @IsIn(FACES) face: Face;
  @ApiPropertyOptional({ maxLength: 500, description: 'Optional; e-mail addresses and phone numbers are removed' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  text?: string;
}

export class FeedbackQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MODERATION_STATUSES, default: 'pending' }) @IsOptional() @IsIn(MODERATION_STATUSES) status: ModerationStatus = 'pending';
}

export class ModerateFeedbackDto {
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) status: 'approved' | 'rejected';
}

export class FeedbackItemDto {
  @ApiProperty() id: string;
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty({ enum: FACES }) face: Face;
  @ApiPropertyOptional({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ enum: MODERATION_STATUSES }) status: ModerationStatus;
  @ApiProperty({ description: 'The day only' }) givenOn: string;
}

export class FeedbackPageDto extends PageMetaDto {
  @ApiProperty({ type: [FeedbackItemDto] }) items: FeedbackItemDto[];
}

export class FaceCountsDto {
  @ApiProperty() happy: number;
  @ApiProperty() neutral: number;
  @ApiProperty() sad: number;
}

export class ModuleFeedbackSummaryDto {
  @ApiProperty() moduleSlug: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() responses: number;
  @ApiProperty({ description: 'Under five responses nothing else is shown, so that no child can be recognised' }) suppressed: boolean;
  @ApiPropertyOptional({ type: FaceCountsDto, nullable: true }) faces: FaceCountsDto | null;
  @ApiProperty({ type: [String], description: 'Approved texts only, without names or dates' }) texts: string[];
}

export class FeedbackSummaryDto {
  @ApiProperty({ type: [ModuleFeedbackSummaryDto] }) modules: ModuleFeedbackSummaryDto[];
}
