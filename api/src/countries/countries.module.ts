import { Module } from '@nestjs/common';
import { LessonNotesController } from './lesson-notes.controller.js';
import { LessonNotesService } from './lesson-notes.service.js';
import { NationalSettingsService } from './national-settings.service.js';

/** National settings (content/countries.yaml) and organisations' own lesson notes: what a learner reads besides the lesson. */
@Module({ controllers: [LessonNotesController], providers: [NationalSettingsService, LessonNotesService], exports: [NationalSettingsService, LessonNotesService] })
export class CountriesModule {}
