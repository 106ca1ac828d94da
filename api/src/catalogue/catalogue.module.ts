import { Module } from '@nestjs/common';
import { PublishedContentCache } from './cache/published-content-cache.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueService } from './catalogue.service.js';
import { ModulePublisher } from './module-publisher.service.js';

@Module({ controllers: [CatalogueController], providers: [CatalogueService, ModulePublisher, PublishedContentCache], exports: [ModulePublisher, CatalogueService, PublishedContentCache] })
export class CatalogueModule {}
