import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { AuthoringAccess, AuthoringGuard } from './authoring-access.js';
import { AuthoringController } from './authoring.controller.js';
import { AuthoringService } from './authoring.service.js';

@Module({ imports: [CatalogueModule], controllers: [AuthoringController], providers: [AuthoringService, AuthoringAccess, AuthoringGuard] })
export class AuthoringModule {}
