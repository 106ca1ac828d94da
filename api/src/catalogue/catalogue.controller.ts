import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { Public } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { PositionPipe } from '../common/validation/position.pipe.js';
import { CatalogueService } from './catalogue.service.js';
import { ListModulesQueryDto } from './dto/list-modules-query.dto.js';
import { LessonDto, ModuleDetailDto, ModulePageDto } from './dto/module.dto.js';

@ApiTags('catalogue')
@Controller('modules')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ModulePageDto, description: 'Published modules, filtered and paginated.' })
  list(@AuthUser() user: CurrentUser | undefined, @Query() query: ListModulesQueryDto, @RequestLanguage() language: Language): Promise<ModulePageDto> {
    // A child's account sees only modules made for children, whatever it asks for.
    return this.catalogue.list(user?.accountKind === 'child' ? { ...query, audience: 'child' } : query, language);
  }

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: ModuleDetailDto, description: 'The current published version of a module.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  detail(
    @AuthUser() user: CurrentUser | undefined,
    @Param('slug') slug: string,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<ModuleDetailDto> {
    return this.catalogue.detail(slug, language, childAudience(user));
  }

  @Public()
  @Get(':slug/lessons/:position')
  @ApiOkResponse({ type: LessonDto, description: 'One lesson of the current published version, as safe HTML.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  lesson(
    @AuthUser() user: CurrentUser | undefined,
    @Param('slug') slug: string,
    @Param('position', PositionPipe) position: number,
    @Query() _query: LanguageQueryDto,
    @RequestLanguage() language: Language,
  ): Promise<LessonDto> {
    return this.catalogue.lesson(slug, position, language, childAudience(user));
  }
}

const childAudience = (user: CurrentUser | undefined) => (user?.accountKind === 'child' ? 'child' : undefined);
