import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { Language } from '../common/i18n/language.js';
import { AppConfig } from '../config/config.js';
import { MailService } from '../mail/mail.service.js';
import { accountMail } from './account-mail.js';
import { AccountTokensService } from './account-tokens.service.js';
import { MailThrottleService } from './mail-throttle.service.js';
import { verifyPassword } from './password.js';
import { SessionsService } from './sessions.service.js';

export const VERIFY_LINK_DAYS = 3;

export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
}

/** Confirms that a person receives mail at their account's address: a link mailed to it, plus the account's password. */
@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly throttle: MailThrottleService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  async send(user: MailRecipient): Promise<void> {
    if (!(await this.throttle.allow(user.email))) return;
    const { token } = await this.tokens.issue(this.dataSource.manager, {
      userId: user.id,
      purpose: 'verify_email',
      email: user.email,
      minutes: VERIFY_LINK_DAYS * 24 * 60,
    });
    this.mail.sendLater(
      accountMail('verify', { email: user.email, displayName: user.displayName, language: user.preferredLanguage }, {
        days: VERIFY_LINK_DAYS,
        link: `${this.config.publicUrl}/verify-email/${token}`,
      }),
    );
  }

  /**
   * The link proves the mailbox, the password proves the account: someone who signed up with another person's
   * address cannot have it confirmed by that person's click alone. Logs in on success.
   */
  async verify(token: string, password: string): Promise<{ userId: string; token: string }> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const live = await this.tokens.lockLive(manager, token, 'verify_email');
      const [user] = await manager.query(`SELECT password_hash AS "passwordHash" FROM users WHERE id = $1`, [live.userId]);
      if (!(await verifyPassword(user.passwordHash, password))) throw new AppError(400, 'auth.verifyWrongPassword');
      await this.tokens.use(manager, live);
      await manager.query(`UPDATE users SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL`, [live.userId]);
      return live.userId as string;
    });
    return { userId, token: await this.sessions.open(userId) };
  }
}
