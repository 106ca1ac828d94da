import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { PageQueryDto } from '../common/dto/pagination.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { CohortsService } from './cohorts.service.js';
import { RosterImportService } from './import/roster-import.service.js';
import { RosterImportResultDto, RosterPreviewDto } from './dto/roster-import.dto.js';
import { AddCohortMembersDto, AddedCohortMembersDto, AssignTrainerDto, CohortDto, CohortPageDto, CreateCohortDto } from './dto/cohort.dto.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Cohorts of one organisation: org admins manage them; trainers see the ones they run. */
@ApiTags('cohorts')
@Controller('organisations/:organisationId/cohorts')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly roster: RosterImportService,
  ) {}

  @OrganisationRoles('org_admin', 'trainer')
  @Post()
  @ApiCreatedResponse({ type: CohortDto, description: "Org admins open any cohort; trainers open children's groups only, which they run." })
  create(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() dto: CreateCohortDto,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortDto> {
    return this.cohorts.createAs(user, organisationId, dto, language);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get()
  @ApiOkResponse({ type: CohortPageDto })
  list(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() page: PageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortPageDto> {
    return this.cohorts.list(user, organisationId, page, language);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get(':cohortId')
  @ApiOkResponse({ type: CohortDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  get(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortDto> {
    return this.cohorts.get(user, organisationId, cohortId, language);
  }

  @OrganisationRoles('org_admin')
  @Post(':cohortId/members')
  @HttpCode(200)
  @ApiOkResponse({ type: AddedCohortMembersDto, description: "Members added and enrolled in every module of the cohort. A children's group takes children only while a certified adult runs it (422 otherwise)." })
  addMembers(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() dto: AddCohortMembersDto,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<AddedCohortMembersDto> {
    return this.cohorts.addMembers(organisationId, cohortId, dto.userIds, language);
  }

  @OrganisationRoles('org_admin')
  @Post(':cohortId/trainers')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto, description: "The trainer runs the cohort. A children's group needs the trainer to hold the safeguarding certificate (422 otherwise)." })
  assignTrainer(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() dto: AssignTrainerDto,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortDto> {
    return this.cohorts.assignTrainer(organisationId, cohortId, dto.userId, language);
  }

  @OrganisationRoles('org_admin')
  @Delete(':cohortId/trainers/:userId')
  @ApiOkResponse({ type: CohortDto, description: 'The person no longer runs the cohort.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'The person does not run this cohort.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: "They are the last adult with a valid safeguarding certificate running this children's group." })
  removeTrainer(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortDto> {
    return this.cohorts.removeTrainer(organisationId, cohortId, userId, language);
  }

  @OrganisationRoles('org_admin')
  @Delete(':cohortId/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed from the cohort; enrolments and progress are kept.' })
  async removeMember(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.cohorts.removeMember(organisationId, cohortId, userId);
  }

  @OrganisationRoles('org_admin')
  @Post(':cohortId/roster/preview')
  @HttpCode(200)
  @ApiConsumes('text/csv', XLSX)
  @ApiBody({ description: 'The spreadsheet saved as CSV (UTF-8 or Windows-1252, comma or semicolon) or an .xlsx workbook (first sheet)', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: RosterPreviewDto, description: 'What an import would do, row by row; nothing is saved.' })
  preview(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() csv: Buffer,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<RosterPreviewDto> {
    return this.roster.preview(organisationId, cohortId, asBytes(csv), language);
  }

  @OrganisationRoles('org_admin')
  @Post(':cohortId/roster')
  @HttpCode(200)
  @ApiConsumes('text/csv', XLSX)
  @ApiBody({ description: 'The same file as previewed', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: RosterImportResultDto, description: 'Valid rows applied in one transaction: members join the cohort, other addresses are invited (links shown once). 400 when no row is valid.' })
  importRoster(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Body() csv: Buffer,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<RosterImportResultDto> {
    return this.roster.apply(organisationId, cohortId, user.id, asBytes(csv), language);
  }
}

/** The raw spreadsheet body (see the text/csv and .xlsx parser in create-app.ts); anything else is an empty file. */
const asBytes = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));
