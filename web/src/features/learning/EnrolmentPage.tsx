import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { AssessmentPanel } from './AssessmentPanel';
import { ProgressBar } from './ProgressBar';
import { useSession } from '../auth/useSession';
import { savedCopies } from '../offline/saved-modules';
import { withSavedCopy } from '../offline/with-saved-copy';
import { OutboxPanel } from '../offline/OutboxPanel';
import { SaveForOffline } from '../offline/SaveForOffline';

export function EnrolmentPage() {
  const { t } = useTranslation('learning');
  const lang = useLanguage();
  const { id = '' } = useParams();
  const saved = savedCopies(useSession().user?.id);
  const { state, reload } = useApi(
    withSavedCopy((signal) => api.GET('/api/enrolments/{id}', { params: { path: { id }, query: { lang } }, signal }), () => saved.enrolment(id)),
    [id, lang],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const enrolment = state.data;
  // Every lesson read: the next step is the assessment, so it comes first and its button is the page's main one.
  const allRead = enrolment.lessonsRead >= enrolment.lessonCount;
  return (
    <article>
      <p>
        <Link to="/learning">← {t('mine.title')}</Link>
      </p>
      <h1>{enrolment.moduleTitle}</h1>
      <p className="module-card__meta">
        <span>{t('version', { version: enrolment.version })}</span>
        {enrolment.newerVersionAvailable && <span>{t('newerVersion')}</span>}
      </p>
      {enrolment.completedAt && (
        <p className="notice notice--success">
          {t('completed')} <Link to="/certificates">{t('seeCertificate')}</Link>
        </p>
      )}
      <ProgressBar value={enrolment.lessonsRead} max={enrolment.lessonCount} label={t('lessonsRead', { count: enrolment.lessonsRead, total: enrolment.lessonCount })} />
      {allRead && <AssessmentPanel enrolment={enrolment} />}
      <h2>{t('lessons')}</h2>
      <ol className="lesson-list">
        {enrolment.lessons.map((lesson) => (
          <li key={lesson.position}>
            <Link to={`/learning/${enrolment.id}/lessons/${lesson.position}`}>{lesson.title}</Link>
            {lesson.read && <span className="read-mark"> ✓ {t('read')}</span>}
          </li>
        ))}
      </ol>
      {!allRead && (
        <>
          <p>
            <Link className="button" to={`/learning/${enrolment.id}/lessons/${enrolment.lastLessonPosition}`}>
              {enrolment.lessonsRead === 0 ? t('start') : t('resume')}
            </Link>
          </p>
          <AssessmentPanel enrolment={enrolment} />
        </>
      )}
      <SaveForOffline enrolment={enrolment} onSaved={reload} />
      <OutboxPanel enrolmentId={enrolment.id} />
    </article>
  );
}
