import type { DataSource } from 'typeorm';
import type { CertificatesService } from '../certificates/certificates.service.js';
import type { ClassCodesService } from '../children/class-codes.service.js';
import type { CohortsService } from '../cohorts/cohorts.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { SAFEGUARDING_MODULE_SLUG, trainersWithoutSafeguarding } from '../cohorts/safeguarding.js';

export const DEMO_CHILDREN_GROUP = { name: 'Groupe enfants démo — mes droits', programme: 'my-rights-journey' };

interface Services {
  dataSource: DataSource;
  cohorts: CohortsService;
  certificates: CertificatesService;
  classCodes: ClassCodesService;
}

/**
 * A children's group run by the demo trainer, with a live class code, so that a new user can join as a child at
 * once. The trainer first gets the safeguarding certificate (as if the module had been completed): the safeguarding
 * gate applies to the demo as to everyone. Returns the class code.
 */
export async function ensureDemoChildrenGroup(services: Services, organisationId: string, trainerId: string): Promise<string | undefined> {
  const { dataSource, cohorts, certificates, classCodes } = services;
  await dataSource.transaction(async (manager) => {
    if ((await trainersWithoutSafeguarding(manager, [trainerId])).length === 0) return;
    // TypeORM answers an UPDATE … RETURNING with [rows, count], an INSERT … RETURNING with the rows.
    const [updated] = await manager.query(
      `UPDATE enrolments e SET completed_at = COALESCE(e.completed_at, now()) FROM modules m
        WHERE m.id = e.module_id AND m.slug = $2 AND e.user_id = $1 AND e.superseded_at IS NULL RETURNING e.id, e.module_version_id`,
      [trainerId, SAFEGUARDING_MODULE_SLUG],
    );
    const [enrolment] = updated.length ? updated : await manager.query(
      `INSERT INTO enrolments (user_id, module_id, module_version_id, completed_at)
       SELECT $1, m.id, m.current_version_id, now() FROM modules m WHERE m.slug = $2 AND m.current_version_id IS NOT NULL
       RETURNING id, module_version_id`,
      [trainerId, SAFEGUARDING_MODULE_SLUG],
    );
    if (!enrolment) return;
    await manager.query(
      `INSERT INTO lesson_reads (enrolment_id, lesson_id) SELECT $1, l.id FROM lessons l WHERE l.module_version_id = $2 ON CONFLICT DO NOTHING`,
      [enrolment.id, enrolment.module_version_id],
    );
    await certificates.issueForEnrolment(enrolment.id, manager);
  });

  let [group] = await dataSource.query(`SELECT id FROM cohorts WHERE organisation_id = $1 AND name = $2`, [organisationId, DEMO_CHILDREN_GROUP.name]);
  if (!group) {
    group = await cohorts.create(
      organisationId,
      { name: DEMO_CHILDREN_GROUP.name, programmeSlug: DEMO_CHILDREN_GROUP.programme, audience: 'child', trainerIds: [trainerId] },
      'fr',
    );
  }
  const [user] = await dataSource.query(
    `SELECT id, email, display_name AS "displayName", preferred_language AS "preferredLanguage" FROM users WHERE id = $1`,
    [trainerId],
  );
  const trainer: CurrentUser = { ...user, platformRole: null, accountKind: 'adult', consentRecorded: true, sessionTokenHash: '' };
  const live = await classCodes.current(trainer, organisationId, group.id).catch(() => undefined);
  const code = live && !live.expired ? live : await classCodes.regenerate(trainer, organisationId, group.id, 'fr');
  return code.code;
}
