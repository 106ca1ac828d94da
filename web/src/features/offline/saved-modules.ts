import { api, type Schemas } from '../../api/client';
import { offlineDb, type SavedModule } from './offline-db';
import { rememberUser } from './remembered-user';

export const MEDIA_CACHE = 'clef-saved-media';
const listeners = new Set<() => void>();
export function onSavedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

async function ok<T>(request: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await request;
  if (data === undefined) throw new Error(`HTTP ${response.status}`);
  return data;
}

const imagesOf = (html: string) =>
  Array.from(new DOMParser().parseFromString(html, 'text/html').images, (img) => img.getAttribute('src') ?? '').filter((src) => src && !src.startsWith('data:'));

/** Lesson pictures go in a cache the service worker reads; returns their total size. */
async function cacheMedia(addresses: string[]): Promise<number> {
  if (addresses.length === 0 || typeof caches === 'undefined') return 0;
  const cache = await caches.open(MEDIA_CACHE);
  let bytes = 0;
  for (const address of addresses) {
    const response = await fetch(address);
    if (!response.ok) continue;
    bytes += (await response.clone().blob()).size;
    await cache.put(address, response);
  }
  return bytes;
}

/**
 * Saves an enrolled module on the device: its detail, every lesson in the interface language, its pictures, and the
 * attempt in progress (started now when `startAttempt`, as answering offline needs one). Lessons are fetched in an order
 * ending with the learner's resume point, because opening a lesson moves it.
 */
export async function saveModule(user: Schemas['MeDto'], enrolmentId: string, lang: 'fr' | 'en', startAttempt: boolean): Promise<SavedModule> {
  const detail = () => ok(api.GET('/api/enrolments/{id}', { params: { path: { id: enrolmentId }, query: { lang } } }));
  let enrolment = await detail();
  const resume = enrolment.lastLessonPosition;
  const positions = enrolment.lessons.map((l) => l.position).sort((a, b) => (a === resume ? 1 : b === resume ? -1 : a - b));
  const lessons: Schemas['EnrolmentLessonContentDto'][] = [];
  for (const position of positions) {
    lessons.push(await ok(api.GET('/api/enrolments/{id}/lessons/{position}', { params: { path: { id: enrolmentId, position }, query: { lang } } })));
  }
  lessons.sort((a, b) => a.position - b.position);
  let attempt: Schemas['AttemptDto'] | null = null;
  const inProgress = enrolment.assessment.attemptInProgress;
  if (inProgress) attempt = await ok(api.GET('/api/attempts/{id}', { params: { path: { id: inProgress }, query: { lang } } }));
  else if (startAttempt && enrolment.assessment.canStartAttempt) {
    attempt = await ok(api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: enrolmentId }, query: { lang } } }));
    enrolment = await detail();
  }
  const media = [...new Set(lessons.flatMap((lesson) => imagesOf(lesson.html)))];
  const mediaBytes = await cacheMedia(media);
  const record: SavedModule = { enrolmentId, userId: user.id, language: lang, savedAt: new Date().toISOString(), bytes: 0, enrolment, lessons, attempt, media };
  record.bytes = new Blob([JSON.stringify(record)]).size + mediaBytes;
  await (await offlineDb()).put('modules', record);
  rememberUser(user);
  changed();
  return record;
}

export async function savedModule(userId: string, enrolmentId: string): Promise<SavedModule | undefined> {
  const saved = await (await offlineDb()).get('modules', enrolmentId);
  return saved?.userId === userId ? saved : undefined;
}

export async function savedModules(userId: string): Promise<SavedModule[]> {
  return (await offlineDb()).getAllFromIndex('modules', 'byUser', userId);
}

export async function savedAttempt(userId: string, attemptId: string): Promise<Schemas['AttemptDto'] | undefined> {
  const saved = await (await offlineDb()).getFromIndex('modules', 'byAttempt', attemptId);
  return saved?.userId === userId ? (saved.attempt ?? undefined) : undefined;
}

export async function removeSavedModule(enrolmentId: string): Promise<void> {
  const db = await offlineDb();
  const saved = await db.get('modules', enrolmentId);
  if (!saved) return;
  await db.delete('modules', enrolmentId);
  if (saved.media.length > 0 && typeof caches !== 'undefined') {
    // A picture stays while another saved module still shows it.
    const others = new Set((await db.getAll('modules')).flatMap((m) => m.media));
    const cache = await caches.open(MEDIA_CACHE);
    for (const address of saved.media) if (!others.has(address)) await cache.delete(address);
  }
  changed();
}

/** Keeps the saved copy in step with what the learner does offline, so that reopening it shows their progress. */
async function update(match: (saved: SavedModule) => boolean, change: (saved: SavedModule) => void) {
  const db = await offlineDb();
  for (const saved of await db.getAll('modules')) {
    if (!match(saved)) continue;
    change(saved);
    await db.put('modules', saved);
  }
}

export const rememberAnswer = (attemptId: string, questionId: string, answer: unknown) =>
  update(
    (saved) => saved.attempt?.id === attemptId,
    (saved) => {
      saved.attempt!.answers = { ...saved.attempt!.answers, [questionId]: answer };
    },
  );

export const rememberLessonRead = (enrolmentId: string, position: number) =>
  update(
    (saved) => saved.enrolmentId === enrolmentId,
    (saved) => {
      const lesson = saved.enrolment.lessons.find((l) => l.position === position);
      if (lesson && !lesson.read) {
        lesson.read = true;
        saved.enrolment.lessonsRead += 1;
      }
      const content = saved.lessons.find((l) => l.position === position);
      if (content) content.read = true;
    },
  );

/** Once submitted, the saved attempt can no longer be answered: the saved copy forgets it. */
export const forgetSavedAttempt = (attemptId: string) =>
  update(
    (saved) => saved.attempt?.id === attemptId,
    (saved) => {
      saved.attempt = null;
      saved.enrolment.assessment.attemptInProgress = null;
    },
  );

/** The saved copies standing in for the API when the network is out of reach (see `withSavedCopy`). */
export const savedCopies = (userId: string | undefined) => ({
  enrolment: async (enrolmentId: string) => (await savedModule(userId ?? '', enrolmentId))?.enrolment,
  attempt: (attemptId: string) => savedAttempt(userId ?? '', attemptId),
  enrolments: async () => {
    const saved = await savedModules(userId ?? '');
    return saved.length === 0 ? undefined : { items: saved.map((s) => s.enrolment) };
  },
});
