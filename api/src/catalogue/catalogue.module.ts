import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';
import { ModulePublisher } from './module-publisher.service.js';

@Module({ controllers: [CatalogueController], providers: [CatalogueService, ModulePublisher], exports: [ModulePublisher, CatalogueService] })
export class CatalogueModule {}
