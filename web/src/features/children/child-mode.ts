import { createContext, useContext } from 'react';
import type { User } from '../auth/session-context';

/** A child's account: the whole client switches to the child-friendly mode. */
export const isChild = (user: User | null | undefined): boolean => user?.accountKind === 'child';

/** True inside the child-friendly mode; shared components pick their child wording with it (i18next `context: 'child'`). */
export const ChildModeContext = createContext(false);

export const useChildMode = () => useContext(ChildModeContext);

/** The i18next options that select a key's `_child` wording inside the child-friendly mode. */
export const childContext = (childMode: boolean) => (childMode ? { context: 'child' } : {});
