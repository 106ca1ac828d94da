import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ApiProduces } from '@nestjs/swagger';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { PageQueryDto } from '../common/dto/pagination.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { CohortDashboardDto, LearnerDetailDto } from './dto/dashboard.dto.js';
import { ReportsService } from './reports.service.js';
import { asAttachment } from '../common/http/attachment.js';

/** Cohort figures for the organisation's admins and the cohort's trainers; other organisations get 404. */
@ApiTags('reports')
@Controller('organisations/:organisationId/cohorts/:cohortId')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @OrganisationRoles('org_admin', 'trainer')
  @Get('dashboard')
  @ApiOkResponse({ type: CohortDashboardDto, description: 'Totals, competency profile, sector and gender breakdowns (groups under 5 hidden), members page.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  dashboard(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() page: PageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<CohortDashboardDto> {
    return this.reports.dashboard(user, organisationId, cohortId, page, language);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('members/:userId')
  @ApiOkResponse({ type: LearnerDetailDto, description: "One learner's progress and every attempt with its answers." })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  learner(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<LearnerDetailDto> {
    return this.reports.learnerDetail(user, organisationId, cohortId, userId, language);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('dashboard.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The members table as CSV (UTF-8 with BOM; semicolons in French, commas in English).' })
  async csv(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { csv, fileName } = await this.reports.csv(user, organisationId, cohortId, language);
    asAttachment(reply, 'text/csv; charset=utf-8', fileName);
    return csv;
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: "The cohort's figures as an A4 PDF report in the asked language." })
  async pdf(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, fileName } = await this.reports.pdf(user, organisationId, cohortId, language);
    asAttachment(reply, 'application/pdf', fileName);
    return pdf;
  }
}
