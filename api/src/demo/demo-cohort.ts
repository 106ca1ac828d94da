import type { EntityManager } from 'typeorm';
import type { CohortsService } from '../cohorts/cohorts.service.js';
import { SECTORS, GENDERS } from '../users/user.entity.js';

export const DEMO_COHORT = { name: 'Promotion démo 2026 — protection de l’enfance', modules: ['child-rights-in-practice', 'hearing-the-child'] };
const DEMO_LEARNERS = 14;

/**
 * A cohort in progress for the demo organisation: the demo trainee and fourteen demo learners with varied
 * sectors, genders and reading progress, run by the demo trainer. Created once.
 */
export async function ensureDemoCohort(manager: EntityManager, cohorts: CohortsService, organisationId: string, trainerId: string, traineeId: string) {
  const [existing] = await manager.query(`SELECT id FROM cohorts WHERE organisation_id = $1 AND name = $2`, [organisationId, DEMO_COHORT.name]);
  if (existing) return;
  const modules: { id: string; slug: string }[] = await manager.query(`SELECT id, slug FROM modules WHERE slug = ANY($1) AND current_version_id IS NOT NULL`, [DEMO_COHORT.modules]);
  if (modules.length !== DEMO_COHORT.modules.length) return;
  const [{ id: cohortId }] = await manager.query(
    `INSERT INTO cohorts (organisation_id, name, starts_on, ends_on) VALUES ($1, $2, current_date - 14, current_date + 60) RETURNING id`,
    [organisationId, DEMO_COHORT.name],
  );
  await manager.query(
    `INSERT INTO cohort_modules (cohort_id, module_id, position) SELECT $1, m.id, array_position($2::text[], m.slug) FROM modules m WHERE m.slug = ANY($2)`,
    [cohortId, DEMO_COHORT.modules],
  );
  await manager.query(`INSERT INTO cohort_trainers (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, trainerId]);
  const learners: { id: string }[] = await manager.query(
    `INSERT INTO users (email, display_name, preferred_language, sector, gender, profile_declared_at)
     SELECT 'learner' || lpad(n::text, 2, '0') || '@demo.clef.test', 'Apprenant·e démo ' || lpad(n::text, 2, '0'), 'fr',
            ($1::text[])[1 + n % 4], ($2::text[])[1 + n % 3], now()
       FROM generate_series(1, $3) AS n
     ON CONFLICT (email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
    [SECTORS.slice(0, 4), GENDERS.slice(0, 3), DEMO_LEARNERS],
  );
  const userIds = [traineeId, ...learners.map((l) => l.id)];
  await manager.query(`INSERT INTO memberships (user_id, organisation_id, role) SELECT id, $2, 'trainee' FROM unnest($1::uuid[]) AS u(id) ON CONFLICT DO NOTHING`, [
    userIds,
    organisationId,
  ]);
  await cohorts.addMembers(organisationId, cohortId, userIds, 'fr', manager);
  // Varied progress: the n-th demo learner has read the first n % 6 lessons of the first module.
  await manager.query(
    `INSERT INTO lesson_reads (enrolment_id, lesson_id)
     SELECT e.id, l.id FROM enrolments e
       JOIN lessons l ON l.module_version_id = e.module_version_id
       JOIN LATERAL (SELECT array_position($1::uuid[], e.user_id) AS n) k ON true
      WHERE e.user_id = ANY($1) AND e.module_id = $2 AND l.position <= k.n % 6
     ON CONFLICT DO NOTHING`,
    [learners.map((l) => l.id), modules.find((m) => m.slug === DEMO_COHORT.modules[0])!.id],
  );
}
