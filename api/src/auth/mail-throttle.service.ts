import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** Account messages (confirmation, reset, "someone used your address") one address may receive in an hour. */
export const MAILS_PER_ADDRESS_PER_HOUR = 5;

/** Keeps anyone from flooding an inbox through sign-up or "forgot password", across instances (table rate_limits). */
@Injectable()
export class MailThrottleService {
  private readonly perAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const storeClient = (dataSource.driver as unknown as { master: Pool }).master;
    this.perAddress = new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'mail-address',
      points: MAILS_PER_ADDRESS_PER_HOUR,
      duration: 3600,
    });
  }

  /** False once the address had its share: the caller then sends nothing, and answers as usual. */
  async allow(email: string): Promise<boolean> {
    try {
      await this.perAddress.consume(email);
      return true;
    } catch (reason) {
      if (reason instanceof RateLimiterRes) return false;
      throw reason;
    }
  }
}
