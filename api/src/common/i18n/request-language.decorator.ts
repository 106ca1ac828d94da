import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { resolveLanguage, type Language } from './language.js';

/** The language of the response: `?lang=`, else Accept-Language, else English. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return resolveLanguage((request.query as Record<string, unknown> | undefined)?.lang, request.headers['accept-language']);
});
