import { useCallback, useState } from 'react';
import type { components } from '../../api/schema';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { takeInitialLesson } from '../../lib/initial-data';
import { useApi } from '../../lib/useApi';
import { useSession } from '../auth/useSession';
import { useOutbox } from '../offline/outbox-context';
import { rememberLessonRead, savedModule } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';
import { useMarkReadAtEnd } from './useMarkReadAtEnd';

/**
 * A lesson of the version the learner enrolled on (from the copy saved on the device when the network is out of
 * reach), marked read once its end (`sentinel`) comes into view, through the outbox.
 * Shared by the adult and the child lesson pages, which differ only in how they show it.
 */
export function useEnrolledLesson(id: string, position: string) {
  const lang = useLanguage();
  const { user } = useSession();
  const { enqueue } = useOutbox();
  const [markedRead, setMarkedRead] = useState<string>();
  // The server renders an adult's lesson into the first HTML; a child's pages are rendered here only.
  const [initialData] = useState(() =>
    takeInitialLesson<components['schemas']['EnrolmentLessonContentDto']>('enrolled-lesson', id, Number(position), lang),
  );
  const { state, reload } = useApi(
    withSavedCopy(
      (signal) => api.GET('/api/enrolments/{id}/lessons/{position}', { params: { path: { id, position: Number(position) }, query: { lang } }, signal }),
      async () => (await savedModule(user?.id ?? '', id))?.lessons.find((lesson) => lesson.position === Number(position)),
    ),
    [id, position, lang],
    // Switching language keeps the lesson on screen (and the reader's place) until the other language arrives.
    { keepWhileSame: [id, position], initialData },
  );
  const key = `${id}/${position}`;
  const moduleTitle = state.status === 'ok' ? state.data.moduleTitle : '';
  const markRead = useCallback(() => {
    setMarkedRead(key);
    void rememberLessonRead(id, Number(position));
    void enqueue({ kind: 'lesson_read', enrolmentId: id, position: Number(position) }, { moduleTitle, enrolmentId: id, number: Number(position) });
  }, [id, position, key, enqueue, moduleTitle]);
  const alreadyRead = state.status === 'ok' && state.data.read;
  const sentinel = useMarkReadAtEnd(key, state.status === 'ok' && !alreadyRead, markRead);
  return { state, reload, key, sentinel, read: alreadyRead || markedRead === key };
}
