import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/pagination.dto.js';
import { AUDIENCES, type Audience } from '../../content/content.types.js';

export class ListModulesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ example: 'C2', description: 'Only modules that build this competency' })
  @IsOptional()
  @Matches(/^C\d+$/)
  competency?: string;

  @ApiPropertyOptional({ description: 'Words searched in the title and summary, in the response language (accents and case ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
