import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from './session-context';
import { callApi } from './call-api';
import type { FormErrors } from './form-errors';
import { useApplyUser } from './useApplyUser';

/**
 * The submit of every form that ends logged in (log-in, sign-up, invitation): one call, its errors by field,
 * a busy flag, then the user applied to the session and a move to `destination`.
 */
export function useLoginForm(send: () => Promise<{ data?: User; error?: unknown; response: Response }>, destination: string) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const applyUser = useApplyUser();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await callApi(send, t('errors.failed'));
    setBusy(false);
    if (!outcome.ok) return setErrors(outcome.errors);
    applyUser(outcome.data);
    navigate(destination, { replace: true });
  }

  return { errors, busy, submit };
}
