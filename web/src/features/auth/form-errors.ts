import type { ApiError } from '../../api/client';

/** What a failed submit shows: one message for the form, and one per field the API named. */
export interface FormErrors {
  message: string;
  fields: Partial<Record<string, string>>;
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).message === 'string';
}

export function toFormErrors(error: unknown, fallbackMessage: string): FormErrors {
  if (!isApiError(error)) return { message: fallbackMessage, fields: {} };
  const fields: FormErrors['fields'] = {};
  for (const detail of error.details ?? []) fields[detail.field] ??= detail.message;
  return { message: error.message || fallbackMessage, fields };
}
