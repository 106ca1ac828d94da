import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, Public } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { InvitationLinkInfoDto, MyInvitationsDto } from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

/** Organisations' invitations as the invited person sees and answers them. */
@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @LoggedIn()
  @Get('me/invitations')
  @ApiOkResponse({ type: MyInvitationsDto, description: 'Invitations to my e-mail address waiting for an answer.' })
  async mine(@AuthUser() user: CurrentUser): Promise<MyInvitationsDto> {
    return { items: await this.invitations.mine(user.id) };
  }

  @LoggedIn()
  @Post('me/invitations/:invitationId/accept')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'I am now a member of the organisation (and of the invited cohort).' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such invitation waiting for my address.' })
  async accept(@AuthUser() user: CurrentUser, @Param('invitationId', ParseUUIDPipe) invitationId: string): Promise<void> {
    await this.invitations.respond(user.id, invitationId, true);
  }

  @LoggedIn()
  @Post('me/invitations/:invitationId/decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Declined; the organisation is not told.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async decline(@AuthUser() user: CurrentUser, @Param('invitationId', ParseUUIDPipe) invitationId: string): Promise<void> {
    await this.invitations.respond(user.id, invitationId, false);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOkResponse({ type: InvitationLinkInfoDto, description: 'What an invitation link is for, before logging in.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Used, expired or unknown.' })
  link(@Param('token') token: string): Promise<InvitationLinkInfoDto> {
    return this.invitations.byToken(token);
  }
}
