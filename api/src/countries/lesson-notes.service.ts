import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { renderMarkdown } from '../catalogue/lesson-renderer.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import type { LessonNoteDto, LessonNoteListDto, LessonRefQueryDto, OrganisationNoteDto, SaveLessonNoteDto } from './dto/lesson-note.dto.js';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Organisations' own notes under lessons: written by their admins, read by their learners. */
@Injectable()
export class LessonNotesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private noteColumns(language: Language) {
    return `m.slug AS "moduleSlug", v.${localizedColumn('title', language)} AS "moduleTitle", n.lesson_position AS "lessonPosition",
            l.${localizedColumn('title', language)} AS "lessonTitle", n.body_fr AS "bodyFr", n.body_en AS "bodyEn", ${iso('n.updated_at')} AS "updatedAt"
       FROM organisation_lesson_notes n
       JOIN modules m ON m.id = n.module_id
       JOIN module_versions v ON v.id = m.current_version_id
       LEFT JOIN lessons l ON l.module_version_id = v.id AND l.position = n.lesson_position`;
  }

  async list(organisationId: string, language: Language): Promise<LessonNoteListDto> {
    const items = await this.dataSource.query(
      `SELECT ${this.noteColumns(language)} WHERE n.organisation_id = $1 ORDER BY "moduleTitle", n.lesson_position`,
      [organisationId],
    );
    return { items };
  }

  async save(organisationId: string, dto: SaveLessonNoteDto, userId: string, language: Language): Promise<LessonNoteDto> {
    if (!dto.bodyFr && !dto.bodyEn) throw new AppError(400, 'lessonNotes.empty');
    const { position } = dto;
    const moduleId = await this.lessonModule(dto.moduleSlug, position);
    await this.dataSource.query(
      `INSERT INTO organisation_lesson_notes (organisation_id, module_id, lesson_position, body_fr, body_en, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id, module_id, lesson_position)
       DO UPDATE SET body_fr = EXCLUDED.body_fr, body_en = EXCLUDED.body_en, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [organisationId, moduleId, position, dto.bodyFr, dto.bodyEn, userId],
    );
    const [note] = await this.dataSource.query(`SELECT ${this.noteColumns(language)} WHERE n.organisation_id = $1 AND n.module_id = $2 AND n.lesson_position = $3`, [
      organisationId,
      moduleId,
      position,
    ]);
    return note;
  }

  async remove(organisationId: string, { moduleSlug, position }: LessonRefQueryDto): Promise<void> {
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM organisation_lesson_notes n USING modules m WHERE m.id = n.module_id AND n.organisation_id = $1 AND m.slug = $2 AND n.lesson_position = $3`,
      [organisationId, moduleSlug, position],
    );
    if (!deleted) throw new NotFoundError('lessonNotes.notFound');
  }

  /** The organisation's note under a lesson, for its learner: their language, else the other one; null when none. */
  async forLearner(organisation: { id: string; name: string }, moduleId: string, position: number, language: Language): Promise<OrganisationNoteDto | null> {
    const [note] = await this.dataSource.query(
      `SELECT body_fr AS fr, body_en AS en FROM organisation_lesson_notes WHERE organisation_id = $1 AND module_id = $2 AND lesson_position = $3`,
      [organisation.id, moduleId, position],
    );
    if (!note) return null;
    const body = note[language] || note[language === 'fr' ? 'en' : 'fr'];
    return { organisationName: organisation.name, html: renderMarkdown(body) };
  }

  /** The module of a lesson that exists in the module's current version, or 404. */
  private async lessonModule(slug: string, position: number): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT m.id FROM modules m JOIN lessons l ON l.module_version_id = m.current_version_id AND l.position = $2 WHERE m.slug = $1 AND m.archived_at IS NULL`,
      [slug, position],
    );
    if (!row) throw new NotFoundError('lessonNotes.lessonNotFound', { slug, position });
    return row.id;
  }
}
