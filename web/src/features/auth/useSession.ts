import { useContext } from 'react';
import { SessionContext, type Session } from './session-context';

/** Who is logged in, and the means to change that. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it (see app/App.tsx).');
  return session;
}
