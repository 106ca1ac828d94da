import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from './call-api';
import type { FormErrors } from './form-errors';

/** The submit of an account form: one call, its errors by field, a busy flag, then `onSuccess` with the answer. */
export function useFormSubmit<T>(send: () => Promise<{ data?: T; error?: unknown; response: Response }>, onSuccess: (data: T) => void) {
  const { t } = useTranslation('auth');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await callApi(send, t('errors.failed'));
    setBusy(false);
    if (!outcome.ok) return setErrors(outcome.errors);
    setErrors(null);
    onSuccess(outcome.data);
  }

  return { errors, busy, submit };
}
