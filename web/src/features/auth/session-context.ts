import { createContext } from 'react';
import type { Schemas } from '../../api/client';

export type User = Schemas['MeDto'];

export interface Session {
  /** The logged-in user, or null when nobody is (or while the session is loading). */
  user: User | null;
  status: 'loading' | 'ready';
  setUser: (user: User | null) => void;
  /** Asks the API again who is logged in. */
  refresh: () => Promise<void>;
  /** Ends the session on the server, then here, and goes to the home page; rejects when the server could not be reached. */
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);
