import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OrganisationRoles, PlatformAdmin } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { PageQueryDto } from '../common/dto/pagination.dto.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import {
  AddMemberDto,
  InvitedMemberDto,
  ChangeRoleDto,
  CreateOrganisationDto,
  MemberDto,
  MemberPageDto,
  MembersQueryDto,
  OrganisationDto,
  OrganisationPageDto,
} from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';
import { OrganisationInvitationPageDto } from '../auth/dto/invitation.dto.js';
import { InvitationsService } from '../auth/invitations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
  ) {}

  @PlatformAdmin()
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.create(dto);
  }

  @LoggedIn()
  @Get()
  @ApiOkResponse({ type: OrganisationPageDto, description: 'My organisations (every organisation for a platform admin).' })
  list(@AuthUser() user: CurrentUser, @Query() page: PageQueryDto): Promise<OrganisationPageDto> {
    return this.organisations.list(user, page);
  }

  @OrganisationRoles('org_admin', 'trainer', 'trainee')
  @Get(':organisationId')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  get(@AuthUser() user: CurrentUser, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<OrganisationDto> {
    return this.organisations.get(organisationId, user.id);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get(':organisationId/members')
  @ApiOkResponse({ type: MemberPageDto, description: "Trainers see the adults and the children of the groups they run only." })
  members(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() query: MembersQueryDto,
  ): Promise<MemberPageDto> {
    return this.organisations.members(user, organisationId, query);
  }

  @OrganisationRoles('org_admin')
  @Post(':organisationId/members')
  @ApiCreatedResponse({ type: InvitedMemberDto, description: 'Invited: the same answer whether or not the address has an account; the link is shown only here.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Already a member, or already invited and not expired.' })
  addMember(@AuthUser() user: CurrentUser, @Param('organisationId', ParseUUIDPipe) organisationId: string, @Body() dto: AddMemberDto): Promise<InvitedMemberDto> {
    return this.organisations.addMember(organisationId, user.id, dto);
  }

  @OrganisationRoles('org_admin')
  @Get(':organisationId/invitations')
  @ApiOkResponse({ type: OrganisationInvitationPageDto, description: 'Invitations not accepted yet (declined ones stay "invited" until they expire).' })
  invitationList(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Query() page: PageQueryDto): Promise<OrganisationInvitationPageDto> {
    return this.invitations.ofOrganisation(organisationId, page);
  }

  @OrganisationRoles('org_admin')
  @Delete(':organisationId/invitations/:invitationId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn: the person no longer sees it.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async withdrawInvitation(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Param('invitationId', ParseUUIDPipe) invitationId: string): Promise<void> {
    await this.invitations.withdraw(organisationId, invitationId);
  }

  @OrganisationRoles('org_admin')
  @Patch(':organisationId/members/:userId')
  @ApiOkResponse({ type: MemberDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: "The organisation would have no admin left, or a children's group no certified adult." })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: "A child's account is only ever a trainee." })
  changeRole(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: ChangeRoleDto,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<MemberDto> {
    return this.organisations.changeRole(organisationId, userId, dto.role, language);
  }

  @OrganisationRoles('org_admin')
  @Delete(':organisationId/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorResponseDto, description: "The organisation would have no admin left, or a children's group no certified adult." })
  async removeMember(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<void> {
    await this.organisations.removeMember(organisationId, userId, language);
  }
}
