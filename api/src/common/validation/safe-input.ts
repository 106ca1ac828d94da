import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppError, RequestValidationError } from '../errors/app-error.js';

/** Far above any body Clef reads (a module draft nests about ten levels), far below a stack overflow. */
export const MAX_JSON_DEPTH = 64;

/** A NUL (PostgreSQL refuses it in text and jsonb) or a UTF-16 surrogate without its pair. */
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnsafeText = (text: string) => UNSAFE_TEXT.test(text);

/** Counts bracket nesting without parsing, so that a hostile body is refused before any recursion sees it. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The path of the first string (value or key) that PostgreSQL or a UTF-8 encoder would choke on. */
export function findUnsafeText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isUnsafeText(value) ? path || 'body' : undefined;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (isUnsafeText(key)) return itemPath;
    const found = findUnsafeText(item, itemPath);
    if (found) return found;
  }
  return undefined;
}

/** For texts that arrive inside files (spreadsheets, zips, question banks) rather than as fields. */
export function refuseUnsafeText<T>(value: T, field?: string): T {
  const found = findUnsafeText(value, field);
  if (found) throw new RequestValidationError([{ field: found, rule: 'safeText' }]);
  return value;
}

/**
 * One gate for every route, before validation: JSON nested deeper than MAX_JSON_DEPTH, and NUL bytes or lone
 * surrogates anywhere in the body, query or path parameters, are refused with 400 instead of reaching a
 * recursive transformer or PostgreSQL.
 */
export function registerSafeInput(app: NestFastifyApplication, bodyLimit: number) {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) return done(new AppError(400, 'error.jsonTooDeep', { limit: MAX_JSON_DEPTH }), undefined);
    return parseJson(request as Parameters<typeof parseJson>[0], text, done);
  });
  fastify.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) refuseUnsafeText(part);
  });
}
