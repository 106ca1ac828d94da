import type { EntityManager } from 'typeorm';
import { validCertificateSql } from '../certificates/certificate-validity.js';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { localizedColumn } from '../common/i18n/localized-column.js';
import { byName } from '../common/text/name-order.js';

/** The module whose certificate an adult needs to run a children's group (any version). */
export const SAFEGUARDING_MODULE_SLUG = 'safeguarding-children';

/** True when the user (a SQL expression) holds a valid safeguarding certificate: the one rule of the gate. */
const holdsSafeguarding = (userId: string) => `EXISTS (
  SELECT 1 FROM certificates sc JOIN module_versions sv ON sv.id = sc.module_version_id JOIN modules sm ON sm.id = sv.module_id
   WHERE sc.user_id = ${userId} AND sm.slug = '${SAFEGUARDING_MODULE_SLUG}' AND ${validCertificateSql('sc')})`;

/**
 * The adults who count for a group's gate: its trainers who are still adult, enabled trainers or admins of the
 * group's organisation, holding a valid safeguarding certificate.
 */
const CERTIFIED_RUNNERS = `
  SELECT u.id, u.display_name FROM cohort_trainers ct JOIN cohorts c ON c.id = ct.cohort_id JOIN users u ON u.id = ct.user_id
    JOIN memberships m ON m.user_id = u.id AND m.organisation_id = c.organisation_id AND m.role IN ('trainer', 'org_admin')
   WHERE ct.cohort_id = $1 AND u.account_kind = 'adult' AND u.disabled_at IS NULL AND ${holdsSafeguarding('u.id')}`;

/** Display names of the users who hold no valid (not revoked, not expired) safeguarding certificate. */
export async function trainersWithoutSafeguarding(manager: EntityManager, userIds: string[]): Promise<string[]> {
  const rows: { display_name: string }[] = await manager.query(
    `SELECT u.display_name FROM users u WHERE u.id = ANY($1) AND NOT ${holdsSafeguarding('u.id')} ORDER BY ${byName('u.display_name')}`,
    [userIds],
  );
  return rows.map((row) => row.display_name);
}

/** The ids of the certified adults running the group (see CERTIFIED_RUNNERS). */
export async function certifiedRunners(manager: EntityManager, cohortId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(CERTIFIED_RUNNERS, [cohortId]);
  return rows.map((row) => row.id);
}

export async function safeguardingTitle(manager: EntityManager, language: Language): Promise<string> {
  const [row] = await manager.query(
    `SELECT v.${localizedColumn('title', language)} AS title FROM modules m JOIN module_versions v ON v.id = m.current_version_id WHERE m.slug = $1`,
    [SAFEGUARDING_MODULE_SLUG],
  );
  return row?.title ?? SAFEGUARDING_MODULE_SLUG;
}

/**
 * Nothing gives children access to a group (class codes, accounts, members) unless a certified adult runs it now:
 * a certificate that expired or was revoked since closes the group to newcomers until one is added.
 */
export async function assertCertifiedAdult(manager: EntityManager, cohortId: string, language: Language): Promise<void> {
  if ((await certifiedRunners(manager, cohortId)).length > 0) return;
  const [cohort] = await manager.query(`SELECT name FROM cohorts WHERE id = $1`, [cohortId]);
  throw new AppError(422, 'cohorts.noCertifiedAdult', { group: cohort?.name ?? '', module: await safeguardingTitle(manager, language) });
}

/**
 * Refuses to take these people away from the children's groups (of one organisation) of which they are the last
 * certified adults. The groups are locked first, so two removals at once cannot both pass.
 */
export async function assertNotLastCertifiedAdult(
  manager: EntityManager,
  organisationId: string,
  userIds: string[],
  language: Language,
  cohortId?: string,
): Promise<void> {
  const groups: { id: string; name: string }[] = await manager.query(
    `SELECT c.id, c.name FROM cohorts c
      WHERE c.organisation_id = $1 AND c.audience = 'child' AND ($3::uuid IS NULL OR c.id = $3)
        AND EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = c.id AND ct.user_id = ANY($2))
      ORDER BY c.name FOR UPDATE`,
    [organisationId, userIds, cohortId ?? null],
  );
  const orphaned: string[] = [];
  for (const group of groups) {
    const runners = await certifiedRunners(manager, group.id);
    if (runners.length > 0 && runners.every((id) => userIds.includes(id))) orphaned.push(group.name);
  }
  if (orphaned.length === 0) return;
  const [names]: { names: string }[] = await manager.query(`SELECT string_agg(display_name, ', ' ORDER BY ${byName('display_name')}) AS names FROM users WHERE id = ANY($1)`, [userIds]);
  throw new AppError(409, 'cohorts.lastCertifiedAdult', { names: names.names, groups: orphaned.join(', '), module: await safeguardingTitle(manager, language) });
}
