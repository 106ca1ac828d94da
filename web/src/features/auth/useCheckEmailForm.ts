import { useState } from 'react';
import { useFormSubmit } from './useFormSubmit';

/**
 * The submit of a form whose outcome arrives by e-mail (sign-up, forgot password): the API answers the same
 * whether or not the address has an account, so success only says "check your e-mail".
 */
export function useCheckEmailForm(send: () => Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  const [sent, setSent] = useState(false);
  return { ...useFormSubmit(send, () => setSent(true)), sent };
}
