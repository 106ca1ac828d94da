/** What the server rendered a page from (see api/src/app/lesson-page.ts): one lesson, in one language. */
interface InitialLesson {
  kind: 'lesson' | 'enrolled-lesson';
  language: string;
  /** The module's slug (a published lesson) or the enrolment's id (an enrolled learner's lesson). */
  key: string;
  position: number;
  lesson: unknown;
}

let initial: InitialLesson | null | undefined;

/**
 * The lesson the server put in the first HTML, if it is the one asked for: the page shows it on its first render,
 * without fetching it again, so the text on screen stays as it is when the app takes over. Taken once: a later visit to
 * the same lesson asks the API.
 */
export function takeInitialLesson<T>(kind: InitialLesson['kind'], key: string, position: number, language: string): T | undefined {
  if (initial === undefined) {
    const element = typeof document === 'undefined' ? null : document.getElementById('clef-initial-data');
    initial = element?.textContent ? (JSON.parse(element.textContent) as InitialLesson) : null;
    element?.remove();
  }
  const found = initial;
  if (!found || found.kind !== kind || found.key !== key || found.position !== position || found.language !== language) return undefined;
  initial = null;
  return found.lesson as T;
}
