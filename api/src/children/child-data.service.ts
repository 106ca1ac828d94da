import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { PageQueryDto } from '../common/dto/pagination.dto.js';
import { ChildAccountsService } from './child-accounts.service.js';
import type { ChildListDto, ChildProfileDto } from './dto/child.dto.js';
import type { ChildExportDto } from './dto/child-export.dto.js';
import { byName } from '../common/text/name-order.js';

/** What an anonymised child's row shows where a name is expected (dashboards, certificates). */
export const ANONYMISED_NAME = '—';
export const INACTIVITY_MONTHS = 12;
/** The revocation note of a deleted child's certificates (an administrator's note, never shown to the public). */
export const CHILD_DELETED_REASON = 'account deleted';

const iso = (column: string) => `to_json(${column}) #>> '{}'`;

/** A child's data: the list with the inactivity flag, the export, and the deletion that keeps only anonymous figures. */
@Injectable()
export class ChildDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccountsService,
  ) {}

  /** The child's own view: who they are, whether learning may start, and their groups' names. */
  async profile(userId: string): Promise<ChildProfileDto> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name AS "displayName", u.age_band AS "ageBand", u.secret_kind AS "secretKind",
              EXISTS (SELECT 1 FROM child_consents c WHERE c.user_id = u.id) AS "consentRecorded",
              (SELECT COALESCE(json_agg(json_build_object('cohortId', c.id, 'name', c.name) ORDER BY c.name), '[]')
                 FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id WHERE cm.user_id = u.id) AS groups
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return row;
  }

  /**
   * A group's children by name (a trainer looks for one child), or the organisation's children oldest activity first
   * (that list is for reviewing inactive accounts), each flagged once inactive for a year.
   */
  async list(organisationId: string, page: PageQueryDto, cohortId?: string): Promise<ChildListDto> {
    const from = `FROM users u JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1 WHERE u.account_kind = 'child' AND u.anonymised_at IS NULL
      AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM cohort_members g WHERE g.user_id = u.id AND g.cohort_id = $2))`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, [organisationId, cohortId ?? null]);
    const items = await this.dataSource.query(
      `SELECT u.id AS "userId", u.username, u.display_name AS "displayName", u.age_band AS "ageBand",
              EXISTS (SELECT 1 FROM child_consents c WHERE c.user_id = u.id) AS "consentRecorded",
              u.locked_at IS NOT NULL AS locked, ${iso('u.created_at')} AS "createdAt", ${iso('u.last_active_at')} AS "lastActiveAt",
              COALESCE(u.last_active_at, u.created_at) < now() - make_interval(months => ${INACTIVITY_MONTHS}) AS "inactiveForAYear",
              (SELECT COALESCE(json_agg(json_build_object('cohortId', c.id, 'name', c.name) ORDER BY c.name), '[]')
                 FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id WHERE cm.user_id = u.id AND c.organisation_id = $1) AS groups
         ${from}
        ORDER BY ${cohortId ? `${byName('u.display_name')}, ` : ''}COALESCE(u.last_active_at, u.created_at), u.id LIMIT $3 OFFSET $4`,
      [organisationId, cohortId ?? null, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  async export(actor: CurrentUser, organisationId: string, childId: string): Promise<ChildExportDto> {
    await this.children.assertManageable(actor, organisationId, childId, true);
    const q = (sql: string) => this.dataSource.query(sql, [childId]);
    const [account] = await q(
      `SELECT id, account_kind AS "accountKind", username, display_name AS "displayName", age_band AS "ageBand", secret_kind AS "secretKind",
              preferred_language AS "preferredLanguage", failed_secret_attempts AS "failedSecretAttempts", ${iso('locked_at')} AS "lockedAt",
              ${iso('last_active_at')} AS "lastActiveAt", ${iso('created_at')} AS "createdAt"
         FROM users WHERE id = $1`,
    );
    const [consent] = await q(
      `SELECT c.user_id AS "userId", c.organisation_id AS "organisationId", c.recorded_by AS "recordedBy", u.display_name AS "recordedByName",
              ${iso('c.recorded_at')} AS "recordedAt"
         FROM child_consents c LEFT JOIN users u ON u.id = c.recorded_by WHERE c.user_id = $1`,
    );
    return {
      exportedAt: new Date().toISOString(),
      account,
      consent: consent ?? null,
      memberships: await q(
        `SELECT m.organisation_id AS "organisationId", o.name AS "organisationName", m.role, ${iso('m.created_at')} AS "joinedAt"
           FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1`,
      ),
      groups: await q(
        `SELECT c.id AS "cohortId", c.name, ${iso('cm.added_at')} AS "addedAt" FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id WHERE cm.user_id = $1`,
      ),
      enrolments: await q(
        `SELECT e.id, m.slug AS "moduleSlug", v.number AS version, ${iso('e.enrolled_at')} AS "enrolledAt", ${iso('e.completed_at')} AS "completedAt",
                e.last_lesson_position AS "lastLessonPosition", e.feedback_given AS "feedbackGiven"
           FROM enrolments e JOIN modules m ON m.id = e.module_id JOIN module_versions v ON v.id = e.module_version_id WHERE e.user_id = $1
          ORDER BY e.enrolled_at`,
      ),
      lessonReads: await q(
        `SELECT r.enrolment_id AS "enrolmentId", l.position AS "lessonPosition", ${iso('r.read_at')} AS "readAt"
           FROM lesson_reads r JOIN enrolments e ON e.id = r.enrolment_id JOIN lessons l ON l.id = r.lesson_id WHERE e.user_id = $1
          ORDER BY r.read_at`,
      ),
      attempts: await q(
        `SELECT id, enrolment_id AS "enrolmentId", number, status, answers, results, score_percent AS "scorePercent", passed,
                ${iso('started_at')} AS "startedAt", ${iso('submitted_at')} AS "submittedAt"
           FROM attempts WHERE user_id = $1 ORDER BY started_at`,
      ),
      certificates: await q(
        `SELECT c.code, m.slug AS "moduleSlug", c.holder_name AS "holderName", ${iso('c.issued_at')} AS "issuedAt",
                ${iso('c.expires_at')} AS "expiresAt", ${iso('c.revoked_at')} AS "revokedAt"
           FROM certificates c JOIN module_versions v ON v.id = c.module_version_id JOIN modules m ON m.id = v.module_id WHERE c.user_id = $1`,
      ),
      sessions: await q(`SELECT ${iso('created_at')} AS "createdAt", ${iso('last_seen_at')} AS "lastSeenAt" FROM sessions WHERE user_id = $1`),
    };
  }

  /**
   * Removes everything that identifies the child. The account row stays as an anonymous tombstone (no username,
   * name, age band, secret or consent; disabled), so enrolments, reads and scores keep cohort and module totals true.
   * Free answers are emptied (a child may have written anything there), certificates lose the name and the signed
   * credential that carried it, and are revoked.
   */
  async delete(actor: CurrentUser, organisationId: string, childId: string): Promise<void> {
    await this.children.assertManageable(actor, organisationId, childId, true);
    await this.dataSource.transaction(async (manager) => {
      const run = (sql: string, params: unknown[] = [childId]) => manager.query(sql, params);
      await run(`SELECT id FROM users WHERE id = $1 FOR UPDATE`);
      await run(`DELETE FROM sessions WHERE user_id = $1`);
      await run(`DELETE FROM invitations WHERE user_id = $1`);
      await run(`DELETE FROM child_consents WHERE user_id = $1`);
      await run(`DELETE FROM memberships WHERE user_id = $1`);
      await run(`UPDATE attempts SET answers = '{}'::jsonb, submission_key = NULL WHERE user_id = $1`);
      // A credential file downloaded earlier would still verify: revoking flips its bit in the published status list.
      await run(
        `UPDATE certificates SET holder_name = $2, credential = NULL, revoked_at = COALESCE(revoked_at, now()),
                revoked_reason = COALESCE(revoked_reason, $3) WHERE user_id = $1`,
        [childId, ANONYMISED_NAME, CHILD_DELETED_REASON],
      );
      await run(
        `UPDATE users SET username = NULL, display_name = $2, age_band = NULL, secret_kind = NULL, secret_hash = NULL,
                failed_secret_attempts = 0, locked_at = NULL, last_active_at = NULL, anonymised_at = now(), disabled_at = now()
          WHERE id = $1`,
        [childId, ANONYMISED_NAME],
      );
    });
  }
}
