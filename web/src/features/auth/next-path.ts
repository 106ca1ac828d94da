export const AFTER_LOGIN_PATH = '/learning';

const SITE = 'https://clef.invalid';

/**
 * Where to go after logging in: `next` only when it is a path on this site. `//host` and `/\host`
 * are read by browsers as another site, and browsers drop tabs and newlines from addresses.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next)) return AFTER_LOGIN_PATH;
  try {
    return new URL(next, SITE).origin === SITE ? next : AFTER_LOGIN_PATH;
  } catch {
    return AFTER_LOGIN_PATH;
  }
}

/** The log-in or sign-up page, asked to come back to `next` afterwards. */
export function withNext(page: '/login' | '/signup', next: string | null) {
  return next ? `${page}?next=${encodeURIComponent(next)}` : page;
}
