import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { resolveLanguage } from '../i18n/language.js';
import { toErrorResponse } from '../errors/all-exceptions.filter.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses every state-changing request that a browser sends from another site, whatever its path: a path test
 * (`/api/…`) would be dodged by an encoded one (`/%61pi/me`) that the router still resolves. SameSite=Strict
 * already keeps the session cookie off such requests; this is the second lock, as docs/architecture.md says.
 */
export function registerOriginCheck(fastify: FastifyInstance, allowedOrigins: string[]) {
  fastify.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (!origin) return; // not a browser, or a same-origin request from an old browser
    const sameOrigin = origin === `${request.protocol}://${request.headers.host}`;
    if (sameOrigin || allowedOrigins.includes(origin)) return;
    const language = resolveLanguage(undefined, request.headers['accept-language']);
    return reply.status(403).send(toErrorResponse(new AppError(403, 'error.crossOrigin'), language));
  });
}
