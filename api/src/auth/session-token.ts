import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'clef_session';
export const SESSION_LIFETIME_MS = 30 * 24 * 3600 * 1000;
export const SESSION_IDLE_MS = 7 * 24 * 3600 * 1000;
/** lastSeenAt is written at most this often, to keep reads read-only. */
export const SESSION_TOUCH_MS = 3600 * 1000;

export const newSessionToken = () => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');
