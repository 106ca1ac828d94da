import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/trim.decorator.js';
import { AcceptInvitationDto } from './accept-invitation.dto.js';

/** The token from a mailed link (or one an org admin made), and the account's password or the new one. */
export class LinkWithPasswordDto extends AcceptInvitationDto {}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'amina@example.org' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

/** The answer to a request whose outcome is told only by e-mail. */
export class CheckEmailDto {
  @ApiProperty({ description: 'What to do next, in the request language' }) message: string;
}

export class MemberResetLinkDto {
  @ApiProperty({ description: 'Shown once: the member opens it to choose a password; single use' }) link: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
