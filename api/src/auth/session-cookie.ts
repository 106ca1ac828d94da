import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './session-token.js';

// Written by hand: one cookie with a base64url value needs no encoding, and the `cookie`
// package is ESM-only, which Jest's loader cannot call from CommonJS dependencies.

export function readCookie(request: FastifyRequest, cookieName: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=') || undefined;
  }
  return undefined;
}

export const readSessionCookie = (request: FastifyRequest) => readCookie(request, SESSION_COOKIE);

function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean) {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** HTTP-only and SameSite=Lax: scripts cannot read it and other sites' forms cannot send it. */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.header('set-cookie', sessionCookie(token, SESSION_LIFETIME_MS / 1000, secure));
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.header('set-cookie', sessionCookie('', 0, secure));
}
