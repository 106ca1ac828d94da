import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { childContext, useChildMode } from '../children/child-mode';

/** Where to look again after a missed question: the lesson its author named, else the module's lessons. */
export function RereadPointer({ enrolmentId, lesson }: { enrolmentId: string; lesson?: Schemas['LessonPointerDto'] }) {
  const { t } = useTranslation('assessment');
  const child = childContext(useChildMode());
  return (
    <p className="result-list__reread">
      {lesson ? (
        <>
          {t('result.rereadLesson', child)} <Link to={`/learning/${enrolmentId}/lessons/${lesson.position}`}>{lesson.title}</Link>
        </>
      ) : (
        <Link to={`/learning/${enrolmentId}`}>{t('result.rereadLessons', child)}</Link>
      )}
    </p>
  );
}
