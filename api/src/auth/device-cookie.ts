import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from './session-cookie.js';

export const DEVICE_COOKIE = 'clef_device';
const DEVICE_LIFETIME_SECONDS = 365 * 24 * 3600;

// OWASP "device cookies": proof that this browser logged in to this account before, so that strangers' failed
// guesses cannot lock its owner out. Signed with the account's password hash: no new secret to keep, and a
// new password forgets every device at once.
const signature = (userId: string, issuedAt: string, passwordHash: string) => createHmac('sha256', passwordHash).update(`${userId}.${issuedAt}`).digest('base64url');

export function newDeviceToken(userId: string, passwordHash: string): string {
  const issuedAt = String(Math.floor(Date.now() / 1000));
  return `${userId}.${issuedAt}.${signature(userId, issuedAt, passwordHash)}`;
}

/** The device's own name (its signature) when the cookie proves an earlier log-in to this account, else undefined. */
export function trustedDevice(request: FastifyRequest, userId: string, passwordHash: string | null | undefined): string | undefined {
  const [cookieUser, issuedAt, given] = (readCookie(request, DEVICE_COOKIE) ?? '').split('.');
  if (!passwordHash || cookieUser !== userId || !/^\d{1,12}$/.test(issuedAt ?? '') || !given) return undefined;
  if (Date.now() / 1000 - Number(issuedAt) > DEVICE_LIFETIME_SECONDS) return undefined;
  const expected = Buffer.from(signature(userId, issuedAt, passwordHash));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? given : undefined;
}

/** Sent back to the log-in route only, never readable by scripts nor sent by other sites. */
export function setDeviceCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.header('set-cookie', `${DEVICE_COOKIE}=${token}; Path=/api/auth/login; Max-Age=${DEVICE_LIFETIME_SECONDS}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`);
}
