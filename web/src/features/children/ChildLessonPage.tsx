import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LessonContent } from '../../components/LessonContent';
import { OrganisationNote } from '../../components/OrganisationNote';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useEnrolledLesson } from '../learning/useEnrolledLesson';
import { ReadAloud } from './ReadAloud';

/** One lesson for a child: the text, a "listen" button where the browser can speak, and one way on. */
export function ChildLessonPage() {
  const { t } = useTranslation('children');
  const lang = useLanguage();
  const { id = '', position = '1' } = useParams();
  const text = useRef<HTMLDivElement>(null);
  const { state, reload, key, sentinel, read } = useEnrolledLesson(id, position);

  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const lesson = state.data;
  const base = `/learning/${id}`;
  return (
    <article className="lesson child-page child-lesson">
      <p className="lesson__context">
        <Link to={base}>{lesson.moduleTitle}</Link> · {t('lesson.position', { position: lesson.position, total: lesson.lessonCount })}
      </p>
      <ReadAloud target={text} language={lang} label={t('readAloud.listen')} />
      <div ref={text}>
        <LessonContent lessonKey={key} title={lesson.title} html={lesson.html} />
        <OrganisationNote note={lesson.organisationNote} />
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
