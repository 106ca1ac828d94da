import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/i18n/language.js';
import { Trim } from '../../common/validation/trim.decorator.js';
import { AGE_BANDS, SECRET_KINDS, type AgeBand, type SecretKind } from '../../users/user.entity.js';

const SECRET_DESCRIPTION = 'A PIN: 4 digits ("0427" or ["0","4","2","7"]). Pictures: 4 ids from GET /api/children/pictures, in order (["sun","cat","sun","boat"]).';

export class JoinDto {
  @ApiProperty({ example: 'K7P-4XZ', description: 'The class code, in any case, with or without the dash' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  classCode: string;

  @ApiProperty({ maxLength: 40, description: 'A first name or a nickname; never a surname' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  displayName: string;

  @ApiPropertyOptional({ enum: AGE_BANDS }) @IsOptional() @IsIn(AGE_BANDS) ageBand?: AgeBand;

  @ApiProperty({ enum: SECRET_KINDS }) @IsIn(SECRET_KINDS) secretKind: SecretKind;

  @ApiProperty({ description: SECRET_DESCRIPTION, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  @IsDefined()
  secret: string | string[];

  @ApiProperty({ enum: LANGUAGES }) @IsIn(LANGUAGES) language: Language;
}

export class ChildLoginDto {
  @ApiProperty({ example: 'lina-4821' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  username: string;

  @ApiProperty({ description: SECRET_DESCRIPTION, oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  @IsDefined()
  secret: string | string[];
}
