import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LessonContent } from '../../components/LessonContent';
import { LessonNav } from '../../components/LessonNav';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

export function LessonPage() {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const { slug = '', position = '1' } = useParams();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/modules/{slug}/lessons/{position}', { params: { path: { slug, position: Number(position) }, query: { lang } }, signal }),
    [slug, position, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const lesson = state.data;
  const base = `/modules/${lesson.moduleSlug}`;
  return (
    <article className="lesson">
      <p className="lesson__context">
        <Link to={base}>{lesson.moduleTitle}</Link> · {t('lesson.position', { position: lesson.position, total: lesson.lessonCount })}
      </p>
      <LessonContent lessonKey={`${lesson.moduleSlug}/${lesson.position}`} title={lesson.title} html={lesson.html} />
      <LessonNav base={base} previous={lesson.previous} next={lesson.next} firstLabel={t('lesson.backToModule')} lastLabel={t('lesson.backToModule')} />
    </article>
  );
}
