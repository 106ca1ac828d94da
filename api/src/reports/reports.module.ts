import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({ imports: [CohortsModule, AssessmentsModule], controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
