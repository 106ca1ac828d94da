import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { SessionsService } from '../auth/sessions.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { certifiedRunners } from '../cohorts/safeguarding.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import type { AgeBand, SecretKind } from '../users/user.entity.js';
import { canonicalSecret, randomPin, secretAsGiven } from './child-secret.js';
import { ChildThrottleService } from './child-throttle.service.js';
import { parseClassCode } from './class-code.js';
import type { ChildCredentialsDto, NewSecretDto } from './dto/child.dto.js';
import type { ChildLoginDto, JoinDto } from './dto/join.dto.js';
import { usernameFrom } from './username.js';

/** Wrong secrets in a row before the account locks until an adult of the group unlocks it. */
export const CHILD_SECRET_FAILURES = 5;

interface NewChild {
  displayName: string;
  ageBand: AgeBand | null;
  secretKind: SecretKind;
  secret: string;
  language: Language;
}

/** Children's accounts: joining with a class code, accounts made by trainers, PIN or picture log-in with a lock. */
@Injectable()
export class ChildAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly cohorts: CohortsService,
    private readonly throttle: ChildThrottleService,
  ) {}

  /** Creates a child's account (no e-mail, no password) with a username that no one else has. */
  private async create(manager: EntityManager, child: NewChild): Promise<{ id: string; username: string }> {
    const secretHash = await hashPassword(child.secret);
    for (let tries = 0; ; tries++) {
      const username = usernameFrom(child.displayName);
      const [row] = await manager.query(
        `INSERT INTO users (account_kind, username, display_name, age_band, secret_kind, secret_hash, preferred_language, last_active_at)
         VALUES ('child', $1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (username) WHERE username IS NOT NULL DO NOTHING RETURNING id`,
        [username, child.displayName, child.ageBand, child.secretKind, secretHash, child.language],
      );
      if (row) return { id: row.id, username };
      if (tries > 20) throw new AppError(409, 'error.conflict');
    }
  }

  /** Puts a new child in the organisation (as a trainee) and in the children's group, enrolled in its modules. */
  private async place(manager: EntityManager, organisationId: string, cohortId: string, userIds: string[], language: Language) {
    await manager.query(`INSERT INTO memberships (user_id, organisation_id, role) SELECT unnest($1::uuid[]), $2, 'trainee'`, [userIds, organisationId]);
    await this.cohorts.addMembers(organisationId, cohortId, userIds, language, manager);
  }

  /** Joins a children's group with its class code; the child is logged in. Unknown or revoked code: 404; expired: 410. */
  async join(dto: JoinDto, address: string): Promise<{ userId: string; username: string; token: string }> {
    const code = parseClassCode(dto.classCode);
    await this.throttle.takeJoin(address, code ?? dto.classCode.toUpperCase().slice(0, 20));
    if (!code) throw new NotFoundError('children.classCodeUnknown');
    const [found] = await this.dataSource.query(
      `SELECT k.cohort_id AS "cohortId", k.expires_at < now() AS expired, c.organisation_id AS "organisationId"
         FROM class_codes k JOIN cohorts c ON c.id = k.cohort_id WHERE k.code = $1 AND k.revoked_at IS NULL`,
      [code],
    );
    if (!found) throw new NotFoundError('children.classCodeUnknown');
    if (found.expired) throw new AppError(410, 'children.classCodeExpired');
    const secret = canonicalSecret(dto.secretKind, dto.secret);
    const child = await this.dataSource.transaction(async (manager) => {
      // The live code outlived the last valid safeguarding certificate: the group takes no newcomer, told in a child's words.
      if ((await certifiedRunners(manager, found.cohortId)).length === 0) throw new AppError(409, 'children.groupClosed');
      const created = await this.create(manager, { displayName: dto.displayName, ageBand: dto.ageBand ?? null, secretKind: dto.secretKind, secret, language: dto.language });
      await this.place(manager, found.organisationId, found.cohortId, [created.id], dto.language);
      return created;
    });
    return { userId: child.id, username: child.username, token: await this.sessions.open(child.id) };
  }

  /**
   * A wrong secret counts before it is checked (parallel guesses cannot slip past the lock); the fifth in a row locks
   * the account. An unknown username costs the same work as a wrong secret.
   */
  async login(dto: ChildLoginDto, address: string): Promise<{ userId: string; token: string }> {
    await this.throttle.takeLogin(address);
    const [user] = await this.dataSource.query(
      `SELECT id, secret_hash AS "secretHash", locked_at AS "lockedAt" FROM users
        WHERE username = $1 AND account_kind = 'child' AND disabled_at IS NULL AND anonymised_at IS NULL`,
      [dto.username.toLowerCase()],
    );
    if (!user) {
      await verifyPassword(undefined, secretAsGiven(dto.secret));
      throw new AppError(401, 'children.loginFailed');
    }
    const [[counted]] = await this.dataSource.query(
      `UPDATE users SET failed_secret_attempts = failed_secret_attempts + 1 WHERE id = $1 AND locked_at IS NULL RETURNING failed_secret_attempts AS failures`,
      [user.id],
    );
    if (!counted) throw new AppError(423, 'children.locked');
    if (counted.failures > CHILD_SECRET_FAILURES) return this.lock(user.id);
    if (!(await verifyPassword(user.secretHash, secretAsGiven(dto.secret)))) {
      if (counted.failures >= CHILD_SECRET_FAILURES) return this.lock(user.id);
      throw new AppError(401, 'children.loginFailed');
    }
    await this.dataSource.query(`UPDATE users SET failed_secret_attempts = 0, last_active_at = now() WHERE id = $1`, [user.id]);
    await this.throttle.giveBackLogin(address);
    return { userId: user.id, token: await this.sessions.open(user.id) };
  }

  private async lock(userId: string): Promise<never> {
    await this.dataSource.query(`UPDATE users SET locked_at = COALESCE(locked_at, now()) WHERE id = $1`, [userId]);
    throw new AppError(423, 'children.locked');
  }

  /** Accounts made by a trainer or an org admin, each with a random PIN returned only here. */
  async createForGroup(actor: CurrentUser, organisationId: string, cohortId: string, children: { displayName: string; ageBand?: AgeBand }[], language: Language) {
    await this.assertChildGroup(actor, organisationId, cohortId);
    return this.dataSource.transaction(async (manager) => {
      const created: ChildCredentialsDto[] = [];
      for (const child of children) {
        const pin = randomPin(randomInt);
        const account = await this.create(manager, { displayName: child.displayName, ageBand: child.ageBand ?? null, secretKind: 'pin', secret: pin, language });
        created.push({ userId: account.id, displayName: child.displayName, username: account.username, pin });
      }
      await this.place(manager, organisationId, cohortId, created.map((c) => c.userId), language);
      return created;
    });
  }

  /** 404 unless the cohort is visible to the caller (its trainers, org admins); 400 if it is not a children's group. */
  async assertChildGroup(actor: CurrentUser, organisationId: string, cohortId: string): Promise<void> {
    await this.cohorts.assertVisible(actor, organisationId, cohortId);
    const [cohort] = await this.dataSource.query(`SELECT audience FROM cohorts WHERE id = $1`, [cohortId]);
    if (cohort.audience !== 'child') throw new AppError(400, 'children.notChildGroup');
  }

  /**
   * The child must belong to the organisation; org admins (and platform admins) manage every child of it,
   * trainers only the children of the groups they run. Anyone else: 404.
   */
  async assertManageable(actor: CurrentUser, organisationId: string, childId: string, adminOnly = false): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT role FROM memberships WHERE user_id = $3 AND organisation_id = $2) AS "actorRole",
              EXISTS (SELECT 1 FROM cohort_members cm JOIN cohort_trainers ct ON ct.cohort_id = cm.cohort_id JOIN cohorts c ON c.id = cm.cohort_id
                       WHERE cm.user_id = $1 AND ct.user_id = $3 AND c.organisation_id = $2) AS "runsGroup"
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $2
        WHERE u.id = $1 AND u.account_kind = 'child' AND u.anonymised_at IS NULL`,
      [childId, organisationId, actor.id],
    );
    if (!row) throw new NotFoundError('children.notAChild');
    if (actor.platformRole === 'admin' || row.actorRole === 'org_admin') return;
    if (adminOnly || !row.runsGroup) throw new NotFoundError('children.notAChild');
  }

  async unlock(actor: CurrentUser, organisationId: string, childId: string): Promise<void> {
    await this.assertManageable(actor, organisationId, childId);
    await this.dataSource.query(`UPDATE users SET locked_at = NULL, failed_secret_attempts = 0 WHERE id = $1`, [childId]);
  }

  /** A new random PIN (shown once); also unlocks the account. */
  async resetSecret(actor: CurrentUser, organisationId: string, childId: string): Promise<NewSecretDto> {
    await this.assertManageable(actor, organisationId, childId);
    const pin = randomPin(randomInt);
    const [[row]] = await this.dataSource.query(
      `UPDATE users SET secret_kind = 'pin', secret_hash = $2, locked_at = NULL, failed_secret_attempts = 0 WHERE id = $1 RETURNING username`,
      [childId, await hashPassword(pin)],
    );
    return { username: row.username, pin };
  }
}
