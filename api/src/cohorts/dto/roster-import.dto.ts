import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RosterProblemDto {
  @ApiProperty() field: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class RosterRowDto {
  @ApiProperty({ description: 'Line in the file; the headings are line 1' }) line: number;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiPropertyOptional({ type: String, nullable: true }) sector: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) jobTitle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) country: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) gender: string | null;
  @ApiProperty({ enum: ['new', 'existing', 'invalid'], description: 'A new account, an existing one, or a row that will be skipped' })
  status: 'new' | 'existing' | 'invalid';
  @ApiProperty({ type: [RosterProblemDto] }) problems: RosterProblemDto[];
}

export class RosterCountsDto {
  @ApiProperty() rows: number;
  @ApiProperty() new: number;
  @ApiProperty() existing: number;
  @ApiProperty() invalid: number;
}

export class RosterPreviewDto {
  @ApiProperty({ type: RosterCountsDto }) counts: RosterCountsDto;
  @ApiProperty({ type: [RosterRowDto] }) rows: RosterRowDto[];
}

export class InvitationLinkDto {
  @ApiProperty() line: number;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Shown once: the person opens it to choose a password' }) link: string;
}

export class RosterImportResultDto {
  @ApiProperty({ type: RosterCountsDto }) counts: RosterCountsDto;
  @ApiProperty({ description: 'Enrolments created in the cohort’s modules' }) enrolments: number;
  @ApiProperty({ type: [InvitationLinkDto] }) invitations: InvitationLinkDto[];
}
