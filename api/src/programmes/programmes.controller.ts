import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, type CurrentUser } from '../common/auth/current-user.js';
import { Public } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { ProgrammeDto, ProgrammeListDto } from './dto/programme.dto.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ProgrammeListDto, description: "Certification tracks, with the caller's progress when logged in." })
  async list(@Query() _q: LanguageQueryDto, @RequestLanguage() language: Language, @AuthUser() user?: CurrentUser): Promise<ProgrammeListDto> {
    return { items: await this.programmes.list(language, user?.id, childAudience(user)) };
  }

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  detail(
    @Param('slug') slug: string,
    @Query() _q: LanguageQueryDto,
    @RequestLanguage() language: Language,
    @AuthUser() user?: CurrentUser,
  ): Promise<ProgrammeDto> {
    return this.programmes.detail(slug, language, user?.id, childAudience(user));
  }
}

const childAudience = (user: CurrentUser | undefined) => (user?.accountKind === 'child' ? 'child' : undefined);
