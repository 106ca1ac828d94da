import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';

export function CompetenciesPage() {
  const { t } = useTranslation('competencies');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/competencies', { params: { query: { lang } }, signal }), [lang]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : (
        <ol className="competency-list">
          {state.data.items.map((competency) => (
            <li key={competency.code} className="card" id={competency.code}>
              <h2>
                <span className="competency-code">{competency.code}</span> {competency.title}
              </h2>
              <p>{competency.description}</p>
              <h3>{t('indicators')}</h3>
              <ul>
                {competency.indicators.map((indicator) => (
                  <li key={indicator}>{indicator}</li>
                ))}
              </ul>
              <h3>{t('modules')}</h3>
              {competency.modules.length === 0 ? (
                <p>{t('noModules')}</p>
              ) : (
                <ul className="plain-list">
                  {competency.modules.map((module) => (
                    <li key={module.slug}>
                      <Link to={`/modules/${module.slug}`}>{module.title}</Link> <AudienceBadge audience={module.audience} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
