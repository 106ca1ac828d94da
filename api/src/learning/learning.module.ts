import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { LearningController } from './learning.controller.js';
import { LearningService } from './learning.service.js';

@Module({ imports: [CatalogueModule, CountriesModule], controllers: [LearningController], providers: [LearningService], exports: [LearningService] })
export class LearningModule {}
