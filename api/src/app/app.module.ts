import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config.js';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter.js';
import { createValidationPipe } from '../common/validation/validation-pipe.js';
import { NoStoreInterceptor } from '../common/security/no-store.interceptor.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompetenciesModule } from '../competencies/competencies.module.js';
import { ContentModule } from '../content/content.module.js';
import { DemoModule } from '../demo/demo.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { HealthModule } from '../health/health.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ChildrenModule } from '../children/children.module.js';
import { AuthoringModule } from '../authoring/authoring.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), migrationsRun: true, migrationsTransactionMode: 'each', retryAttempts: 1, retryDelay: 1000 }),
        HealthModule,
        AuthModule,
        CompetenciesModule,
        CatalogueModule,
        ProgrammesModule,
        ContentModule,
        DemoModule,
        LearningModule,
        AssessmentsModule,
        CertificatesModule,
        OrganisationsModule,
        CohortsModule,
        ReportsModule,
        ChildrenModule,
        AuthoringModule,
        ...extraModules,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
      ],
      exports: [AppConfig],
    };
  }
}
