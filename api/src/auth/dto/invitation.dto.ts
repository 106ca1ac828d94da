import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/dto/pagination.dto.js';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../organisations/membership.entity.js';

/** What the inviting organisation sees until the person accepts: the address it typed, never whether it has an account. */
export class OrganisationInvitationDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role: OrganisationRole;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The cohort a roster import invited to' }) cohortName: string | null;
  @ApiProperty({ enum: ['invited', 'expired'], description: 'Declined invitations stay "invited" until they expire' }) status: 'invited' | 'expired';
  @ApiProperty() invitedAt: string;
  @ApiProperty() expiresAt: string;
}

export class OrganisationInvitationPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrganisationInvitationDto] }) items: OrganisationInvitationDto[];
}

export class InvitationLinkDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Shown once: the page where the person logs in or creates an account, then accepts' }) link: string;
}

/** An invitation waiting for the logged-in person's answer. */
export class MyInvitationDto {
  @ApiProperty() id: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role: OrganisationRole;
  @ApiPropertyOptional({ type: String, nullable: true }) cohortName: string | null;
  @ApiProperty() invitedAt: string;
  @ApiProperty() expiresAt: string;
}

export class MyInvitationsDto {
  @ApiProperty({ type: [MyInvitationDto] }) items: MyInvitationDto[];
}

export class InvitationLinkInfoDto {
  @ApiProperty({ enum: ['organisation', 'password'], description: '`password`: an older link that sets the password of an account an organisation created' })
  kind: 'organisation' | 'password';
  @ApiPropertyOptional({ type: String, nullable: true }) organisationName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The address invited' }) email: string | null;
}
