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
  @ApiProperty({ description: 'Whether the holder confirmed the address through a mailed link (only then does a credential name it)' })
  emailVerified: boolean;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiPropertyOptional({ type: String, enum: ['admin'], nullable: true }) platformRole: 'admin' | null;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) sector: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) jobTitle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) country: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) gender: string | null;
  @ApiProperty({ enum: ['adult', 'child'], description: '`child`: the web client shows the child-friendly mode' }) accountKind: 'adult' | 'child';
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Children only: how they log in' }) username: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, enum: ['10-12', '13-15', '16-17'] }) ageBand: string | null;
  @ApiProperty({ description: "Children: false until the organisation recorded a parent's or guardian's consent (learning waits); always true for adults" })
  consentRecorded: boolean;
}

export class SessionDto {
  @ApiPropertyOptional({ type: MeDto, nullable: true, description: 'The logged-in user, or null' })
  user: MeDto | null;
}
