import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { resolveLanguage, type Language } from '../i18n/language.js';
import type { MessageKey } from '../i18n/messages.en.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { isMessageKey, translate } from '../i18n/translate.js';
import { AppError } from './app-error.js';
import type { ErrorResponseDto } from './error-response.js';

const keyByStatus: Record<number, MessageKey> = {
  400: 'error.badRequest',
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  413: 'error.payloadTooLarge',
  414: 'error.uriTooLong',
  415: 'error.unsupportedMediaType',
  429: 'error.tooManyRequests',
  503: 'error.serviceUnavailable',
};

/** Framework and parser errors carry a status and an English text; give them a key of ours. */
function fromHttpLike(status: number, request: FastifyRequest, error: unknown): AppError {
  if (status === 404 && error instanceof HttpException && /^Cannot \w+ /.test(error.message)) {
    return new AppError(404, 'error.routeNotFound', { method: request.method, path: request.url.split('?')[0] });
  }
  const { code, name, message } = error as { code?: string; name?: string; message?: string };
  const badJson = code === 'FST_ERR_CTP_INVALID_JSON_BODY' || name === 'SyntaxError' || /not valid JSON/i.test(message ?? '');
  if (status === 400 && badJson) {
    return new AppError(400, 'error.malformedJson');
  }
  return new AppError(status, keyByStatus[status] ?? (status >= 500 ? 'error.internal' : 'error.badRequest'));
}

export function toErrorResponse(error: AppError, language: Language): ErrorResponseDto {
  const body: ErrorResponseDto = {
    statusCode: error.statusCode,
    error: STATUS_CODES[error.statusCode] ?? 'Error',
    message: translate(language, error.messageKey, error.params),
  };
  if (error.fields) {
    body.details = error.fields.map(({ field, rule, limit, messageKey, params }) => {
      const name = field.split('.').pop() ?? field;
      // A rule may have its own wording for one field (`validation.matches.slug`), else the rule's generic one.
      const key = [`validation.${rule}.${name}`, `validation.${rule}`].find(isMessageKey) ?? 'validation.invalid';
      return {
        field,
        rule,
        message: messageKey ? translate(language, messageKey, params) : translate(language, key as MessageKey, { field: fieldLabel(language, name), limit: limit ?? '' }),
      };
    });
  }
  return error.extra ? { ...error.extra, ...body } : body;
}

/** Turns every error into the documented `{statusCode, error, message}` shape in the caller's language. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : ((exception as { statusCode?: number }).statusCode ?? 500);

    let error: AppError;
    if (exception instanceof AppError) error = exception;
    else if (status >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      error = new AppError(500, 'error.internal');
    } else error = fromHttpLike(status, request, exception);

    const language = resolveLanguage((request.query as Record<string, unknown> | undefined)?.lang, request.headers['accept-language']);
    void reply.status(error.statusCode).header('content-language', language).send(toErrorResponse(error, language));
  }
}
