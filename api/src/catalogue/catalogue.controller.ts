import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { Public } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { PositionPipe } from '../common/validation/position.pipe.js';
import { lessonCacheKey, PublishedContentCache } from './cache/published-content-cache.js';
import { sendCached } from './cache/send-cached.js';
import { CatalogueService } from './catalogue.service.js';
import { ListModulesQueryDto } from './dto/list-modules-query.dto.js';
import { LessonDto, ModuleDetailDto, ModulePageDto } from './dto/module.dto.js';

@ApiTags('catalogue')
@Controller('modules')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly cache: PublishedContentCache,
  ) {}

  // Published content is the same for everyone of an audience: answered from bodies serialised and compressed once per
  // content revision, with an ETag (see PublishedContentCache).

  @Public()
  @Get()
  @ApiOkResponse({ type: ModulePageDto, description: 'Published modules, filtered and paginated.' })
  async list(
    @AuthUser() user: CurrentUser | undefined,
    @Query() query: ListModulesQueryDto,
    @RequestLanguage() language: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A child's account sees only modules made for children, whatever it asks for.
    const effective = user?.accountKind === 'child' ? { ...query, audience: 'child' as const } : query;
    const key = ['list', language, effective.audience, effective.competency, effective.q, effective.page, effective.pageSize].join('\u0000');
    sendCached(request, reply, await this.cache.get(key, () => this.catalogue.list(effective, language)));
  }

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: ModuleDetailDto, description: 'The current published version of a module.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async detail(
    @AuthUser() user: CurrentUser | undefined,
    @Param('slug') slug: string,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const audience = childAudience(user);
    const key = ['detail', language, audience, slug].join('\u0000');
    sendCached(request, reply, await this.cache.get(key, () => this.catalogue.detail(slug, language, audience)));
  }

  @Public()
  @Get(':slug/lessons/:position')
  @ApiOkResponse({ type: LessonDto, description: 'One lesson of the current published version, as safe HTML.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async lesson(
    @AuthUser() user: CurrentUser | undefined,
    @Param('slug') slug: string,
    @Param('position', PositionPipe) position: number,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const audience = childAudience(user);
    sendCached(request, reply, await this.cache.get(lessonCacheKey(language, audience, slug, position), () => this.catalogue.lesson(slug, position, language, audience)));
  }
}

const childAudience = (user: CurrentUser | undefined) => (user?.accountKind === 'child' ? 'child' : undefined);
