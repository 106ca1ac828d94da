import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "I'm a child": the way in for children, on the home and log-in pages. */
export function ChildEntryLink() {
  const { t } = useTranslation('children');
  return (
    <aside className="card child-entry-link" aria-labelledby="child-entry-title">
      <h2 id="child-entry-title">{t('entry.title')}</h2>
      <p>
        <Link to="/join">{t('entry.join')}</Link>
        {' · '}
        <Link to="/child-login">{t('entry.login')}</Link>
      </p>
    </aside>
  );
}
