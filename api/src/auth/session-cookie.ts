import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './session-token.js';

// Written by hand: one cookie with a base64url value needs no encoding, and the `cookie`
// package is ESM-only, which Jest's loader cannot call from CommonJS dependencies.

export function readSessionCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean) {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** HTTP-only and SameSite=Strict: scripts cannot read it and no request started by another site carries it. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.header('set-cookie', sessionCookie(token, SESSION_LIFETIME_MS / 1000, secure));
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.header('set-cookie', sessionCookie('', 0, secure));
}
