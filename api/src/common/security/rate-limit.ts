import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';
import type { MessageKey } from '../i18n/messages.en.js';

/** Awaits every counter's point; once any is spent, refuses with 429 and the longest wait in minutes. */
export async function consumeOrRefuse(consumptions: Promise<RateLimiterRes>[], messageKey: MessageKey): Promise<void> {
  const results = await Promise.allSettled(consumptions);
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
  if (refused.length === 0) return;
  const error = refused.find((reason) => !(reason instanceof RateLimiterRes));
  if (error) throw error;
  const waitMs = Math.max(...(refused as RateLimiterRes[]).map((res) => res.msBeforeNext));
  throw new AppError(429, messageKey, { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) });
}
