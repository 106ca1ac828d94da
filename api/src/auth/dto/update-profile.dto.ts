import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language.js';
import { GENDERS, SECTORS, type Gender, type Sector } from '../../users/user.entity.js';
import { Trim } from '../../common/validation/trim.decorator.js';

export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: 80 })
  // Omitted keeps the name; null is refused (400) rather than reaching the NOT NULL column.
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  displayName?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  // Optional, self-declared profile fields; null clears one.
  @ApiPropertyOptional({ enum: SECTORS, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(SECTORS)
  sector?: Sector | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(120)
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'CA', description: 'ISO 3166-1 alpha-2' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(/^[A-Z]{2}$/)
  country?: string | null;

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(GENDERS)
  gender?: Gender | null;
}
