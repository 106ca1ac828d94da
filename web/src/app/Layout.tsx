import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AccountNav } from '../features/auth/AccountNav';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { useTitleFromHeading } from './useTitleFromHeading';

export function Layout() {
  const { t } = useTranslation();
  useDocumentLanguage();
  useTitleFromHeading();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <span className="brand__name">{t('appName')}</span>
            <span className="brand__tagline">{t('tagline')}</span>
          </NavLink>
          <nav aria-label={t('nav.label')} className="site-nav">
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/modules">{t('nav.catalogue')}</NavLink>
            <NavLink to="/competencies">{t('nav.competencies')}</NavLink>
          </nav>
          <AccountNav />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
