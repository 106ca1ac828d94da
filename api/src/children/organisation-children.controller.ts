import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { PageQueryDto } from '../common/dto/pagination.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { ChildAccountsService } from './child-accounts.service.js';
import { ChildDataService } from './child-data.service.js';
import { ConsentsService } from './consents.service.js';
import { ChildListDto, ConsentDto, NewSecretDto } from './dto/child.dto.js';
import { ChildExportDto } from './dto/child-export.dto.js';

/**
 * The children of an organisation. Consent, unlocking and new secrets: org admins, and trainers for the children
 * of the groups they run. The list, the export and the deletion: org admins only.
 */
@ApiTags('children')
@Controller('organisations/:organisationId/children')
export class OrganisationChildrenController {
  constructor(
    private readonly accounts: ChildAccountsService,
    private readonly consents: ConsentsService,
    private readonly data: ChildDataService,
  ) {}

  @OrganisationRoles('org_admin')
  @Get()
  @ApiOkResponse({ type: ChildListDto, description: 'Least recently active first; `inactiveForAYear` flags accounts to delete.' })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Query() page: PageQueryDto): Promise<ChildListDto> {
    return this.data.list(organisationId, page);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Put(':userId/consent')
  @ApiOkResponse({ type: ConsentDto, description: "A parent's or guardian's consent is recorded (who and when): the child can learn." })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  recordConsent(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<ConsentDto> {
    return this.consents.record(user, organisationId, userId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Delete(':userId/consent')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Consent withdrawn: the child can no longer learn.' })
  async withdrawConsent(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.consents.withdraw(user, organisationId, userId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Post(':userId/unlock')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account, locked after too many wrong secrets, is unlocked.' })
  async unlock(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.accounts.unlock(user, organisationId, userId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Post(':userId/secret')
  @HttpCode(200)
  @ApiOkResponse({ type: NewSecretDto, description: 'A new random PIN, shown only here; the account is unlocked.' })
  resetSecret(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<NewSecretDto> {
    return this.accounts.resetSecret(user, organisationId, userId);
  }

  @OrganisationRoles('org_admin')
  @Get(':userId/export')
  @ApiOkResponse({ type: ChildExportDto, description: 'Everything held about the child (not the hash of their secret).' })
  export(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<ChildExportDto> {
    return this.data.export(user, organisationId, userId);
  }

  @OrganisationRoles('org_admin')
  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Everything that identifies the child is removed; anonymous figures stay.' })
  async delete(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.data.delete(user, organisationId, userId);
  }
}
