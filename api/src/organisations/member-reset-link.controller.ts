import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { PasswordResetService } from '../auth/password-reset.service.js';
import { MemberResetLinkDto } from '../auth/dto/account-email.dto.js';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';

@ApiTags('organisations')
@Controller('organisations')
export class MemberResetLinkController {
  constructor(private readonly resets: PasswordResetService) {}

  @OrganisationRoles('org_admin')
  @Post(':organisationId/members/:userId/reset-link')
  @HttpCode(200)
  @ApiOkResponse({ type: MemberResetLinkDto, description: 'A single-use link for a member without e-mail access to choose a password; shown only here.' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Not for org admins, platform admins, or members of another organisation too. A confirmed address is told by e-mail that a link was made.' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'A child: children have a PIN or picture password instead.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  create(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<MemberResetLinkDto> {
    return this.resets.linkForMember(organisationId, userId, user.id);
  }
}
