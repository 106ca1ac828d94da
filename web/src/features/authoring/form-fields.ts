import type { FormErrors } from '../auth/form-errors';

/** The API names nested fields with dots (`title.fr`); the form's ids use hyphens, so the error summary links work. */
export const withFieldIds = (errors: FormErrors): FormErrors => ({
  message: errors.message,
  fields: Object.fromEntries(Object.entries(errors.fields).map(([field, message]) => [field.replace(/\./g, '-'), message])),
});
