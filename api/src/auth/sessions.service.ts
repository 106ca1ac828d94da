import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, Not } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import type { OrganisationRoleName } from '../common/auth/public.decorator.js';
import { Session } from './session.entity.js';
import { SESSION_IDLE_MS, SESSION_LIFETIME_MS, SESSION_TOUCH_MS, hashSessionToken, newSessionToken } from './session-token.js';

/** Sessions live in PostgreSQL: deleting a row logs that browser out at once, on every instance. */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the cookie token; only its hash is stored. */
  async open(userId: string): Promise<string> {
    const token = newSessionToken();
    const now = Date.now();
    await this.dataSource.getRepository(Session).insert({
      tokenHash: hashSessionToken(token),
      userId,
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_LIFETIME_MS),
    });
    return token;
  }

  async resolve(token: string): Promise<CurrentUser | undefined> {
    const tokenHash = hashSessionToken(token);
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.preferred_language AS "preferredLanguage",
              u.platform_role AS "platformRole", u.account_kind AS "accountKind", s.last_seen_at AS "lastSeenAt",
              (u.account_kind = 'adult' OR EXISTS (SELECT 1 FROM child_consents c WHERE c.user_id = u.id)) AS "consentRecorded"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)
          AND u.disabled_at IS NULL`,
      [tokenHash, SESSION_IDLE_MS / 1000],
    );
    if (!row) return undefined;
    const { lastSeenAt, ...user } = row;
    if (Date.now() - new Date(lastSeenAt).getTime() > SESSION_TOUCH_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
      // A child's last activity decides when the account is flagged for deletion (12 months).
      if (user.accountKind === 'child') await this.dataSource.query(`UPDATE users SET last_active_at = now() WHERE id = $1`, [user.id]);
    }
    return { ...user, sessionTokenHash: tokenHash };
  }

  /** The user's role in an organisation, or undefined (also for an id that is not a UUID). */
  async roleIn(userId: string, organisationId: string | undefined): Promise<OrganisationRoleName | undefined> {
    if (!organisationId || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(organisationId)) return undefined;
    const [row] = await this.dataSource.query(`SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2`, [userId, organisationId]);
    return row?.role;
  }

  async close(tokenHash: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ tokenHash });
  }

  /** Ends every session of the user except `keep` (after a password change). */
  async closeOthers(userId: string, keep: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ userId, tokenHash: Not(In([keep])) });
  }
}
