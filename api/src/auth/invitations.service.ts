import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/config.js';
import { hashPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { SessionsService } from './sessions.service.js';

const INVITATION_DAYS = 30;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** New invitation links for these accounts (inside the caller's transaction); the links are shown once. */
  async create(userIds: string[], manager: EntityManager): Promise<Map<string, string>> {
    const tokens = userIds.map(() => newSessionToken());
    await manager.query(
      `INSERT INTO invitations (token_hash, user_id, expires_at)
       SELECT t.hash, t.user_id, now() + make_interval(days => $3) FROM unnest($1::text[], $2::uuid[]) AS t(hash, user_id)`,
      [tokens.map(hashSessionToken), userIds, INVITATION_DAYS],
    );
    return new Map(userIds.map((userId, i) => [userId, `${this.config.publicUrl}/invitation/${tokens[i]}`]));
  }

  /** Sets the password chosen through an invitation link, once, and logs the person in. */
  async accept(token: string, password: string): Promise<{ userId: string; token: string }> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE invitations SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [hashSessionToken(token)],
      );
      if (!rows.length) throw new AppError(400, 'auth.invitationInvalid');
      await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [rows[0].user_id, await hashPassword(password)]);
      return rows[0].user_id as string;
    });
    return { userId, token: await this.sessions.open(userId) };
  }
}
