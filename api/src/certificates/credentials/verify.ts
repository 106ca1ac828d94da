import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { createDocumentLoader, type DocumentLoader, type UrlResolver } from './document-loader.js';
import { issuerIdOf, verificationSuite } from './sign.js';

export interface CredentialCheck {
  /** The proof is an intact `eddsa-rdfc-2022` signature by a key its issuer controls. */
  signatureValid: boolean;
  /** `null` when the status could not be checked (no valid signature, list unavailable or not verifiable). */
  revoked: boolean | null;
  expired: boolean;
  /** The issuer DID, so that the caller can tell Clef's own credentials from others'. */
  issuer: string | null;
  errors: string[];
}

export interface VerifyOptions {
  /** Serves Clef's status list credentials and did:web document; everything else is bundled or refused. */
  resolveUrl?: UrlResolver;
  now?: Date;
}

/**
 * Clef's check of a credential, for its public verification page and the "drop a credential file" page.
 * The signature is checked independently of the validity window (an expired credential still has an intact
 * signature), and the revocation bit only when the signature holds: a forged credential's status means nothing.
 */
export async function verifyOpenBadgeCredential(
  credential: unknown,
  options: VerifyOptions = {},
): Promise<CredentialCheck> {
  const now = options.now ?? new Date();
  if (!isObject(credential) || !hasProof(credential)) {
    const errors = ['The file is not a signed credential'];
    return { signatureValid: false, revoked: null, expired: false, issuer: null, errors };
  }
  const errors: string[] = [];
  const issuer = issuerIdOf(credential.issuer) ?? null;
  const window = validityWindow(credential, errors);
  const expired = window.until !== undefined && now > window.until;
  if (window.from !== undefined && now < window.from) errors.push('The credential is not valid yet');

  const documentLoader = createDocumentLoader({ resolveUrl: options.resolveUrl });
  const signatureValid = await checkSignature(credential, documentLoader, clamp(now, window), errors);
  const revoked = signatureValid ? await checkRevocation(credential, documentLoader, errors) : null;
  return { signatureValid, revoked, expired, issuer, errors };
}

async function checkSignature(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
  now: Date,
  errors: string[],
): Promise<boolean> {
  const result = await vc.verifyCredential({
    credential,
    suite: verificationSuite(),
    documentLoader,
    now,
    // Status is checked separately so that "revoked" and "signature" stay distinct answers.
    checkStatus: async () => ({ verified: true }),
  });
  if (!result.verified) errors.push(...messagesOf(result.error, 'The signature is not valid'));
  return result.verified;
}

async function checkRevocation(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
  errors: string[],
): Promise<boolean | null> {
  if (credential.credentialStatus === undefined) return false;
  const result = await checkStatus({
    credential,
    documentLoader,
    suite: verificationSuite(),
    verifyBitstringStatusListCredential: true,
    verifyMatchingIssuers: true,
  });
  const status = result.results?.[0]?.status;
  if (!result.verified || typeof status !== 'boolean') {
    errors.push(...messagesOf(result.error, 'The revocation status could not be checked'));
    return null;
  }
  return status;
}

function validityWindow(credential: Record<string, unknown>, errors: string[]): { from?: Date; until?: Date } {
  const parse = (name: 'validFrom' | 'validUntil'): Date | undefined => {
    const value = credential[name];
    if (value === undefined) return undefined;
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) {
      errors.push(`"${name}" is not a date`);
      return undefined;
    }
    return date;
  };
  return { from: parse('validFrom'), until: parse('validUntil') };
}

// The library refuses to check a proof outside the validity window; checking it at the nearest valid instant
// keeps "expired" and "tampered with" apart.
function clamp(now: Date, window: { from?: Date; until?: Date }): Date {
  if (window.until && now > window.until) return window.until;
  if (window.from && now < window.from) return window.from;
  return now;
}

function messagesOf(error: (Error & { errors?: Error[] }) | undefined, fallback: string): string[] {
  const nested = error?.errors?.map((e) => e.message).filter(Boolean) ?? [];
  if (nested.length) return nested;
  return [error?.message || fallback];
}

function hasProof(credential: Record<string, unknown>): boolean {
  const { proof } = credential;
  return isObject(proof) || (Array.isArray(proof) && proof.length > 0 && proof.every(isObject));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
