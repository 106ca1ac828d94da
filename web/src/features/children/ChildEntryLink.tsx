import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way in for children, on the home and log-in pages: set apart and named as theirs, so adults do not take it. */
export function ChildEntryLink() {
  const { t } = useTranslation('children');
  return (
    <aside className="card child-entry-link" aria-labelledby="child-entry-title">
      <h2 id="child-entry-title">{t('entry.title')}</h2>
      <p>{t('entry.intro')}</p>
      <p className="child-entry-link__links">
        <Link to="/join">{t('entry.join')}</Link>
        <Link to="/child-login">{t('entry.login')}</Link>
      </p>
    </aside>
  );
}
