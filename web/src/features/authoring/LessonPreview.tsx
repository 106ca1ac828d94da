import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { LessonContent } from '../../components/LessonContent';

const PREVIEW_DELAY_MS = 400;

/**
 * The lesson as a learner sees it, rendered by the API's own renderer (raw HTML escaped, links made safe), so the
 * preview cannot differ from the published page. Re-rendered shortly after typing stops.
 */
export function LessonPreview({ title, markdown, language }: { title: string; markdown: string; language: 'fr' | 'en' }) {
  const { t } = useTranslation('authoring');
  const [html, setHtml] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.POST('/api/authoring/lesson-preview', { body: { markdown }, signal: controller.signal }).then(
        ({ data }) => {
          if (data) setHtml(data.html);
          setFailed(!data);
        },
        () => !controller.signal.aborted && setFailed(true),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [markdown]);
  return (
    <div className="lesson lesson-preview" lang={language} aria-label={t('lessons.previewOf', { inLanguage: t(`inLanguage.${language}`) })} role="region">
      {failed ? <p className="notice notice--warning">{t('lessons.previewFailed')}</p> : html === undefined ? <p role="status">{t('common:load.loading')}</p> : <LessonContent lessonKey="" title={title} html={html} headingLevel={3} />}
    </div>
  );
}
