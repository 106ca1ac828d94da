import { createHash, randomBytes } from 'node:crypto';

/** Open Badges 3.0 IdentityObject: the holder's e-mail, salted and hashed, never in clear. */
export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
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

/** Whether a credential's identifier belongs to this e-mail address (for "is this yours?" checks). */
export function identityMatchesEmail(identity: IdentityObject, email: string): boolean {
  return identity.hashed && identity.identityHash === hashEmail(email, identity.salt);
}
