import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { FeedbackPageDto, FeedbackQueryDto, FeedbackSummaryDto, ModerateFeedbackDto } from './dto/feedback.dto.js';
import { FeedbackService } from './feedback.service.js';

/** Children's feedback on modules: org admins moderate the texts; trainers see only aggregates. */
@ApiTags('children')
@Controller('organisations/:organisationId/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @OrganisationRoles('org_admin')
  @Get()
  @ApiOkResponse({ type: FeedbackPageDto, description: 'Feedback with a text, by moderation status (pending first by default); never with a name.' })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Query() query: FeedbackQueryDto, @RequestLanguage() language: Language) {
    return this.feedback.list(organisationId, query, language);
  }

  @OrganisationRoles('org_admin')
  @Post(':feedbackId/moderation')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Approved texts appear in the summary; rejected ones never do.' })
  async moderate(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('feedbackId', ParseUUIDPipe) feedbackId: string,
    @Body() dto: ModerateFeedbackDto,
  ): Promise<void> {
    await this.feedback.moderate(organisationId, feedbackId, dto.status);
  }

  @OrganisationRoles('org_admin', 'trainer')
  @Get('summary')
  @ApiOkResponse({ type: FeedbackSummaryDto, description: 'Per module: faces counted and approved texts, only from five responses up.' })
  summary(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language) {
    return this.feedback.summary(organisationId, language);
  }
}
