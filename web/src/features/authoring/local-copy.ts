import type { Definition } from './types';

/** Unsent edits kept in this browser, so a closed tab or a lost connection loses nothing. */
export interface LocalCopy {
  revision: number;
  savedAt: string;
  definition: Definition;
}

const PREFIX = 'clef:authoring:';
const keyOf = (slug: string, revision: number) => `${PREFIX}${slug}:${revision}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function keepLocally(slug: string, revision: number, definition: Definition) {
  try {
    storage()?.setItem(keyOf(slug, revision), JSON.stringify({ revision, savedAt: new Date().toISOString(), definition } satisfies LocalCopy));
  } catch {
    // A full or disabled storage only loses the safety net; the server save goes on.
  }
}

/** Forgets the copies of this module up to `revision` (they have reached the server, or were set aside by choice). */
export function forgetLocal(slug: string, upToRevision = Number.POSITIVE_INFINITY) {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) {
    if (!key.startsWith(`${PREFIX}${slug}:`)) continue;
    const revision = Number(key.slice(`${PREFIX}${slug}:`.length));
    if (revision <= upToRevision) store.removeItem(key);
  }
}

/** The newest unsent copy of this module's draft, if the browser holds one. */
export function findLocal(slug: string): LocalCopy | undefined {
  const store = storage();
  if (!store) return undefined;
  const copies = Object.keys(store)
    .filter((key) => key.startsWith(`${PREFIX}${slug}:`))
    .map((key) => {
      try {
        return JSON.parse(store.getItem(key) ?? '') as LocalCopy;
      } catch {
        return undefined;
      }
    })
    .filter((copy): copy is LocalCopy => copy !== undefined && typeof copy.definition === 'object');
  return copies.sort((a, b) => b.revision - a.revision)[0];
}
