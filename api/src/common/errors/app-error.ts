import type { MessageKey } from '../i18n/messages.en.js';

export interface FieldProblem {
  field: string;
  /** The rule that failed (class-validator constraint name, or `unknownField`). */
  rule: string;
  /** The rule's number, when it has one (a minimum length, a maximum). */
  limit?: number;
  /** A message of its own, when the generic `validation.<rule>` text would say too little. */
  messageKey?: MessageKey;
  params?: Record<string, unknown>;
}

/**
 * The one error type services throw: a status, a translatable message key and its parameters.
 * The global filter turns it into `{statusCode, error, message}` in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messageKey: MessageKey,
    readonly params: Record<string, unknown> = {},
    readonly fields?: FieldProblem[],
    /** More of the current state, sent beside the message (e.g. the draft that won a conflict). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class RequestValidationError extends AppError {
  constructor(fields: FieldProblem[]) {
    super(400, 'error.validation', {}, fields);
  }
}

export class NotFoundError extends AppError {
  constructor(messageKey: MessageKey = 'error.notFound', params: Record<string, unknown> = {}) {
    super(404, messageKey, params);
  }
}
