import type { Schemas } from '../../api/client';

const KEY = 'clef.offline.user';

/**
 * Who saved modules on this device, so that with no connection the app still knows whose saved modules and outbox
 * to show. Kept only once something was saved for offline; forgotten on log-out and when nothing is saved any more.
 */
export function rememberUser(user: Schemas['MeDto']) {
  // No more than the app needs to open the learner's own pages: no e-mail, no profile.
  const { id, displayName, accountKind, consentRecorded, preferredLanguage, username } = user;
  localStorage.setItem(KEY, JSON.stringify({ id, displayName, accountKind, consentRecorded, preferredLanguage, username, memberships: [] }));
}

export function rememberedUser(): Schemas['MeDto'] | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

export const forgetUser = () => localStorage.removeItem(KEY);
