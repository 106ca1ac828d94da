import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, Public } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { translate } from '../common/i18n/translate.js';
import { AppConfig } from '../config/config.js';
import { UsersService } from '../users/users.service.js';
import { CheckEmailDto, ForgotPasswordDto, LinkWithPasswordDto } from './dto/account-email.dto.js';
import { MeDto } from './dto/me.dto.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService, RESET_LINK_MINUTES } from './password-reset.service.js';
import { setSessionCookie } from './session-cookie.js';

/** Confirming an address and resetting a password, both through single-use links sent by e-mail. */
@ApiTags('auth')
@Controller('auth')
export class AccountEmailController {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly resets: PasswordResetService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('email/verify')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Address confirmed with the mailed link and the account password; logged in.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Link used, expired or unknown; or not this account’s password.' })
  async verify(@Body() dto: LinkWithPasswordDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    return this.logIn(reply, await this.verification.verify(dto.token, dto.password));
  }

  @LoggedIn()
  @Post('email/verification')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CheckEmailDto, description: 'A new confirmation link is mailed to the account’s address (nothing when it is already confirmed).' })
  async resend(@AuthUser() user: CurrentUser, @RequestLanguage() language: Language): Promise<CheckEmailDto> {
    const account = await this.users.findById(user.id);
    if (account?.email && !account.emailVerifiedAt) await this.verification.send({ ...account, email: account.email });
    return { message: translate(language, 'auth.checkEmailVerification') };
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CheckEmailDto, description: 'The same answer whether or not the address has an account.' })
  async forgot(@Body() dto: ForgotPasswordDto, @RequestLanguage() language: Language): Promise<CheckEmailDto> {
    await this.resets.request(dto.email);
    return { message: translate(language, 'auth.checkEmailReset', { minutes: RESET_LINK_MINUTES }) };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'New password set; every other session of the account ended; logged in here.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Link used, expired or unknown.' })
  async reset(@Body() dto: LinkWithPasswordDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    return this.logIn(reply, await this.resets.reset(dto.token, dto.password));
  }

  private async logIn(reply: FastifyReply, session: { userId: string; token: string }): Promise<MeDto> {
    setSessionCookie(reply, session.token, this.config.nodeEnv === 'production');
    return this.users.profile(session.userId);
  }
}
