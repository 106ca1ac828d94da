import { useCallback } from 'react';
import { languageOf } from './language-query';
import type { User } from './session-context';
import { useI18nInstance } from './useI18nInstance';
import { useSession } from './useSession';

/** After logging in, signing up or saving the profile: remember the user and show the interface in their language. */
export function useApplyUser() {
  const { setUser } = useSession();
  const i18n = useI18nInstance();
  return useCallback(
    (user: User) => {
      setUser(user);
      if (user.preferredLanguage && user.preferredLanguage !== languageOf(i18n)) void i18n.changeLanguage(user.preferredLanguage);
    },
    [setUser, i18n],
  );
}
