import { AppError } from '../common/errors/app-error.js';
import type { SecretKind } from '../users/user.entity.js';

/** The pictures a picture password is made of; the web client draws them, the API only knows their ids. */
export const PICTURES = ['sun', 'moon', 'star', 'tree', 'flower', 'cat', 'dog', 'fish', 'bird', 'apple', 'ball', 'boat'] as const;
export const SECRET_LENGTH = 4;

/**
 * The secret as the string that is hashed: four digits for a PIN, four picture ids joined by dashes.
 * A PIN may come as "0427" or ["0","4","2","7"]; pictures as ["sun","cat",…] (in order).
 */
export function canonicalSecret(kind: SecretKind, secret: unknown): string {
  if (kind === 'pin') {
    const digits = Array.isArray(secret) ? secret.map(String).join('') : typeof secret === 'string' ? secret : '';
    if (!/^\d{4}$/.test(digits)) throw new AppError(400, 'children.badPin');
    return digits;
  }
  const picks = Array.isArray(secret) ? secret : typeof secret === 'string' ? secret.split('-') : [];
  if (picks.length !== SECRET_LENGTH || !picks.every((p) => typeof p === 'string' && (PICTURES as readonly string[]).includes(p))) {
    throw new AppError(400, 'children.badPictures');
  }
  return picks.join('-');
}

/** Any form either kind accepts, for a log-in where the kind is the account's. */
export function secretAsGiven(secret: unknown): string {
  if (Array.isArray(secret)) return secret.map(String).join(secret.every((p) => /^\d$/.test(String(p))) ? '' : '-');
  return typeof secret === 'string' ? secret : '';
}

/** A random 4-digit PIN for accounts a trainer creates. */
export function randomPin(random: (max: number) => number): string {
  return Array.from({ length: SECRET_LENGTH }, () => String(random(10))).join('');
}
