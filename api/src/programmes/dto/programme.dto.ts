import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCES, type Audience } from '../../content/content.types.js';

export class ProgrammeModuleDto {
  @ApiProperty({ example: 'hearing-the-child' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Estimated study time' }) minutes: number;
  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'Whether the caller completed it; null when not logged in' })
  completed: boolean | null;
}

export class ProgrammeDto {
  @ApiProperty({ example: 'child-friendly-justice-foundations' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
  @ApiProperty({ type: [ProgrammeModuleDto], description: 'In the order learners follow them' }) modules: ProgrammeModuleDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: "Verification code of the caller's programme certificate" })
  certificateCode: string | null;
}

export class ProgrammeListDto {
  @ApiProperty({ type: [ProgrammeDto] }) items: ProgrammeDto[];
}
