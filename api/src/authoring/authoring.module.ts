import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { AuthoringAccess, AuthoringGuard } from './authoring-access.js';
import { AuthoringController } from './authoring.controller.js';
import { AuthoringService } from './authoring.service.js';
import { LessonImagesController, ServedImagesController } from './images/lesson-images.controller.js';
import { LessonImagesService } from './images/lesson-images.service.js';

@Module({ imports: [CatalogueModule], controllers: [AuthoringController, LessonImagesController, ServedImagesController], providers: [AuthoringService, AuthoringAccess, AuthoringGuard, LessonImagesService] })
export class AuthoringModule {}
