import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import { asAttachment } from '../common/http/attachment.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { ChildAccountsService } from './child-accounts.service.js';
import { ChildDataService } from './child-data.service.js';
import { ChildGroupPdfService } from './child-group-pdf.service.js';
import { ClassCodesService } from './class-codes.service.js';
import { ClassCodeDto } from './dto/class-code.dto.js';
import { ChildListDto, CreateChildrenDto, CreatedChildrenDto } from './dto/child.dto.js';
import { PageQueryDto } from '../common/dto/pagination.dto.js';

export class CreateChildrenQueryDto extends LanguageQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json', description: '`pdf`: the login cards to print instead of JSON (the PINs exist only in this answer)' })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';
}

/** A children's group: its class code and the accounts a trainer makes. Its trainers and the org admins. */
@ApiTags('children')
@Controller('organisations/:organisationId/cohorts/:cohortId')
export class ChildGroupsController {
  constructor(
    private readonly classCodes: ClassCodesService,
    private readonly accounts: ChildAccountsService,
    private readonly pdfs: ChildGroupPdfService,
    private readonly data: ChildDataService,
  ) {}

  @OrganisationRoles('org_admin', 'trainer')
  @Get('children')
  @ApiOkResponse({ type: ChildListDto, description: "The group's children, for its trainers: consent recorded or not, locked accounts." })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async children(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() page: PageQueryDto,
  ): Promise<ChildListDto> {
    await this.accounts.assertChildGroup(user, organisationId, cohortId);
    return this.data.list(organisationId, page, cohortId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Post('class-code')
  @ApiCreatedResponse({ type: ClassCodeDto, description: 'A new class code (14 days); the previous one stops working.' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'No adult with a valid safeguarding certificate runs the group.' })
  regenerate(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<ClassCodeDto> {
    return this.classCodes.regenerate(user, organisationId, cohortId, language);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('class-code')
  @ApiOkResponse({ type: ClassCodeDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'The group has no class code.' })
  current(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
  ): Promise<ClassCodeDto> {
    return this.classCodes.current(user, organisationId, cohortId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Delete('class-code')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: nobody can join with it any more.' })
  async revoke(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
  ): Promise<void> {
    await this.classCodes.revoke(user, organisationId, cohortId);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('class-code/sheet')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A printable A4 sheet with the class code, its expiry, the app address and the joining steps.' })
  async sheet(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const code = await this.classCodes.current(user, organisationId, cohortId);
    const { pdf, fileName } = await this.pdfs.classCodeSheet(cohortId, code, language);
    asAttachment(reply, 'application/pdf', fileName);
    return pdf;
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Post('children')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'pdf'] })
  @ApiProduces('application/json', 'application/pdf')
  @ApiCreatedResponse({ type: CreatedChildrenDto, description: 'Accounts with generated usernames and PINs, shown only in this answer (JSON, or login cards as PDF).' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'No adult with a valid safeguarding certificate runs the group.' })
  async createChildren(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() dto: CreateChildrenDto,
    @Query() query: CreateChildrenQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedChildrenDto | Buffer> {
    const children = await this.accounts.createForGroup(user, organisationId, cohortId, dto.children, language);
    if (query.format !== 'pdf') return { children };
    const { pdf, fileName } = await this.pdfs.loginCards(cohortId, children, language);
    asAttachment(reply, 'application/pdf', fileName);
    return pdf;
  }
}
