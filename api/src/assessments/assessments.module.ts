import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module.js';
import { AttemptsController } from './attempts.controller.js';
import { AttemptsService } from './attempts.service.js';

@Module({ imports: [LearningModule], controllers: [AttemptsController], providers: [AttemptsService], exports: [AttemptsService] })
export class AssessmentsModule {}
