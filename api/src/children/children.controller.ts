import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MeDto } from '../auth/dto/me.dto.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { ChildrenOnly, Public } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { AppConfig } from '../config/config.js';
import { UsersService } from '../users/users.service.js';
import { ChildAccountsService } from './child-accounts.service.js';
import { ChildDataService } from './child-data.service.js';
import { PICTURES, SECRET_LENGTH } from './child-secret.js';
import { ChildProfileDto, JoinedDto, PicturesDto } from './dto/child.dto.js';
import { GiveFeedbackDto } from './dto/feedback.dto.js';
import { ChildLoginDto, JoinDto } from './dto/join.dto.js';
import { FeedbackService } from './feedback.service.js';

/** What children themselves call: joining, logging in, their own profile, their feedback. */
@ApiTags('children')
@Controller('children')
export class ChildrenController {
  constructor(
    private readonly accounts: ChildAccountsService,
    private readonly data: ChildDataService,
    private readonly feedback: FeedbackService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('pictures')
  @ApiOkResponse({ type: PicturesDto, description: 'The picture ids of picture passwords, and the length of a secret.' })
  pictures(): PicturesDto {
    return { pictures: [...PICTURES], secretLength: SECRET_LENGTH };
  }

  @Public()
  @Post('join')
  @ApiCreatedResponse({ type: JoinedDto, description: "Account created in the class code's group and logged in; the username is shown here." })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'Unknown or revoked class code.' })
  @ApiGoneResponse({ type: ErrorResponseDto, description: 'Expired class code.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many joins from this address or with this code.' })
  async join(@Body() dto: JoinDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<JoinedDto> {
    const { userId, username, token } = await this.accounts.join(dto, request.ip);
    setSessionCookie(reply, token, this.config.nodeEnv === 'production');
    return { username, me: await this.users.profile(userId) };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto, description: 'Logged in; the session cookie is set.' })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto, description: 'Wrong username or secret (the same answer for both).' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Too many failed log-ins from this address.' })
  async login(@Body() dto: ChildLoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const { userId, token } = await this.accounts.login(dto, request.ip);
    setSessionCookie(reply, token, this.config.nodeEnv === 'production');
    return this.users.profile(userId);
  }

  @ChildrenOnly()
  @Get('me')
  @ApiOkResponse({ type: ChildProfileDto, description: 'The child’s own account, whether learning may start, and their groups.' })
  me(@AuthUser() user: CurrentUser): Promise<ChildProfileDto> {
    return this.data.profile(user.id);
  }

  @ChildrenOnly()
  @Post('feedback')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Recorded anonymously (no user is stored with it); once per completed module.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Module not completed yet, or feedback already given.' })
  async giveFeedback(@AuthUser() user: CurrentUser, @Body() dto: GiveFeedbackDto): Promise<void> {
    await this.feedback.give(user.id, dto);
  }
}
