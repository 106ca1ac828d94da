import { useNavigate } from 'react-router';
import type { User } from './session-context';
import { useApplyUser } from './useApplyUser';
import { useFormSubmit } from './useFormSubmit';

/**
 * The submit of every form that ends logged in (log-in, invitation, confirmation and reset links): the user is
 * applied to the session, then a move to `destination`.
 */
export function useLoginForm(send: () => Promise<{ data?: User; error?: unknown; response: Response }>, destination: string) {
  const navigate = useNavigate();
  const applyUser = useApplyUser();
  return useFormSubmit(send, (user) => {
    applyUser(user);
    navigate(destination, { replace: true });
  });
}
