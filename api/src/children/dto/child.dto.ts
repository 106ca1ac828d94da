import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MeDto } from '../../auth/dto/me.dto.js';
import { Trim } from '../../common/validation/trim.decorator.js';
import { AGE_BANDS, SECRET_KINDS, type AgeBand, type SecretKind } from '../../users/user.entity.js';

export class PicturesDto {
  @ApiProperty({ type: [String], description: 'The picture ids a picture password is made of (the web client draws them)' }) pictures: string[];
  @ApiProperty({ description: 'How many digits a PIN has, and how many pictures a picture password' }) secretLength: number;
}

export class JoinedDto {
  @ApiProperty({ description: 'The username the child needs to log in again: show it big, and suggest writing it down' }) username: string;
  @ApiProperty({ type: MeDto }) me: MeDto;
}

export class ChildGroupDto {
  @ApiProperty() cohortId: string;
  @ApiProperty() name: string;
}

export class ChildProfileDto {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true, enum: AGE_BANDS }) ageBand: AgeBand | null;
  @ApiProperty({ enum: SECRET_KINDS }) secretKind: SecretKind;
  @ApiProperty({ description: "false: show the “waiting for your grown-up's permission” state; learning routes answer 403 until then" })
  consentRecorded: boolean;
  @ApiProperty({ type: [ChildGroupDto] }) groups: ChildGroupDto[];
}

export class NewChildDto {
  @ApiProperty({ maxLength: 40 }) @Trim() @IsString() @IsNotEmpty() @MaxLength(40) displayName: string;
  @ApiPropertyOptional({ enum: AGE_BANDS }) @IsOptional() @IsIn(AGE_BANDS) ageBand?: AgeBand;
}

export class CreateChildrenDto {
  @ApiProperty({ type: [NewChildDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => NewChildDto)
  children: NewChildDto[];
}

export class ChildCredentialsDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() username: string;
  @ApiProperty({ description: 'Shown only in this answer: only its hash is kept' }) pin: string;
}

export class CreatedChildrenDto {
  @ApiProperty({ type: [ChildCredentialsDto] }) children: ChildCredentialsDto[];
}

export class ChildSummaryDto {
  @ApiProperty() userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true, enum: AGE_BANDS }) ageBand: AgeBand | null;
  @ApiProperty() consentRecorded: boolean;
  @ApiProperty() locked: boolean;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) lastActiveAt: string | null;
  @ApiProperty({ description: 'No activity (or, never active, created) for 12 months: flagged for deletion' }) inactiveForAYear: boolean;
  @ApiProperty({ type: [ChildGroupDto] }) groups: ChildGroupDto[];
}

export class ChildListDto {
  @ApiProperty({ type: [ChildSummaryDto] }) items: ChildSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class ConsentDto {
  @ApiProperty() userId: string;
  @ApiProperty() organisationId: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who recorded it' }) recordedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) recordedByName: string | null;
  @ApiProperty() recordedAt: string;
}

export class NewSecretDto {
  @ApiProperty() username: string;
  @ApiProperty({ description: 'The new PIN, shown only in this answer' }) pin: string;
}

export type { SecretKind };
