import { ApiProperty } from '@nestjs/swagger';
import { AUDIENCES, type Audience } from '../../content/content.types.js';

export class CompetencyModuleDto {
  @ApiProperty({ example: 'hearing-the-child' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
}

export class CompetencyDto {
  @ApiProperty({ example: 'C2' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String], description: 'Observable indicators' }) indicators: string[];
  @ApiProperty({ type: [CompetencyModuleDto], description: 'Published modules that build this competency' })
  modules: CompetencyModuleDto[];
}

export class CompetencyListDto {
  @ApiProperty({ type: [CompetencyDto] }) items: CompetencyDto[];
}
