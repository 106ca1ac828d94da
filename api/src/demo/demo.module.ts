import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ imports: [UsersModule, CohortsModule, CertificatesModule, ChildrenModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
