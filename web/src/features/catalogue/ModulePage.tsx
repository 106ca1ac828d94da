import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { CompetencyBadges } from '../../components/CompetencyBadges';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { EnrolButton } from './EnrolButton';

export function ModulePage() {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const { slug = '' } = useParams();
  const { state, reload } = useApi((signal) => api.GET('/api/modules/{slug}', { params: { path: { slug }, query: { lang } }, signal }), [slug, lang]);
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const module = state.data;
  const { assessment } = module;
  return (
    <article className="module-page">
      <p>
        <Link to="/modules">← {t('module.back')}</Link>
      </p>
      <h1>{module.title}</h1>
      <p className="module-card__meta">
        <AudienceBadge audience={module.audience} />
        <span>{t('common:minutes', { count: module.minutes })}</span>
        <span>{t('module.version', { version: module.version })}</span>
      </p>
      <p className="lead">{module.summary}</p>
      <p className="actions">
        <EnrolButton slug={module.slug} />
      </p>
      <h2>{t('module.competencies')}</h2>
      <CompetencyBadges competencies={module.competencies} label={t('module.competencies')} />
      <h2>{t('module.lessons')}</h2>
      <ol className="lesson-list">
        {module.lessons.map((lesson) => (
          <li key={lesson.position}>
            <Link to={`/modules/${module.slug}/lessons/${lesson.position}`}>{lesson.title}</Link>
          </li>
        ))}
      </ol>
      {module.lessons.length > 0 && (
        <p>
          <Link className="button button--secondary" to={`/modules/${module.slug}/lessons/1`}>
            {t('module.start')}
          </Link>
        </p>
      )}
      <h2>{t('module.assessment')}</h2>
      <p>
        {t('module.assessmentInfo', { count: assessment.questionCount, passMark: assessment.passMark })}{' '}
        {assessment.attemptsAllowed === 0 ? t('module.attemptsUnlimited') : t('module.attempts', { count: assessment.attemptsAllowed })}
        {module.validityMonths ? ` ${t('module.validity', { count: module.validityMonths })}` : ''}
      </p>
    </article>
  );
}
