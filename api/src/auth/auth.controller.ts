import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiNoContentResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OpenToChildren, Public } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { translate } from '../common/i18n/translate.js';
import { AppConfig } from '../config/config.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { CheckEmailDto } from './dto/account-email.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { MeDto, SessionDto } from './dto/me.dto.js';
import { SignupDto } from './dto/signup.dto.js';
import { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { InvitationsService } from './invitations.service.js';
import { setDeviceCookie } from './device-cookie.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
  ) {}

  private get secureCookies() {
    return this.config.nodeEnv === 'production';
  }

  @Public()
  @Post('signup')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: CheckEmailDto,
    description: 'The same answer for a new address and a taken one: a confirmation link, or a note to the owner, is mailed. No one is logged in.',
  })
  async signup(@Body() dto: SignupDto, @RequestLanguage() language: Language): Promise<CheckEmailDto> {
    await this.auth.signup(dto);
    return { message: translate(language, 'auth.checkEmailSignup') };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Logged in; the session cookie is set.' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'Wrong e-mail or password (the same answer for both).' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many failed attempts for this account from this address, from this address, or from this device.' })
  async login(@Body() dto: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const { userId, token, deviceToken } = await this.auth.login(dto, request);
    setSessionCookie(reply, token, this.secureCookies);
    setDeviceCookie(reply, deviceToken, this.secureCookies);
    return this.users.profile(userId);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Password chosen through an invitation link; logged in.' })
  async acceptInvitation(@Body() dto: AcceptInvitationDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const { userId, token } = await this.invitations.accept(dto.token, dto.password);
    setSessionCookie(reply, token, this.secureCookies);
    return this.users.profile(userId);
  }

  @LoggedIn()
  @OpenToChildren()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is ended on every instance.' })
  async logout(@AuthUser() user: CurrentUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.close(user.sessionTokenHash);
    clearSessionCookie(reply, this.secureCookies);
  }

  @Public()
  @Get('session')
  @ApiOkResponse({ type: SessionDto, description: 'Who is logged in on this browser, if anyone.' })
  async session(@AuthUser() user: CurrentUser | undefined): Promise<SessionDto> {
    return { user: user ? await this.users.profile(user.id) : null };
  }
}
