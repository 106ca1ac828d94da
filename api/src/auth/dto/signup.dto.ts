import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language.js';
import { Trim } from '../../common/validation/trim.decorator.js';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

export class SignupDto {
  @ApiProperty({ example: 'Amina Diallo', maxLength: 80 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  displayName: string;

  @ApiProperty({ example: 'amina@example.org' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;

  @ApiProperty({ enum: LANGUAGES })
  @IsIn(LANGUAGES)
  preferredLanguage: Language;
}
