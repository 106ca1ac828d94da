import { applyDecorators, Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { asAttachment } from '../common/http/attachment.js';
import { ApiProduces, ApiConsumes, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { renderMarkdown } from '../catalogue/lesson-renderer.js';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { LoggedIn } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { AuthoringGuard } from './authoring-access.js';
import { AuthoringService } from './authoring.service.js';
import { questionBankText } from './import/question-bank-text.js';
import {
  AuthoredModuleDetailDto,
  AuthoredModuleListDto,
  CreateModuleDto,
  DraftConflictDto,
  DraftDto,
  LessonPreviewBodyDto,
  LessonPreviewDto,
  PublishCheckDto,
  PublishedDto,
  RevisionDto,
  RevisionQueryDto,
  SaveDraftDto,
  VersionDiffDto,
  ImportIntoDraftQueryDto,
  ImportPreviewDto,
  ImportQueryDto,
  ImportResultDto,
  ImportZipQueryDto,
  ExportQueryDto,
} from './dto/authoring.dto.js';

const IMPORTS_WAITING = 'Too many imports are waiting to be read: try again shortly';

/** What a question bank import may answer besides its result (see import/import-limits.ts and import/import-workers.ts). */
function QuestionBankRefusals() {
  return applyDecorators(
    ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'More than 500 questions (the pool limit): refused before the file is read' }),
    ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'The file takes more than 5 s or 256 MB to read' }),
    ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: IMPORTS_WAITING }),
  );
}

/**
 * The authoring space: trainers and org admins edit their organisation's modules, platform admins every module.
 * Learners and trainees get 403 on every route; another organisation's module is 404.
 */
@ApiTags('authoring')
@ApiForbiddenResponse({ type: ErrorResponseDto, description: 'Not a trainer, organisation admin or platform admin' })
@LoggedIn()
@UseGuards(AuthoringGuard)
@Controller('authoring')
export class AuthoringController {
  constructor(private readonly authoring: AuthoringService) {}

  @Get('modules')
  @ApiOkResponse({ type: AuthoredModuleListDto, description: 'Modules you may edit, with their draft and current version' })
  async list(@AuthUser() user: CurrentUser, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<AuthoredModuleListDto> {
    return { items: await this.authoring.list(user, language) };
  }

  @Post('modules')
  @ApiCreatedResponse({ type: DraftDto, description: 'The module, unpublished, with its first (empty) draft' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The slug is taken' })
  create(@AuthUser() user: CurrentUser, @Body() dto: CreateModuleDto, @Query() _q: LanguageQueryDto): Promise<DraftDto> {
    return this.authoring.create(user, dto);
  }

  @Post('modules/import.zip')
  @ApiConsumes('application/zip')
  @ApiBody({ description: 'A module zip in the content/ layout (module.yaml, assessment.yaml, lessons/), 10 MB at most', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: DraftDto, description: 'A new module whose draft holds the zip’s module, ready to publish' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'The module breaks the content rules (`details` lists them), or the zip takes too long to read' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: IMPORTS_WAITING })
  importZip(@AuthUser() user: CurrentUser, @Query() query: ImportZipQueryDto, @Body() body: unknown, @RequestLanguage() language: Language): Promise<DraftDto> {
    return this.authoring.importZipAsModule(user, query, asBytes(body), language);
  }

  @Post('lesson-preview')
  @HttpCode(200)
  @ApiOkResponse({ type: LessonPreviewDto, description: 'A lesson body rendered exactly as learners see it' })
  preview(@Body() dto: LessonPreviewBodyDto): LessonPreviewDto {
    return { html: renderMarkdown(dto.markdown) };
  }

  @Get('modules/:slug')
  @ApiOkResponse({ type: AuthoredModuleDetailDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  detail(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<AuthoredModuleDetailDto> {
    return this.authoring.detail(user, slug, language);
  }

  @Get('modules/:slug/draft')
  @ApiOkResponse({ type: DraftDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No draft (start one with POST)' })
  draft(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto): Promise<DraftDto> {
    return this.authoring.draft(user, slug);
  }

  @Post('modules/:slug/draft')
  @ApiCreatedResponse({ type: DraftDto, description: 'A draft copied from the current version' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'The module already has a draft' })
  startDraft(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto): Promise<DraftDto> {
    return this.authoring.startDraft(user, slug);
  }

  @Put('modules/:slug/draft')
  @ApiBody({ type: SaveDraftDto })
  @ApiOkResponse({ type: DraftDto, description: 'Saved; the revision went up by one' })
  @ApiConflictResponse({ type: DraftConflictDto, description: 'Someone saved since `revision`: nothing saved, the current draft attached' })
  save(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Body() body: unknown, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<DraftDto> {
    return this.authoring.saveDraft(user, slug, body, language);
  }

  @Delete('modules/:slug/draft')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Draft discarded; published versions untouched. A module never published is removed with its draft.' })
  @ApiConflictResponse({ type: DraftConflictDto })
  async discard(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() query: RevisionQueryDto, @RequestLanguage() language: Language): Promise<void> {
    await this.authoring.discardDraft(user, slug, query.revision, language);
  }

  @Get('modules/:slug/draft/check')
  @ApiOkResponse({ type: PublishCheckDto, description: 'What publishing would refuse, without publishing' })
  check(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<PublishCheckDto> {
    return this.authoring.check(user, slug, language);
  }

  @Post('modules/:slug/draft/publish')
  @ApiCreatedResponse({ type: PublishedDto, description: 'The draft is now version N+1; learners on earlier versions keep theirs' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'Not publishable: `details` lists every problem with its field' })
  @ApiConflictResponse({ type: DraftConflictDto })
  publish(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Body() dto: RevisionDto, @Query() _q: LanguageQueryDto, @RequestLanguage() language: Language): Promise<PublishedDto> {
    return this.authoring.publish(user, slug, dto.revision, language);
  }

  @Post('modules/:slug/draft/import/preview')
  @HttpCode(200)
  @ApiConsumes('application/xml', 'text/plain')
  @ApiBody({ description: 'The Moodle XML or GIFT file, as text (5 MB at most)', schema: { type: 'string' } })
  @ApiOkResponse({ type: ImportPreviewDto, description: 'Per question: what will be created, or why it cannot be; nothing is saved' })
  @QuestionBankRefusals()
  previewImport(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() query: ImportQueryDto, @Body() body: unknown, @RequestLanguage() language: Language): Promise<ImportPreviewDto> {
    return this.authoring.previewImport(user, slug, query, asText(body), language);
  }

  @Post('modules/:slug/draft/import')
  @HttpCode(200)
  @ApiConsumes('application/xml', 'text/plain')
  @ApiBody({ description: 'The same file as previewed', schema: { type: 'string' } })
  @ApiOkResponse({ type: ImportResultDto, description: 'Every importable question added to the draft pool at once, flagged needsTranslation' })
  @QuestionBankRefusals()
  @ApiConflictResponse({ type: DraftConflictDto })
  importQuestions(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() query: ImportIntoDraftQueryDto, @Body() body: unknown, @RequestLanguage() language: Language): Promise<ImportResultDto> {
    return this.authoring.importQuestions(user, slug, query, asText(body), language);
  }

  @Post('modules/:slug/draft/import.zip')
  @HttpCode(200)
  @ApiConsumes('application/zip')
  @ApiBody({ description: 'A module zip in the content/ layout', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: DraftDto, description: 'The draft now holds the zip’s module' })
  @ApiConflictResponse({ type: DraftConflictDto })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: IMPORTS_WAITING })
  importZipIntoDraft(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() query: RevisionQueryDto, @Body() body: unknown, @RequestLanguage() language: Language): Promise<DraftDto> {
    return this.authoring.importZipIntoDraft(user, slug, query.revision, asBytes(body), language);
  }

  @Get('modules/:slug/export.zip')
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The current version (or, with ?draft=1, the draft) as a zip in the content/ layout' })
  async exportZip(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { zip, fileName } = await this.authoring.exportZip(user, slug, query.draft !== undefined);
    asAttachment(reply, 'application/zip', fileName);
    return zip;
  }

  @Get('modules/:slug/versions/:from/diff/:to')
  @ApiOkResponse({ type: VersionDiffDto, description: 'Metadata, lesson and question changes from one version to another (`to` may be "draft")' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  diff(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Param('from') from: string, @Param('to') to: string, @Query() _q: LanguageQueryDto): Promise<VersionDiffDto> {
    return this.authoring.diff(user, slug, from, to);
  }

  @Post('modules/:slug/archive')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Gone from the catalogue; enrolments, attempts and certificates kept' })
  async archive(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto): Promise<void> {
    await this.authoring.setArchived(user, slug, true);
  }

  @Post('modules/:slug/unarchive')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Back in the catalogue' })
  async unarchive(@AuthUser() user: CurrentUser, @Param('slug') slug: string, @Query() _q: LanguageQueryDto): Promise<void> {
    await this.authoring.setArchived(user, slug, false);
  }
}

/** A question bank's bytes (see the XML and plain-text parsers in create-app.ts) as text; anything else counts as an empty file. */
const asText = (body: unknown): string => (typeof body === 'string' ? body : Buffer.isBuffer(body) ? questionBankText(body) : '');

/** A binary body (see the application/zip parser in create-app.ts); anything else counts as an empty file. */
const asBytes = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));
