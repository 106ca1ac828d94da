import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OrganisationInvitationDto } from '../../auth/dto/invitation.dto.js';
import { PageMetaDto, PageQueryDto } from '../../common/dto/pagination.dto.js';
import { ORGANISATION_ROLES, type OrganisationRole } from '../membership.entity.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../organisation.entity.js';
import { Trim } from '../../common/validation/trim.decorator.js';

export class CreateOrganisationDto {
  @ApiProperty({ maxLength: 200 }) @Trim() @IsString() @MinLength(2) @MaxLength(200) name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) @IsIn(ORGANISATION_KINDS) kind: OrganisationKind;
  @ApiPropertyOptional({ example: 'SN', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

export class OrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiPropertyOptional({ type: String, nullable: true }) country: string | null;
  @ApiProperty() memberCount: number;
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES, nullable: true, description: "The caller's role (null for a platform admin who is not a member)" })
  myRole: OrganisationRole | null;
}

export class OrganisationPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrganisationDto] }) items: OrganisationDto[];
}

export class MemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role: OrganisationRole;
  @ApiProperty() joinedAt: string;
}

export class MemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [MemberDto] }) items: MemberDto[];
}

export class AddMemberDto {
  @ApiProperty() @Trim() @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) @IsIn(ORGANISATION_ROLES) role: OrganisationRole;
}

export class InvitedMemberDto {
  @ApiProperty({ type: OrganisationInvitationDto }) invitation: OrganisationInvitationDto;
  @ApiProperty({ description: 'Shown once: the page where the person logs in or creates an account, then accepts' }) link: string;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ORGANISATION_ROLES }) @IsIn(ORGANISATION_ROLES) role: OrganisationRole;
}

export class MembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES, description: 'Only members with this role' })
  @IsOptional()
  @IsIn(ORGANISATION_ROLES)
  role?: OrganisationRole;

  @ApiPropertyOptional({ description: 'Part of a name or e-mail address (case ignored)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;
}
