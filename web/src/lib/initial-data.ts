/** What the server rendered a page from (see api/src/app/lesson-page.ts): a published lesson, in one language. */
interface InitialLesson<T> {
  kind: 'lesson';
  language: string;
  slug: string;
  position: number;
  lesson: T;
}

let initial: InitialLesson<unknown> | null | undefined;

/**
 * The lesson the server put in the first HTML, if it is the one asked for: the page shows it on its first render,
 * without fetching it again, so the text on screen stays as it is when the app takes over. Taken once: a later visit to
 * the same lesson asks the API.
 */
export function takeInitialLesson<T>(slug: string, position: number, language: string): T | undefined {
  if (initial === undefined) {
    const element = typeof document === 'undefined' ? null : document.getElementById('clef-initial-data');
    initial = element?.textContent ? (JSON.parse(element.textContent) as InitialLesson<unknown>) : null;
    element?.remove();
  }
  const found = initial;
  if (!found || found.kind !== 'lesson' || found.slug !== slug || found.position !== position || found.language !== language) return undefined;
  initial = null;
  return found.lesson as T;
}
