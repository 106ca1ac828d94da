import { ApiProperty } from '@nestjs/swagger';
import { InvitationLinkDto } from '../../auth/dto/invitation.dto.js';

export class RosterProblemDto {
  @ApiProperty() field: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export const ROSTER_STATUSES = ['invite', 'invited', 'member', 'invalid'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export class RosterRowDto {
  @ApiProperty({ description: 'Line in the file; the headings are line 1' }) line: number;
  @ApiProperty({ description: 'As typed in the file; never stored' }) displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({
    enum: ROSTER_STATUSES,
    description:
      '`invite`: will be invited (whether or not the address has an account: nothing tells); `invited`: already invited to this cohort, waiting; ' +
      '`member`: already a member of the organisation, added to the cohort at once; `invalid`: skipped',
  })
  status: RosterStatus;
  @ApiProperty({ type: [RosterProblemDto] }) problems: RosterProblemDto[];
}

export class RosterCountsDto {
  @ApiProperty() rows: number;
  @ApiProperty() invite: number;
  @ApiProperty() invited: number;
  @ApiProperty() member: number;
  @ApiProperty() invalid: number;
}

export class RosterPreviewDto {
  @ApiProperty({ type: RosterCountsDto }) counts: RosterCountsDto;
  @ApiProperty({ type: [RosterRowDto] }) rows: RosterRowDto[];
  @ApiProperty({ type: [String], description: 'Headings of the columns the import does not read, as in the file (profile columns are left to each person)' })
  unusedColumns: string[];
}

export class RosterInvitationLinkDto extends InvitationLinkDto {
  @ApiProperty() line: number;
}

export class RosterImportResultDto {
  @ApiProperty({ type: RosterCountsDto }) counts: RosterCountsDto;
  @ApiProperty({ description: 'Enrolments created for members added at once (invited people are enrolled when they accept)' }) enrolments: number;
  @ApiProperty({ type: [RosterInvitationLinkDto], description: 'One per new invitation, shown once' }) invitations: RosterInvitationLinkDto[];
}
