import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import { MIN_GROUP_SIZE } from '../reports/small-groups.js';
import type { FeedbackPageDto, FeedbackQueryDto, FeedbackSummaryDto, GiveFeedbackDto } from './dto/feedback.dto.js';
import { cleanFeedbackText } from './feedback-text.js';

/** Children's anonymous opinion on the modules: given once per completed module, moderated, shown in aggregate. */
@Injectable()
export class FeedbackService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The feedback row holds no user: the enrolment's flag alone prevents a second answer. */
  async give(userId: string, dto: GiveFeedbackDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [enrolment] = await manager.query(
        `SELECT e.id, e.module_id AS "moduleId", e.feedback_given AS given, e.completed_at IS NOT NULL AS completed
           FROM enrolments e JOIN modules m ON m.id = e.module_id
          WHERE e.user_id = $1 AND m.slug = $2 AND m.audience = 'child' AND e.superseded_at IS NULL
          ORDER BY e.completed_at IS NOT NULL DESC, e.feedback_given, e.enrolled_at DESC LIMIT 1 FOR UPDATE OF e`,
        [userId, dto.moduleSlug],
      );
      if (!enrolment?.completed) throw new AppError(409, 'children.feedbackNotCompleted');
      if (enrolment.given) throw new AppError(409, 'children.feedbackAlreadyGiven');
      const [group] = await manager.query(
        `SELECT c.id, c.organisation_id AS "organisationId"
           FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id
           LEFT JOIN cohort_modules x ON x.cohort_id = c.id AND x.module_id = $2
          WHERE cm.user_id = $1 ORDER BY x.module_id IS NULL, cm.added_at DESC LIMIT 1`,
        [userId, enrolment.moduleId],
      );
      if (!group) throw new AppError(409, 'children.feedbackNotCompleted');
      await manager.query(`UPDATE enrolments SET feedback_given = true WHERE id = $1`, [enrolment.id]);
      const text = cleanFeedbackText(dto.text);
      // Only a text needs a moderator's eye; a face alone counts at once.
      await manager.query(
        `INSERT INTO module_feedback (module_id, organisation_id, cohort_id, face, text, moderation_status) VALUES ($1, $2, $3, $4, $5, $6)`,
        [enrolment.moduleId, group.organisationId, group.id, dto.face, text, text ? 'pending' : 'approved'],
      );
    });
  }

  /** For moderation by org admins: the texts one by one, without anything that names a child. */
  async list(organisationId: string, query: FeedbackQueryDto, language: Language): Promise<FeedbackPageDto> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM module_feedback WHERE organisation_id = $1 AND moderation_status = $2`, [
      organisationId,
      query.status,
    ]);
    const items = await this.dataSource.query(
      `SELECT f.id, m.slug AS "moduleSlug", v.${localizedColumn('title', language)} AS "moduleTitle", f.face, f.text,
              f.moderation_status AS status, to_char(f.given_on, 'YYYY-MM-DD') AS "givenOn"
         FROM module_feedback f JOIN modules m ON m.id = f.module_id JOIN module_versions v ON v.id = m.current_version_id
        WHERE f.organisation_id = $1 AND f.moderation_status = $2
        ORDER BY f.given_on, f.id LIMIT $3 OFFSET $4`,
      [organisationId, query.status, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async moderate(organisationId: string, feedbackId: string, status: 'approved' | 'rejected'): Promise<void> {
    const [rows] = await this.dataSource.query(`UPDATE module_feedback SET moderation_status = $3 WHERE id = $1 AND organisation_id = $2 RETURNING id`, [
      feedbackId,
      organisationId,
      status,
    ]);
    if (!rows?.length) throw new NotFoundError('children.feedbackNotFound');
  }

  /** Per module: counts per face and approved texts, only from five responses up. */
  async summary(organisationId: string, language: Language): Promise<FeedbackSummaryDto> {
    const rows = await this.dataSource.query(
      `SELECT m.slug AS "moduleSlug", v.${localizedColumn('title', language)} AS "moduleTitle", count(*)::int AS responses,
              count(*) FILTER (WHERE f.face = 'happy')::int AS happy, count(*) FILTER (WHERE f.face = 'neutral')::int AS neutral,
              count(*) FILTER (WHERE f.face = 'sad')::int AS sad,
              COALESCE(array_agg(f.text ORDER BY f.text) FILTER (WHERE f.moderation_status = 'approved' AND f.text IS NOT NULL), '{}') AS texts
         FROM module_feedback f JOIN modules m ON m.id = f.module_id JOIN module_versions v ON v.id = m.current_version_id
        WHERE f.organisation_id = $1
        GROUP BY m.slug, v.${localizedColumn('title', language)} ORDER BY 2`,
      [organisationId],
    );
    return {
      modules: rows.map(({ happy, neutral, sad, texts, ...row }: Record<string, unknown> & { responses: number; texts: string[] }) => {
        const shown = row.responses >= MIN_GROUP_SIZE;
        return { ...row, suppressed: !shown, faces: shown ? { happy, neutral, sad } : null, texts: shown ? texts : [] };
      }),
    } as FeedbackSummaryDto;
  }
}
