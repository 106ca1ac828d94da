import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../common/i18n/language.js';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../organisations/membership.entity.js';

export class MembershipDto {
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role: OrganisationRole;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiPropertyOptional({ type: String, enum: ['admin'], nullable: true }) platformRole: 'admin' | null;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) sector: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) jobTitle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) country: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) gender: string | null;
}

export class SessionDto {
  @ApiPropertyOptional({ type: MeDto, nullable: true, description: 'The logged-in user, or null' })
  user: MeDto | null;
}
