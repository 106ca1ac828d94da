import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'isEmail' }) rule: string;
  @ApiProperty({ example: '"email" must be an e-mail address.' }) message: string;
}

/** The one JSON shape of every error the API returns. */
export class ErrorResponseDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'Some fields are not valid.' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) details?: FieldErrorDto[];
  @ApiPropertyOptional({ example: 'attempt_submitted', description: 'A stable reason a client acts on, where the status alone does not say it' }) code?: string;
}
