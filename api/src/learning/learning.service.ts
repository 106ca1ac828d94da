import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { LessonNotesService } from '../countries/lesson-notes.service.js';
import { NationalSettingsService } from '../countries/national-settings.service.js';
import { NotFoundError } from '../common/errors/app-error.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { Language } from '../common/i18n/language.js';
import type { EnrolmentDetailDto, EnrolmentDto, EnrolmentLessonContentDto } from './dto/enrolment.dto.js';
import { Enrolment } from './enrolment.entity.js';
import { enrolmentSummarySql } from './enrolment-summary.sql.js';
import { claimOperation } from './claim-operation.js';
import { localizedColumn } from '../common/i18n/localized-column.js';

type CompletionListener = (enrolmentId: string, manager: EntityManager) => Promise<void>;

@Injectable()
export class LearningService {
  private readonly completionListeners: CompletionListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly nationalSettings: NationalSettingsService,
    private readonly lessonNotes: LessonNotesService,
  ) {}

  /** Called, inside the completing transaction, when an enrolment becomes complete (certificates listen). */
  onCompleted(listener: CompletionListener) {
    this.completionListeners.push(listener);
  }

  /**
   * Enrols on the module's current version. Someone already enrolled keeps their enrolment, on the version they
   * started (with its progress and attempts, so a newer version never resets the attempts allowed), unless it was
   * completed and its certificate has expired: then a new enrolment on the current version renews it (the old one
   * stays, superseded).
   */
  async enrol(userId: string, slug: string): Promise<string> {
    // A child's account can enrol only on modules made for children; the others do not exist for it.
    const [module] = await this.dataSource.query(
      `SELECT m.id, m.current_version_id AS "versionId" FROM modules m
        WHERE m.slug = $1 AND m.archived_at IS NULL AND m.current_version_id IS NOT NULL
          AND (m.audience = 'child' OR NOT EXISTS (SELECT 1 FROM users u WHERE u.id = $2 AND u.account_kind = 'child'))`,
      [slug, userId],
    );
    if (!module) throw new NotFoundError('catalogue.moduleNotFound', { slug });
    return this.dataSource.transaction(async (manager) => {
      // One person enrolling twice at once on the same module gets one enrolment.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('enrol:' || $1 || ':' || $2))`, [userId, module.id]);
      await manager.query(
        `UPDATE enrolments e SET superseded_at = now()
          WHERE e.user_id = $1 AND e.module_id = $2 AND e.superseded_at IS NULL AND e.completed_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.expires_at < now())`,
        [userId, module.id],
      );
      const [active] = await manager.query(`SELECT id FROM enrolments WHERE user_id = $1 AND module_id = $2 AND superseded_at IS NULL`, [
        userId,
        module.id,
      ]);
      if (active) return active.id as string;
      const [created] = await manager.query(
        `INSERT INTO enrolments (user_id, module_id, module_version_id) VALUES ($1, $2, $3) RETURNING id`,
        [userId, module.id, module.versionId],
      );
      return created.id as string;
    });
  }

  /** Enrols many learners in many modules' current versions in one statement; returns how many enrolments are new. */
  async enrolMany(userIds: string[], moduleIds: string[], manager: EntityManager): Promise<number> {
    if (userIds.length === 0 || moduleIds.length === 0) return 0;
    const rows = await manager.query(
      `INSERT INTO enrolments (user_id, module_id, module_version_id)
       SELECT u.id, m.id, m.current_version_id
         FROM unnest($1::uuid[]) AS u(id) CROSS JOIN modules m
        WHERE m.id = ANY($2::uuid[]) AND m.current_version_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM enrolments x WHERE x.user_id = u.id AND x.module_id = m.id AND x.superseded_at IS NULL)
       ON CONFLICT (user_id, module_version_id) WHERE superseded_at IS NULL DO NOTHING
       RETURNING id`,
      [userIds, moduleIds],
    );
    return rows.length;
  }

  /** The user's own enrolment, or 404 for anyone else's (no hint that it exists). */
  async ownEnrolment(userId: string, enrolmentId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Enrolment> {
    const enrolment = await manager.findOne(Enrolment, { where: { id: enrolmentId, userId }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!enrolment) throw new NotFoundError('learning.enrolmentNotFound');
    return enrolment;
  }

  /**
   * In the order of the person's groups (a cohort's modules follow its programme), then the most recent first. An
   * adult's finished modules go last; a child's stay in place, as steps of the one path their home shows.
   */
  async list(userId: string, language: Language, accountKind: CurrentUser['accountKind'] = 'adult'): Promise<EnrolmentDto[]> {
    return this.dataSource.query(
      `${enrolmentSummarySql(language)} WHERE e.user_id = $1 AND e.superseded_at IS NULL
        ORDER BY (e.completed_at IS NOT NULL AND NOT $2),
                 (SELECT min(cm.position) FROM cohort_members mb JOIN cohort_modules cm ON cm.cohort_id = mb.cohort_id
                   WHERE mb.user_id = e.user_id AND cm.module_id = e.module_id) NULLS LAST,
                 e.enrolled_at DESC`,
      [userId, accountKind === 'child'],
    );
  }

  async detail(userId: string, enrolmentId: string, language: Language): Promise<EnrolmentDetailDto> {
    const enrolment = await this.ownEnrolment(userId, enrolmentId);
    const [summary] = await this.dataSource.query(`${enrolmentSummarySql(language)} WHERE e.id = $1`, [enrolment.id]);
    const lessons = await this.dataSource.query(
      `SELECT l.position, l.${localizedColumn('title', language)} AS title,
              EXISTS (SELECT 1 FROM lesson_reads r WHERE r.enrolment_id = $1 AND r.lesson_id = l.id) AS read
         FROM lessons l WHERE l.module_version_id = $2 ORDER BY l.position`,
      [enrolment.id, enrolment.moduleVersionId],
    );
    return { ...summary, lessons };
  }

  /**
   * A lesson of the enrolled version, for the learner's country and with their organisation's note under it; opening
   * it is where the learner will resume.
   */
  async lesson(userId: string, enrolmentId: string, position: number, language: Language): Promise<EnrolmentLessonContentDto> {
    const enrolment = await this.ownEnrolment(userId, enrolmentId);
    const organisation = await this.nationalSettings.learnerOrganisation(userId, enrolment.moduleId);
    const lesson = await this.catalogue.lessonOfVersion(enrolment.moduleVersionId, position, language, organisation?.country);
    if (!lesson) throw new NotFoundError('learning.lessonNotFound', { position });
    const organisationNote = organisation ? await this.lessonNotes.forLearner(organisation, enrolment.moduleId, position, language) : null;
    await this.dataSource.query(`UPDATE enrolments SET last_lesson_position = $2 WHERE id = $1`, [enrolment.id, position]);
    const [{ read }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM lesson_reads WHERE enrolment_id = $1 AND lesson_id = $2) AS read`, [
      enrolment.id,
      lesson.id,
    ]);
    const { id: _id, ...content } = lesson;
    return { ...content, read, organisationNote };
  }

  /** Marks a lesson read (again is harmless; a device's operation is applied once) and completes the enrolment when nothing is left. */
  async markRead(userId: string, enrolmentId: string, position: number, opId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked, like a submission does: the last lesson and a passing attempt arriving together still complete it.
      const enrolment = await this.ownEnrolment(userId, enrolmentId, manager, true);
      const [lesson] = await manager.query(`SELECT id FROM lessons WHERE module_version_id = $1 AND position = $2`, [enrolment.moduleVersionId, position]);
      if (!lesson) throw new NotFoundError('learning.lessonNotFound', { position });
      if (!(await claimOperation(manager, userId, opId, 'lesson_read'))) return;
      await manager.query(`INSERT INTO lesson_reads (enrolment_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [enrolment.id, lesson.id]);
      await this.completeIfDone(enrolment.id, manager);
    });
  }

  /** Every lesson read and a passed attempt: the enrolment is complete, once. */
  async completeIfDone(enrolmentId: string, manager: EntityManager): Promise<boolean> {
    const completed = await manager.query(
      `UPDATE enrolments e SET completed_at = now()
        WHERE e.id = $1 AND e.completed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM lessons l WHERE l.module_version_id = e.module_version_id
                            AND NOT EXISTS (SELECT 1 FROM lesson_reads r WHERE r.enrolment_id = e.id AND r.lesson_id = l.id))
          AND EXISTS (SELECT 1 FROM attempts a WHERE a.enrolment_id = e.id AND a.passed)
        RETURNING e.id`,
      [enrolmentId],
    );
    const [rows] = completed as [unknown[], number];
    if (!rows?.length) return false;
    for (const listener of this.completionListeners) await listener(enrolmentId, manager);
    return true;
  }
}
