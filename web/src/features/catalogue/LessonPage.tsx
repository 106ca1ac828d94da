import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { LessonContent } from '../../components/LessonContent';
import { LessonNav } from '../../components/LessonNav';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { takeInitialLesson } from '../../lib/initial-data';
import { useApi } from '../../lib/useApi';

type Lesson = components['schemas']['LessonDto'];

export function LessonPage() {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const { slug = '', position = '1' } = useParams();
  const [initialData] = useState(() => takeInitialLesson<Lesson>('lesson', slug, Number(position), lang));
  const { state, reload } = useApi(
    (signal) => api.GET('/api/modules/{slug}/lessons/{position}', { params: { path: { slug, position: Number(position) }, query: { lang } }, signal }),
    [slug, position, lang],
    // Switching language keeps the lesson on screen (and the reader's place) until the other language arrives.
    { keepWhileSame: [slug, position], initialData },
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
