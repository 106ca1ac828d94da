import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LessonContent } from '../../components/LessonContent';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { useMarkReadAtEnd } from '../learning/useMarkReadAtEnd';
import { ReadAloud } from './ReadAloud';

/** One lesson for a child: the text, a "listen" button where the browser can speak, and one way on. */
export function ChildLessonPage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const { id = '', position = '1' } = useParams();
  const [markedRead, setMarkedRead] = useState<string>();
  const text = useRef<HTMLDivElement>(null);
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
    <article className="lesson child-page child-lesson">
      <p className="lesson__context">
        <Link to={base}>{lesson.moduleTitle}</Link> · {t('lesson.position', { position: lesson.position, count: lesson.lessonCount })}
      </p>
      <ReadAloud target={text} language={lang} label={t('readAloud.listen')} />
      <div ref={text}>
        <LessonContent lessonKey={key} title={lesson.title} html={lesson.html} />
      </div>
      <div ref={sentinel} />
      <p role="status" className="read-status">
        {read ? `★ ${t('lesson.read')}` : ''}
      </p>
      <nav aria-label={t('lesson.nav')} className="lesson__nav">
        {lesson.previous && (
          <Link rel="prev" className="button button--secondary" to={`${base}/lessons/${lesson.previous.position}`}>
            ← {t('lesson.previous')}
          </Link>
        )}
        {lesson.next ? (
          <Link rel="next" className="button child-button" to={`${base}/lessons/${lesson.next.position}`}>
            {t('lesson.next')} →
          </Link>
        ) : (
          <Link className="button child-button" to={base}>
            {t('lesson.toPath')} →
          </Link>
        )}
      </nav>
    </article>
  );
}
