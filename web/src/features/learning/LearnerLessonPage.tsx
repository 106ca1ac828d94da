import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LessonContent } from '../../components/LessonContent';
import { LessonNav } from '../../components/LessonNav';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useMarkReadAtEnd } from './useMarkReadAtEnd';

/** A lesson of the version the learner enrolled on; reaching its end marks it read. */
export function LearnerLessonPage() {
  const { t } = useTranslation('learning');
  const lang = useLanguage();
  const { id = '', position = '1' } = useParams();
  const [markedRead, setMarkedRead] = useState<string>();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/enrolments/{id}/lessons/{position}', { params: { path: { id, position: Number(position) }, query: { lang } }, signal }),
    [id, position, lang],
  );
  const key = `${id}/${position}`;
  const markRead = useCallback(() => {
    void api.PUT('/api/enrolments/{id}/lessons/{position}/read', { params: { path: { id, position: Number(position) } } }).then(({ response }) => {
      if (response.ok) setMarkedRead(key);
    });
  }, [id, position, key]);
  const alreadyRead = state.status === 'ok' && state.data.read;
  const sentinel = useMarkReadAtEnd(key, state.status === 'ok' && !alreadyRead, markRead);

  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const lesson = state.data;
  const base = `/learning/${id}`;
  const read = alreadyRead || markedRead === key;
  return (
    <article className="lesson">
      <p className="lesson__context">
        <Link to={base}>{lesson.moduleTitle}</Link> · {t('catalogue:lesson.position', { position: lesson.position, count: lesson.lessonCount })}
      </p>
      <LessonContent lessonKey={key} title={lesson.title} html={lesson.html} />
      <div ref={sentinel} />
      <p role="status" className="read-status">
        {read ? `✓ ${t('lessonRead')}` : ''}
      </p>
      <LessonNav base={base} previous={lesson.previous} next={lesson.next} firstLabel={t('backToModule')} lastLabel={t('toAssessment')} />
    </article>
  );
}
