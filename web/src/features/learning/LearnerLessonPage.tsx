import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LessonContent } from '../../components/LessonContent';
import { OrganisationNote } from '../../components/OrganisationNote';
import { LessonNav } from '../../components/LessonNav';
import { LoadState } from '../../components/LoadState';
import { useEnrolledLesson } from './useEnrolledLesson';

/** A lesson of the version the learner enrolled on; reaching its end marks it read. */
export function LearnerLessonPage() {
  const { t } = useTranslation('learning');
  const { id = '', position = '1' } = useParams();
  const { state, reload, key, sentinel, read } = useEnrolledLesson(id, position);

  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const lesson = state.data;
  const base = `/learning/${id}`;
  return (
    <article className="lesson">
      <p className="lesson__context">
        <Link to={base}>{lesson.moduleTitle}</Link> · {t('catalogue:lesson.position', { position: lesson.position, total: lesson.lessonCount })}
      </p>
      <LessonContent lessonKey={key} title={lesson.title} html={lesson.html} />
      <OrganisationNote note={lesson.organisationNote} />
      <div ref={sentinel} />
      <p role="status" className="read-status">
        {read ? `✓ ${t('lessonRead')}` : ''}
      </p>
      <LessonNav base={base} previous={lesson.previous} next={lesson.next} firstLabel={t('backToModule')} lastLabel={t('toAssessment')} />
    </article>
  );
}
