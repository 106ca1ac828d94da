import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestValidationError, type FieldProblem } from '../errors/app-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => {
      // class-validator gives a rule's number only inside its English message ("…longer than or equal to 8 characters").
      const limit = /\d+/.exec(message)?.[0];
      return { field, rule: rule === 'whitelistValidation' ? 'unknownField' : rule, ...(limit ? { limit: Number(limit) } : {}) };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelists DTO fields, refuses unknown ones, converts types, and reports every field problem. */
export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
