import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator.js';
import { LanguageQueryDto } from '../common/dto/language-query.dto.js';
import type { Language } from '../common/i18n/language.js';
import { RequestLanguage } from '../common/i18n/request-language.decorator.js';
import { CompetenciesService } from './competencies.service.js';
import { CompetencyListDto } from './dto/competency.dto.js';

@ApiTags('competencies')
@Controller('competencies')
export class CompetenciesController {
  constructor(private readonly competencies: CompetenciesService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: CompetencyListDto, description: 'The key-competency framework, with the modules that build each competency.' })
  async list(@Query() _query: LanguageQueryDto, @RequestLanguage() language: Language): Promise<CompetencyListDto> {
    return { items: await this.competencies.list(language) };
  }
}
