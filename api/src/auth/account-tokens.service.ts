import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { AccountTokenPurpose } from './account-token.entity.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

export interface LiveToken {
  tokenHash: string;
  userId: string;
  /** The address the link was mailed to; null for a link an org admin made. */
  email: string | null;
}

/** Single-use, expiring links; only their SHA-256 is stored. */
@Injectable()
export class AccountTokensService {
  /** A new link token (256 bits) valid for `minutes`; the caller puts it in a message or an answer, once. */
  async issue(
    manager: EntityManager,
    values: { userId: string; purpose: AccountTokenPurpose; email: string | null; issuedBy?: string; minutes: number },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const [row] = await manager.query(
      `INSERT INTO account_tokens (token_hash, user_id, purpose, email, issued_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) RETURNING expires_at AS "expiresAt"`,
      [hashSessionToken(token), values.userId, values.purpose, values.email, values.issuedBy ?? null, values.minutes],
    );
    return { token, expiresAt: row.expiresAt };
  }

  /**
   * Locks a live token of this purpose (unused, unexpired, and when mailed, still the account's address), or
   * refuses with 400. Locking makes two uses of one link at once wait for each other; `use` then spends it.
   */
  async lockLive(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<LiveToken> {
    const [row] = await manager.query(
      `SELECT t.token_hash AS "tokenHash", t.user_id AS "userId", t.email
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
          AND u.disabled_at IS NULL AND (t.email IS NULL OR t.email = u.email)
        FOR UPDATE OF t`,
      [hashSessionToken(token), purpose],
    );
    if (!row) throw new AppError(400, 'auth.linkInvalid');
    return row;
  }

  async use(manager: EntityManager, live: LiveToken): Promise<void> {
    await manager.query(`UPDATE account_tokens SET used_at = now() WHERE token_hash = $1`, [live.tokenHash]);
  }

  /** Ends every other unused link of the account (and its invitation links): after a new password, none may still set one. */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await manager.query(`UPDATE invitations SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}
