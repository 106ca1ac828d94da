import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { OrganisationRoles } from '../common/auth/public.decorator.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { LessonNoteDto, LessonNoteListDto, LessonRefQueryDto, SaveLessonNoteDto } from './dto/lesson-note.dto.js';
import { LessonNotesService } from './lesson-notes.service.js';

/** An organisation's own notes under lessons: its admins write them (local procedure is the organisation's word), its trainers read them. */
@ApiTags('organisations')
@Controller('organisations/:organisationId/lesson-notes')
export class LessonNotesController {
  constructor(private readonly notes: LessonNotesService) {}

  @OrganisationRoles('org_admin', 'trainer')
  @Get()
  @ApiOkResponse({ type: LessonNoteListDto })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string, @RequestLanguage() language: Language): Promise<LessonNoteListDto> {
    return this.notes.list(organisationId, language);
  }

  @OrganisationRoles('org_admin')
  @Put()
  @ApiOkResponse({ type: LessonNoteDto, description: 'Writes (or rewrites) the note under one lesson of a module.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  save(
    @AuthUser() user: CurrentUser,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() dto: SaveLessonNoteDto,
    @RequestLanguage() language: Language,
  ): Promise<LessonNoteDto> {
    return this.notes.save(organisationId, dto, user.id, language);
  }

  @OrganisationRoles('org_admin')
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async remove(@Param('organisationId', ParseUUIDPipe) organisationId: string, @Query() lesson: LessonRefQueryDto): Promise<void> {
    await this.notes.remove(organisationId, lesson);
  }
}
