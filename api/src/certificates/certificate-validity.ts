import type { CertificateStatus } from './dto/certificate.dto.js';

/**
 * When a certificate counts: not revoked and not past its expiry. The one rule, in TypeScript for the answers that
 * show a status and in SQL for the checks that rest on a certificate (the safeguarding gate).
 */
export function certificateStatus(facts: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): CertificateStatus {
  if (facts.revokedAt) return 'revoked';
  if (facts.expiresAt && facts.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/** The same rule as a SQL condition on the `certificates` row aliased `alias`. */
export const validCertificateSql = (alias: string) => `${alias}.revoked_at IS NULL AND (${alias}.expires_at IS NULL OR ${alias}.expires_at > now())`;
