import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { AudienceBadge } from '../../components/AudienceBadge';
import { LoadState } from '../../components/LoadState';
import { useLanguage } from '../../i18n/useLanguage';
import { useApi } from '../../lib/useApi';
import { formatDateTime } from './format';
import { NewModuleForm } from './NewModuleForm';
import { ZipImportForm } from './ZipImportForm';
import { AuthorOnly } from './AuthorOnly';
import './authoring.css';

type Item = Schemas['AuthoredModuleDto'];

const groupOf = (item: Item) => (item.archivedAt ? 'archived' : item.currentVersion === null ? 'drafts' : 'published');
const GROUPS = ['drafts', 'published', 'archived'] as const;

/** The authoring space: modules I may edit, grouped as unpublished drafts, published and archived; and a new one. */
export function AuthoringListPage() {
  return (
    <AuthorOnly>
      <AuthoringListPageContent />
    </AuthorOnly>
  );
}

function AuthoringListPageContent() {
  const { t } = useTranslation('authoring');
  const lang = useLanguage();
  const { state, reload } = useApi((signal) => api.GET('/api/authoring/modules', { params: { query: { lang } }, signal }), [lang]);
  // What the page that sent us here has to say (a module just deleted).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="authoring">
      <h1>{t('list.title')}</h1>
      {notice && (
        <p role="status" className="notice notice--success">
          {notice}
        </p>
      )}
      <p className="lead">{t('list.lead')}</p>
      {state.status !== 'ok' ? (
        <LoadState state={state} onRetry={reload} />
      ) : state.data.items.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        GROUPS.map((group) => {
          const items = state.data.items.filter((item) => groupOf(item) === group);
          if (items.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`authoring-${group}`}>
              <h2 id={`authoring-${group}`}>{t(`list.${group}`)}</h2>
              <ul className="module-list authoring-list">
                {items.map((item) => (
                  <li key={item.slug} className="card">
                    <h3 className="module-card__title">
                      <Link to={`/authoring/${item.slug}`}>{item.title || item.slug}</Link>
                    </h3>
                    <p className="module-card__meta">
                      <AudienceBadge audience={item.audience} />
                      <span>{item.currentVersion === null ? t('list.neverPublished') : t('list.version', { number: item.currentVersion })}</span>
                      {item.draft && (
                        <span>
                          {t('list.draftBy', {
                            revision: item.draft.revision,
                            who: item.draft.updatedBy?.displayName ?? '—',
                            when: formatDateTime(item.draft.updatedAt, lang),
                          })}
                        </span>
                      )}
                      {item.origin === 'content' && <span className="badge">{t('list.bundled')}</span>}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
      <NewModuleForm />
      <ZipImportForm />
    </div>
  );
}
