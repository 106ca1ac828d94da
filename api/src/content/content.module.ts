import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { CompetenciesModule } from '../competencies/competencies.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ContentLoaderService } from './content-loader.service.js';

@Module({ imports: [CompetenciesModule, CatalogueModule, ProgrammesModule, CountriesModule], providers: [ContentLoaderService], exports: [ContentLoaderService] })
export class ContentModule {}
