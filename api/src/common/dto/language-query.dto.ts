import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../i18n/language.js';

export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Response language; defaults to Accept-Language, then English.' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
