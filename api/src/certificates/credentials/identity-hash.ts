import { createHash, randomBytes } from 'node:crypto';

/**
 * Open Badges 3.0 IdentityObject, salted and hashed, never in clear: the holder's confirmed e-mail, or else
 * (`systemId`) their Clef account id, which tells a reader nothing about the person.
 */
export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress' | 'systemId';
  hashed: true;
  salt: string;
}

/** Trimmed and lower-cased, so that the address the holder types later gives the same hash. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `sha256$<hex of SHA-256(email + salt)>`, the form Open Badges 3.0 defines for `identityHash`. */
export function hashEmail(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(normaliseEmail(email) + salt, 'utf8').digest('hex')}`;
}

export function hashedEmailIdentity(email: string, salt: string = randomBytes(16).toString('hex')): IdentityObject {
  const identityHash = hashEmail(email, salt);
  return { type: 'IdentityObject', identityHash, identityType: 'emailAddress', hashed: true, salt };
}

/** For a holder without a confirmed e-mail (an unconfirmed address, a child): the account id, salted and hashed. */
export function hashedAccountIdentity(accountId: string, salt: string = randomBytes(16).toString('hex')): IdentityObject {
  const identityHash = `sha256$${createHash('sha256').update(accountId + salt, 'utf8').digest('hex')}`;
  return { type: 'IdentityObject', identityHash, identityType: 'systemId', hashed: true, salt };
}

/** Whether a credential's identifier belongs to this e-mail address (for "is this yours?" checks). */
export function identityMatchesEmail(identity: IdentityObject, email: string): boolean {
  return identity.hashed && identity.identityType === 'emailAddress' && identity.identityHash === hashEmail(email, identity.salt);
}
