import { randomisedAnswerSql } from './breakdown-noise.js';

/**
 * One row per cohort member and cohort module ($1 = cohort id): the member's current enrolment on the
 * module, lessons read, attempts, best score and certificate. Every dashboard figure aggregates these rows in SQL.
 * Reads and attempts are aggregated once per enrolment and joined (not counted per cell by sub-queries).
 *
 * An organisation sees only what the person did since joining this cohort (`since`): lessons read, attempts started,
 * a completion or a certificate from before — for another organisation, or on their own — count as not done.
 */
export const COHORT_CELLS = `
  members AS (
    SELECT u.id AS user_id, u.display_name, cm.added_at AS since,
           ${randomisedAnswerSql('sector')} AS sector, ${randomisedAnswerSql('gender')} AS gender
      FROM cohort_members cm JOIN users u ON u.id = cm.user_id WHERE cm.cohort_id = $1),
  mods AS (SELECT module_id, position FROM cohort_modules WHERE cohort_id = $1),
  current_enrolments AS (
    SELECT DISTINCT ON (e.user_id, e.module_id) e.id, e.user_id, e.module_id, e.module_version_id, mb.since,
           CASE WHEN e.completed_at >= mb.since THEN e.completed_at END AS completed_at
      FROM enrolments e JOIN members mb ON mb.user_id = e.user_id JOIN mods mo ON mo.module_id = e.module_id
     WHERE e.superseded_at IS NULL
     ORDER BY e.user_id, e.module_id, e.enrolled_at DESC),
  reads AS (
    SELECT r.enrolment_id, count(*)::int AS n FROM lesson_reads r JOIN current_enrolments ce ON ce.id = r.enrolment_id
     WHERE r.read_at >= ce.since GROUP BY r.enrolment_id),
  tries AS (
    SELECT a.enrolment_id, count(*) FILTER (WHERE a.status = 'submitted')::int AS used, max(a.score_percent) AS best, bool_or(a.passed) AS passed
      FROM attempts a JOIN current_enrolments ce ON ce.id = a.enrolment_id WHERE a.started_at >= ce.since GROUP BY a.enrolment_id),
  lesson_counts AS (SELECT module_version_id, count(*)::int AS n FROM lessons GROUP BY module_version_id),
  cells AS (
    SELECT mb.user_id, mo.module_id, mo.position, ce.id AS enrolment_id, ce.completed_at, mb.since,
           COALESCE(rd.n, 0) AS lessons_read, COALESCE(lc.n, 0) AS lesson_count,
           COALESCE(tr.used, 0) AS attempts, tr.best, COALESCE(tr.passed, false) AS passed,
           CASE WHEN c.id IS NULL THEN 'none' WHEN c.revoked_at IS NOT NULL THEN 'revoked'
                WHEN c.expires_at < now() THEN 'expired' ELSE 'valid' END AS certificate
      FROM members mb
      CROSS JOIN mods mo
      JOIN modules m ON m.id = mo.module_id
      LEFT JOIN current_enrolments ce ON ce.user_id = mb.user_id AND ce.module_id = mo.module_id
      LEFT JOIN reads rd ON rd.enrolment_id = ce.id
      LEFT JOIN tries tr ON tr.enrolment_id = ce.id
      LEFT JOIN lesson_counts lc ON lc.module_version_id = COALESCE(ce.module_version_id, m.current_version_id)
      LEFT JOIN certificates c ON c.enrolment_id = ce.id AND c.issued_at >= mb.since),
  per_member AS (
    SELECT mb.user_id, mb.sector, mb.gender,
           COALESCE(bool_or(cl.enrolment_id IS NOT NULL), false) AS enrolled,
           COALESCE(bool_or(cl.lessons_read > 0 OR cl.attempts > 0), false) AS started,
           COALESCE(bool_and(cl.completed_at IS NOT NULL), false) AS completed,
           COALESCE(bool_and(cl.certificate = 'valid'), false) AS certified
      FROM members mb LEFT JOIN cells cl ON cl.user_id = mb.user_id
     GROUP BY mb.user_id, mb.sector, mb.gender)`;
