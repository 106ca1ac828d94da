import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { CatalogueFilters, type Filters } from './CatalogueFilters';
import { ModuleCard } from './ModuleCard';
import { Pagination } from './Pagination';
import { ProgrammeList } from './ProgrammeList';

const PAGE_SIZE = 12;
const AUDIENCES = ['professional', 'child'] as const;

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters: Filters = { q: params.get('q') ?? '', audience: params.get('audience') ?? '', competency: params.get('competency') ?? '' };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audience = AUDIENCES.find((a) => a === filters.audience);

  const competencies = useApi((signal) => api.GET('/api/competencies', { params: { query: { lang } }, signal }), [lang]);
  const modules = useApi(
    (signal) =>
      api.GET('/api/modules', {
        params: {
          query: { lang, page, pageSize: PAGE_SIZE, q: filters.q || undefined, audience, competency: filters.competency || undefined },
        },
        signal,
      }),
    [lang, page, filters.q, audience, filters.competency],
  );

  const apply = (next: Filters, nextPage = 1) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <CatalogueFilters
        key={`${filters.q}|${filters.audience}|${filters.competency}`}
        filters={filters}
        competencies={competencies.state.status === 'ok' ? competencies.state.data.items : []}
        onApply={(next) => apply(next)}
      />
      {modules.state.status === 'ok' ? (
        <section aria-live="polite" aria-busy={false}>
          <p className="results-count">{t('results.count', { count: modules.state.data.total })}</p>
          {modules.state.data.items.length === 0 ? (
            <p>{t('results.none')}</p>
          ) : (
            <ul className="module-list">
              {modules.state.data.items.map((module) => (
                <li key={module.slug}>
                  <ModuleCard module={module} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={modules.state.data.total} onPage={(next) => apply(filters, next)} />
        </section>
      ) : (
        <LoadState state={modules.state} onRetry={modules.reload} />
      )}
      <ProgrammeList audience={audience} />
    </>
  );
}
