import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OpenToChildren } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { PositionPipe } from '../common/validation/position.pipe.js';
import { EnrolmentDetailDto, EnrolmentLessonContentDto, EnrolmentListDto } from './dto/enrolment.dto.js';
import { MarkReadDto } from './dto/mark-read.dto.js';
import { LearningService } from './learning.service.js';

/** A learner's own enrolments: anyone else's answer 404. */
@ApiTags('learning')
@LoggedIn()
// Children learn here too, once the organisation recorded a parent's or guardian's consent.
@OpenToChildren({ afterConsent: true })
@Controller()
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Post('modules/:slug/enrolments')
  @ApiCreatedResponse({ type: EnrolmentDetailDto, description: "Enrolled on the module's current version (the same enrolment if already enrolled on it)." })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async enrol(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<EnrolmentDetailDto> {
    const id = await this.learning.enrol(user.id, slug);
    return this.learning.detail(user.id, id, language);
  }

  @Get('me/enrolments')
  @ApiOkResponse({ type: EnrolmentListDto, description: 'My learning: every enrolment with its progress.' })
  async list(@AuthUser() user: CurrentUser, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<EnrolmentListDto> {
    return { items: await this.learning.list(user.id, language, user.accountKind) };
  }

  @Get('enrolments/:id')
  @ApiOkResponse({ type: EnrolmentDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  detail(@AuthUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language) {
    return this.learning.detail(user.id, id, language);
  }

  @Get('enrolments/:id/lessons/:position')
  @ApiOkResponse({ type: EnrolmentLessonContentDto, description: 'A lesson of the enrolled version; remembered as where to resume.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  lesson(
    @AuthUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('position', PositionPipe) position: number,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<EnrolmentLessonContentDto> {
    return this.learning.lesson(user.id, id, position, language);
  }

  @Put('enrolments/:id/lessons/:position/read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The lesson is marked read (idempotent; an operation id already applied is acknowledged).' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async markRead(
    @AuthUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('position', PositionPipe) position: number,
    @Body() dto: MarkReadDto = {},
  ): Promise<void> {
    await this.learning.markRead(user.id, id, position, dto?.opId);
  }
}
