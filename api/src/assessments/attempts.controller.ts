import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn, OpenToChildren } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { AttemptsService } from './attempts.service.js';
import { AttemptDto, SaveAnswerDto, SubmitAttemptDto } from './dto/attempt.dto.js';

/** A learner's own attempts: anyone else's answer 404. No correct answer leaves before submission. */
@ApiTags('assessments')
@LoggedIn()
// Children learn here too, once the organisation recorded a parent's or guardian's consent.
@OpenToChildren({ afterConsent: true })
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Post('enrolments/:id/attempts')
  @ApiCreatedResponse({ type: AttemptDto, description: 'The attempt in progress, or a newly drawn one.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Already passed, or no attempt left.' })
  async start(@AuthUser() user: CurrentUser, @Param('id', ParseUUIDPipe) enrolmentId: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language) {
    const id = await this.attempts.start(user.id, enrolmentId);
    return this.attempts.view(user.id, id, language);
  }

  @Get('attempts/:id')
  @ApiOkResponse({ type: AttemptDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  view(@AuthUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<AttemptDto> {
    return this.attempts.view(user.id, id, language);
  }

  @Put('attempts/:id/answers/:questionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Saved (saving again replaces the answer; an operation id already applied, or an answer older than the saved one, is acknowledged and changes nothing).' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The attempt was already submitted (`code: attempt_submitted`).' })
  async save(
    @AuthUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('questionId', ParseUUIDPipe) questionId: string,
    @Body() dto: SaveAnswerDto,
  ): Promise<void> {
    await this.attempts.saveAnswer(user.id, id, questionId, dto);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptDto, description: 'Graded once; a repeated submission with the same key returns the same result.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Already submitted with another key, e.g. from another device (`code: submitted_elsewhere`).' })
  async submit(
    @AuthUser() user: CurrentUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitAttemptDto,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<AttemptDto> {
    await this.attempts.submit(user.id, id, dto);
    return this.attempts.view(user.id, id, language);
  }
}
