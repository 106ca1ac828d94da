import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Language } from '../../i18n/languages';
import { inLanguage, languageOf, toLanguage } from './language-query';
import { SessionContext, type Session, type User } from './session-context';
import { useI18nInstance } from './useI18nInstance';
import { forgetUser, rememberedUser } from '../offline/remembered-user';

/**
 * When the API cannot be reached, the person who saved modules on this device (if anyone) is taken as logged in, so that
 * their saved modules and outbox open offline; otherwise nobody is, and the public pages still work.
 */
async function fetchSessionUser(lang: Language): Promise<User | null> {
  try {
    const { data } = await api.GET('/api/auth/session', inLanguage(lang));
    return data?.user ?? null;
  } catch {
    return rememberedUser();
  }
}

/**
 * Loads the session once at start and saves the language the user picks in the header to their
 * profile. Place it inside the router: logging out goes to the home page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const i18n = useI18nInstance();
  const navigate = useNavigate();
  const [user, setUserState] = useState<User | null>(null);
  const [status, setStatus] = useState<Session['status']>('loading');
  // Read by the language listener, which must see a change made in the same tick.
  const userRef = useRef<User | null>(null);

  const setUser = useCallback((next: User | null) => {
    userRef.current = next;
    setUserState(next);
  }, []);

  useEffect(() => {
    let current = true;
    void fetchSessionUser(languageOf(i18n)).then((found) => {
      if (!current) return;
      setUser(found);
      setStatus('ready');
    });
    return () => {
      current = false;
    };
  }, [i18n, setUser]);

  useEffect(() => {
    const saveLanguage = (code: string) => {
      const language = toLanguage(code);
      const current = userRef.current;
      if (!current || current.preferredLanguage === language) return;
      setUser({ ...current, preferredLanguage: language });
      // Best effort: this browser remembers the choice anyway.
      api.PATCH('/api/me', { body: { preferredLanguage: language }, ...inLanguage(language) }).catch(() => undefined);
    };
    i18n.on('languageChanged', saveLanguage);
    return () => i18n.off('languageChanged', saveLanguage);
  }, [i18n, setUser]);

  const refresh = useCallback(async () => {
    setUser(await fetchSessionUser(languageOf(i18n)));
    setStatus('ready');
  }, [i18n, setUser]);

  const logout = useCallback(async () => {
    const { response } = await api.POST('/api/auth/logout', inLanguage(languageOf(i18n)));
    // 401: the session had already ended.
    if (!response.ok && response.status !== 401) throw new Error(`Logging out failed with HTTP ${response.status}`);
    // One transition for both, as the router makes its own: rendered apart, a page behind
    // RequireLogin would first see no user and send the visitor to the log-in page.
    forgetUser();
    startTransition(() => {
      setUser(null);
      navigate('/', { replace: true });
    });
  }, [i18n, setUser, navigate]);

  const session = useMemo<Session>(() => ({ user, status, setUser, refresh, logout }), [user, status, setUser, refresh, logout]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
