import type { EntityManager } from 'typeorm';
import type { Lesson } from '../catalogue/entities/lesson.entity.js';
import type { ModuleVersion } from '../catalogue/entities/module-version.entity.js';
import type { Question } from '../catalogue/entities/question.entity.js';
import type { ModuleDefinition, QuestionDefinition } from '../content/content.types.js';

/** A published version read back as the ModuleDefinition it was published from (drafts, diffs and exports start here). */
export async function versionDefinition(manager: EntityManager, slug: string, versionId: string): Promise<ModuleDefinition> {
  const [version] = await manager.query(`SELECT v.*, m.audience FROM module_versions v JOIN modules m ON m.id = v.module_id WHERE v.id = $1`, [versionId]);
  const row = version as Record<string, unknown> & { audience: ModuleDefinition['audience'] };
  const competencies: { code: string }[] = await manager.query(
    `SELECT competency_code AS code FROM module_version_competencies WHERE module_version_id = $1 ORDER BY position`,
    [versionId],
  );
  const lessons: Lesson[] = await manager.query(
    `SELECT position, key, title_fr AS "titleFr", title_en AS "titleEn", body_fr AS "bodyFr", body_en AS "bodyEn"
       FROM lessons WHERE module_version_id = $1 ORDER BY position`,
    [versionId],
  );
  const questions: Question[] = await manager.query(
    `SELECT key, type, competency_code AS "competencyCode", lesson_key AS "lessonKey", points, prompt, feedback, spec FROM questions WHERE module_version_id = $1 ORDER BY position`,
    [versionId],
  );
  const v = row as unknown as ModuleVersion & { title_fr: string; title_en: string; summary_fr: string; summary_en: string; validity_months: number | null; pass_mark: number; attempts_allowed: number; draw_count: number };
  return {
    slug,
    audience: row.audience,
    minutes: v.minutes,
    competencies: competencies.map((c) => c.code),
    ...(v.validity_months !== null ? { validityMonths: v.validity_months } : {}),
    title: { fr: v.title_fr, en: v.title_en },
    summary: { fr: v.summary_fr, en: v.summary_en },
    lessons: lessons.map((l) => ({ key: l.key, position: l.position, title: { fr: l.titleFr, en: l.titleEn }, body: { fr: l.bodyFr, en: l.bodyEn } })),
    assessment: {
      passMark: v.pass_mark,
      attempts: v.attempts_allowed,
      draw: v.draw_count,
      questions: questions.map(
        (q) => ({ id: q.key, type: q.type, competency: q.competencyCode, points: q.points, prompt: q.prompt, feedback: q.feedback, ...(q.lessonKey ? { lesson: q.lessonKey } : {}), ...q.spec }) as QuestionDefinition,
      ),
    },
  };
}
