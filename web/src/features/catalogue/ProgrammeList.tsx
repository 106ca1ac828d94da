import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

/** The certification tracks, under the module list: each names its modules in order. */
export function ProgrammeList({ audience }: { audience?: 'professional' | 'child' }) {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/programmes', { params: { query: { lang } }, signal }), [lang]);
  if (state.status !== 'ok') return <LoadState state={state} onRetry={reload} />;
  const programmes = state.data.items.filter((programme) => !audience || programme.audience === audience);
  if (programmes.length === 0) return null;
  return (
    <section aria-labelledby="programmes-heading" className="programmes">
      <h2 id="programmes-heading">{t('programmes.heading')}</h2>
      <p>{t('programmes.intro')}</p>
      <ul className="module-list">
        {programmes.map((programme) => (
          <li key={programme.slug}>
            <article className="card module-card">
              <h3 className="module-card__title">
                <Link to={`/programmes/${programme.slug}`}>{programme.title}</Link>
              </h3>
              <p className="module-card__meta">
                <AudienceBadge audience={programme.audience} />
                <span>{t('programmes.moduleCount', { count: programme.modules.length })}</span>
              </p>
              <p>{programme.summary}</p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
