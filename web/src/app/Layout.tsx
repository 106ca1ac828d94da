import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { AccountNav } from '../features/auth/AccountNav';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { useTitleFromHeading } from './useTitleFromHeading';
import { OfflineBanner } from '../features/offline/OfflineBanner';

export function Layout() {
  const { t } = useTranslation();
  useDocumentLanguage();
  useTitleFromHeading();
  // On a phone the links fold behind a Menu button (CSS shows them inline on wider screens); a new page closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
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
          <button type="button" className="site-menu-button" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen((open) => !open)}>
            {t('nav.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu site-menu--open' : 'site-menu'}>
            <nav aria-label={t('nav.label')} className="site-nav">
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
              <NavLink to="/modules">{t('nav.catalogue')}</NavLink>
              <NavLink to="/competencies">{t('nav.competencies')}</NavLink>
            </nav>
            <AccountNav />
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <OfflineBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
