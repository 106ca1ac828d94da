import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { resolveLanguage } from '../i18n/language.js';
import { toErrorResponse } from './all-exceptions.filter.js';
import { AppError } from './app-error.js';

/**
 * Fastify's router refuses a malformed URL (400) or an over-long path parameter (414) before Nest sees the
 * request; answer those in the documented shape and the caller's language, without echoing the URL.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const key = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'error.uriTooLong' : error.code === 'FST_ERR_BAD_URL' ? 'error.badUrl' : 'error.badRequest';
  const lang = new URLSearchParams(request.raw.url?.split('?')[1] ?? '').get('lang');
  const language = resolveLanguage(lang, request.headers['accept-language']);
  void reply.status(status).header('content-language', language).send(toErrorResponse(new AppError(status, key), language));
}
