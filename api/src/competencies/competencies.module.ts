import { Module } from '@nestjs/common';
import { CompetenciesController } from './competencies.controller.js';
import { CompetenciesService } from './competencies.service.js';

@Module({ controllers: [CompetenciesController], providers: [CompetenciesService], exports: [CompetenciesService] })
export class CompetenciesModule {}
