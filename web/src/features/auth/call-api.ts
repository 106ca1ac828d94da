import { toFormErrors, type FormErrors } from './form-errors';

export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number | null; errors: FormErrors };

/** Runs one API call for a form; a network failure or an unreadable answer becomes `failedMessage`. */
export async function callApi<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  failedMessage: string,
): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, status: response.status, errors: toFormErrors(error, failedMessage) };
  } catch {
    return { ok: false, status: null, errors: { message: failedMessage, fields: {} } };
  }
}
