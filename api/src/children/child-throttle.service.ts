import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { consumeOrRefuse } from '../common/security/rate-limit.js';

// A whole class often shares one school address, so the limits per address leave room for thirty children
// (and their typing mistakes) while stopping anyone who tries codes or PINs by the hundred.
export const JOINS_PER_ADDRESS_PER_HOUR = 60;
export const JOINS_PER_CODE_PER_HOUR = 60;
export const CHILD_LOGIN_FAILURES_PER_ADDRESS = 50;
const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Class-code joins and child log-ins, counted in the rate_limits table so the limits hold across instances. */
@Injectable()
export class ChildThrottleService {
  private readonly joinsByAddress: RateLimiterPostgres;
  private readonly joinsByCode: RateLimiterPostgres;
  private readonly loginsByAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const storeClient = (dataSource.driver as unknown as { master: Pool }).master;
    const common = { storeClient, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false };
    this.joinsByAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'child-join-address', points: JOINS_PER_ADDRESS_PER_HOUR, duration: 3600 });
    this.joinsByCode = new RateLimiterPostgres({ ...common, keyPrefix: 'child-join-code', points: JOINS_PER_CODE_PER_HOUR, duration: 3600 });
    this.loginsByAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'child-login-address',
      points: CHILD_LOGIN_FAILURES_PER_ADDRESS,
      duration: LOGIN_WINDOW_SECONDS,
    });
  }

  /** Every join attempt counts, valid code or not, per address and per code typed. */
  async takeJoin(address: string, code: string): Promise<void> {
    await this.take([this.joinsByAddress.consume(address), this.joinsByCode.consume(code)]);
  }

  /** Taken before the secret is checked; a successful log-in gives it back. */
  async takeLogin(address: string): Promise<void> {
    await this.take([this.loginsByAddress.consume(address)]);
  }

  async giveBackLogin(address: string): Promise<void> {
    await this.loginsByAddress.reward(address, 1);
  }

  private take(consumptions: Promise<RateLimiterRes>[]): Promise<void> {
    return consumeOrRefuse(consumptions, 'children.tooManyTries');
  }
}
