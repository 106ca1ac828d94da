import type { Language } from '../common/i18n/language.js';
import { localizedColumn } from '../common/i18n/localized-column.js';

/**
 * The progress of enrolments as the learner sees it, aggregated in SQL (a read model across
 * enrolments, lessons and attempts). Append `WHERE …` to choose the enrolments.
 */
export const enrolmentSummarySql = (language: Language) => `
  SELECT e.id, m.slug AS "moduleSlug", v.${localizedColumn('title', language)} AS "moduleTitle", m.audience, v.number AS version,
         (m.current_version_id <> v.id) AS "newerVersionAvailable",
         to_json(e.enrolled_at) #>> '{}' AS "enrolledAt", to_json(e.completed_at) #>> '{}' AS "completedAt",
         (SELECT count(*)::int FROM lessons l WHERE l.module_version_id = v.id) AS "lessonCount",
         (SELECT count(*)::int FROM lesson_reads r WHERE r.enrolment_id = e.id) AS "lessonsRead",
         e.last_lesson_position AS "lastLessonPosition",
         json_build_object(
           'passed', COALESCE(a.passed, false),
           'attemptsUsed', COALESCE(a.used, 0),
           'attemptsAllowed', v.attempts_allowed,
           'bestScore', a.best,
           'passMark', v.pass_mark,
           'questionCount', v.draw_count,
           'attemptInProgress', a.in_progress,
           'canStartAttempt', a.in_progress IS NULL AND NOT COALESCE(a.passed, false)
                              AND (v.attempts_allowed = 0 OR COALESCE(a.used, 0) < v.attempts_allowed)
         ) AS assessment
    FROM enrolments e
    JOIN modules m ON m.id = e.module_id
    JOIN module_versions v ON v.id = e.module_version_id
    LEFT JOIN LATERAL (
      SELECT bool_or(passed) AS passed, count(*) FILTER (WHERE status = 'submitted')::int AS used, max(score_percent) AS best,
             (array_agg(id) FILTER (WHERE status = 'in_progress'))[1] AS in_progress
        FROM attempts WHERE enrolment_id = e.id
    ) a ON true`;
