import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { LoadState } from '../../components/LoadState';
import { useSession } from '../auth/useSession';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

/** A certification track: its modules in order, which of them the learner completed, and the certificate once earned. */
export function ProgrammePage() {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const { slug = '' } = useParams();
  const { user } = useSession();
  const { state, reload } = useApi(
    (signal) => api.GET('/api/programmes/{slug}', { params: { path: { slug }, query: { lang } }, signal }),
    [slug, lang, user?.id],
  );
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const programme = state.data;
  const done = programme.modules.filter((module) => module.completed).length;
  return (
    <>
      <p>
        <Link to="/modules">← {t('module.back')}</Link>
      </p>
      <h1>{programme.title}</h1>
      <p className="module-card__meta">
        <AudienceBadge audience={programme.audience} />
        <span>{t('programmes.moduleCount', { count: programme.modules.length })}</span>
      </p>
      <p className="lead">{programme.summary}</p>
      <p>{t('programmes.howToEarn')}</p>
      {user && !programme.certificateCode && <p role="status">{t('programmes.progress', { done, total: programme.modules.length })}</p>}
      {programme.certificateCode && (
        <p className="notice notice--success">
          {t('programmes.earned')} <Link to={`/verify/${programme.certificateCode}`}>{t('programmes.openCertificate')}</Link>
        </p>
      )}
      <h2>{t('programmes.modulesHeading')}</h2>
      <ol className="programme-modules">
        {programme.modules.map((module) => (
          <li key={module.slug}>
            <Link to={`/modules/${module.slug}`}>{module.title}</Link>{' '}
            <span className="module-card__meta">{t('common:minutes', { count: module.minutes })}</span>{' '}
            {module.completed && <span className="badge badge--valid">{t('programmes.completed')}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
