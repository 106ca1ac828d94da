import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { consumeOrRefuse } from '../common/security/rate-limit.js';

const WINDOW_SECONDS = 15 * 60;
/** Failed log-ins allowed per window: to one account from one address, from one address to any account… */
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const FAILURES_PER_ADDRESS = 20;
/** …to one account from every untrusted browser together (a spread-out attack), and from one trusted device. */
export const FAILURES_PER_ACCOUNT = 100;
export const FAILURES_PER_DEVICE = 5;

/** rate_limits keys hold 255 characters; an e-mail alone may have 254. */
const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Counts failed log-ins in PostgreSQL (table rate_limits, created by a migration), so that the limits hold across
 * every app instance. A stranger's guesses are counted against their own address, so they cannot lock the owner
 * out from elsewhere; a browser that logged in to the account before (a device cookie) has its own counter.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccountAndAddress: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private readonly byAccount: RateLimiterPostgres;
  private readonly byDevice: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const storeClient = (dataSource.driver as unknown as { master: Pool }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
    this.byAccountAndAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'login-account-address', points: FAILURES_PER_ACCOUNT_AND_ADDRESS });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'login-address', points: FAILURES_PER_ADDRESS });
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'login-account', points: FAILURES_PER_ACCOUNT });
    this.byDevice = new RateLimiterPostgres({ ...common, keyPrefix: 'login-device', points: FAILURES_PER_DEVICE });
  }

  /**
   * Takes a point before the password is checked (so that parallel guesses cannot all slip through), and refuses
   * with 429 once a counter is spent. The account-wide counter only sees guesses its address counters let through,
   * so one address cannot spend it alone. A successful log-in gives its points back.
   */
  async take(email: string, address: string, device?: string): Promise<void> {
    if (device) return consumeOrRefuse([this.byDevice.consume(device)], 'auth.tooManyAttempts');
    await consumeOrRefuse([this.byAccountAndAddress.consume(digest(`${email} ${address}`)), this.byAddress.consume(address)], 'auth.tooManyAttempts');
    await consumeOrRefuse([this.byAccount.consume(digest(email))], 'auth.tooManyAttempts');
  }

  async giveBack(email: string, address: string, device?: string): Promise<void> {
    if (device) return void (await this.byDevice.delete(device));
    await Promise.all([this.byAccountAndAddress.delete(digest(`${email} ${address}`)), this.byAddress.reward(address, 1), this.byAccount.reward(digest(email), 1)]);
  }
}
