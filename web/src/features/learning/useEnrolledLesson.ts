import { useCallback, useState } from 'react';
import type { components } from '../../api/schema';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { takeInitialLesson } from '../../lib/initial-data';
import { useApi } from '../../lib/useApi';
import { useMarkReadAtEnd } from './useMarkReadAtEnd';

/**
 * A lesson of the version the learner enrolled on, marked read once its end (`sentinel`) comes into view.
 * Shared by the adult and the child lesson pages, which differ only in how they show it.
 */
export function useEnrolledLesson(id: string, position: string) {
  const lang = useLanguage();
  const [markedRead, setMarkedRead] = useState<string>();
  // The server renders an adult's lesson into the first HTML; a child's pages are rendered here only.
  const [initialData] = useState(() =>
    takeInitialLesson<components['schemas']['EnrolmentLessonContentDto']>('enrolled-lesson', id, Number(position), lang),
  );
  const { state, reload } = useApi(
    (signal) => api.GET('/api/enrolments/{id}/lessons/{position}', { params: { path: { id, position: Number(position) }, query: { lang } }, signal }),
    [id, position, lang],
    // Switching language keeps the lesson on screen (and the reader's place) until the other language arrives.
    { keepWhileSame: [id, position], initialData },
  );
  const key = `${id}/${position}`;
  const markRead = useCallback(() => {
    void api.PUT('/api/enrolments/{id}/lessons/{position}/read', { params: { path: { id, position: Number(position) } } }).then(({ response }) => {
      if (response.ok) setMarkedRead(key);
    });
  }, [id, position, key]);
  const alreadyRead = state.status === 'ok' && state.data.read;
  const sentinel = useMarkReadAtEnd(key, state.status === 'ok' && !alreadyRead, markRead);
  return { state, reload, key, sentinel, read: alreadyRead || markedRead === key };
}
