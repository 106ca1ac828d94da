import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';

const WINDOW_SECONDS = 15 * 60;
/** Failed log-ins allowed per window, per account and per client address. */
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;

/**
 * Counts failed log-ins in PostgreSQL (table rate_limits, created by a migration), so that the
 * limits hold across every app instance.
 */
@Injectable()
export class LoginThrottleService {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const storeClient = (dataSource.driver as unknown as { master: Pool }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'login-account', points: FAILURES_PER_ACCOUNT });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'login-address', points: FAILURES_PER_ADDRESS });
  }

  /**
   * Takes one point from both counters before the password is checked (so that parallel guesses cannot all
   * slip through), and refuses with 429 once either is spent. A successful log-in gives its points back.
   */
  async take(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.byAccount.consume(email), this.byAddress.consume(address)]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    if (refused.length === 0) return;
    const error = refused.find((reason) => !(reason instanceof RateLimiterRes));
    if (error) throw error;
    const waitMs = Math.max(...(refused as RateLimiterRes[]).map((res) => res.msBeforeNext));
    throw new AppError(429, 'auth.tooManyAttempts', { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) });
  }

  async giveBack(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.delete(email), this.byAddress.reward(address, 1)]);
  }
}
