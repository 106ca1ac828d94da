import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { RosterImportService } from './import/roster-import.service.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

@Module({ imports: [LearningModule, AuthModule], controllers: [CohortsController], providers: [CohortsService, RosterImportService], exports: [CohortsService] })
export class CohortsModule {}
