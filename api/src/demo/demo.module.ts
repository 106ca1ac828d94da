import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ imports: [UsersModule, CohortsModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
