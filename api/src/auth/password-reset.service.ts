import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { AppConfig } from '../config/config.js';
import { MailService } from '../mail/mail.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { accountMail } from './account-mail.js';
import { AccountTokensService } from './account-tokens.service.js';
import { MailThrottleService } from './mail-throttle.service.js';
import { hashPassword } from './password.js';
import { SessionsService } from './sessions.service.js';

export const RESET_LINK_MINUTES = 60;
/** A link an org admin prints and hands over lives longer than a mailed one. */
export const MEMBER_RESET_LINK_DAYS = 7;

/**
 * New passwords through a single-use link: mailed on request (which also confirms the address, and so lets the
 * owner of an address take an unconfirmed account), or made by an org admin for a member without e-mail access.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly throttle: MailThrottleService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** "Forgot password": mails a link when the address has an account; the caller answers the same either way. */
  async request(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (user && !user.disabledAt) await this.mailLink(user, 'reset');
  }

  /**
   * Someone signed up with an address that has an account. A confirmed owner is told and pointed to log-in or
   * reset; an unconfirmed account is offered to whoever reads this mailbox, through a reset link, in the language
   * chosen at sign-up (an admin's choice for a pre-registered account says less about its reader).
   */
  async offerToOwner(user: User, signupLanguage: Language): Promise<void> {
    if (user.disabledAt) return;
    if (!user.emailVerifiedAt) return this.mailLink({ ...user, preferredLanguage: signupLanguage }, 'claim');
    if (!(await this.throttle.allow(user.email!))) return;
    const base = this.config.publicUrl;
    this.mail.sendLater(accountMail('taken', this.recipient(user), { loginLink: `${base}/login`, forgotLink: `${base}/forgot-password` }));
  }

  private async mailLink(user: User, kind: 'reset' | 'claim'): Promise<void> {
    if (!(await this.throttle.allow(user.email!))) return;
    const { token } = await this.tokens.issue(this.dataSource.manager, {
      userId: user.id,
      purpose: 'reset_password',
      email: user.email,
      minutes: RESET_LINK_MINUTES,
    });
    this.mail.sendLater(accountMail(kind, this.recipient(user), { minutes: RESET_LINK_MINUTES, link: this.link(token) }));
  }

  private recipient(user: User) {
    return { email: user.email!, displayName: user.displayName, language: user.preferredLanguage };
  }

  private link(token: string) {
    return `${this.config.publicUrl}/reset-password/${token}`;
  }

  /**
   * Sets the new password, ends every session of the account and spends every other link. A mailed link also
   * confirms the address; a link an org admin made does not. Logs this browser in.
   */
  async reset(token: string, password: string): Promise<{ userId: string; token: string }> {
    const passwordHash = await hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const live = await this.tokens.lockLive(manager, token, 'reset_password');
      await this.tokens.use(manager, live);
      await manager.query(
        `UPDATE users SET password_hash = $2, email_verified_at = CASE WHEN $3 THEN COALESCE(email_verified_at, now()) ELSE email_verified_at END
          WHERE id = $1`,
        [live.userId, passwordHash, live.email !== null],
      );
      await this.tokens.revokeAll(manager, live.userId);
      await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [live.userId]);
      return live.userId;
    });
    return { userId, token: await this.sessions.open(userId) };
  }

  /**
   * A reset link for a member who cannot read their mail, shown once to the org admin. Only for an adult trainee or
   * trainer of this organisation alone: a link hands the admin the account, so never an admin's, never one another
   * organisation relies on. A confirmed address is told that the link was made, so its owner is never kept unaware.
   */
  async linkForMember(organisationId: string, userId: string, issuedBy: string): Promise<{ link: string; expiresAt: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [member] = await manager.query(
        `SELECT u.account_kind AS "accountKind", m.role, u.platform_role AS "platformRole", u.email_verified_at AS "emailVerifiedAt",
                u.disabled_at AS "disabledAt", u.email, u.display_name AS "displayName", u.preferred_language AS language, g.name AS organisation,
                EXISTS (SELECT 1 FROM memberships o WHERE o.user_id = u.id AND o.organisation_id <> m.organisation_id) AS elsewhere
           FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations g ON g.id = m.organisation_id
          WHERE m.organisation_id = $1 AND m.user_id = $2`,
        [organisationId, userId],
      );
      if (!member) throw new NotFoundError('organisations.memberNotFound');
      if (member.accountKind === 'child') throw new AppError(422, 'auth.resetLinkNotForChildren');
      if (member.role === 'org_admin' || member.platformRole || member.elsewhere || member.disabledAt) {
        throw new AppError(403, 'auth.resetLinkNotForThisMember');
      }
      const { token, expiresAt } = await this.tokens.issue(manager, {
        userId,
        purpose: 'reset_password',
        email: null,
        issuedBy,
        minutes: MEMBER_RESET_LINK_DAYS * 24 * 60,
      });
      if (member.emailVerifiedAt) {
        this.mail.sendLater(accountMail('adminLink', { email: member.email, displayName: member.displayName, language: member.language }, { organisation: member.organisation, days: MEMBER_RESET_LINK_DAYS }));
      }
      return { link: this.link(token), expiresAt: new Date(expiresAt).toISOString() };
    });
  }
}
