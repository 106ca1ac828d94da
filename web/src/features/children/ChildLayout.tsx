import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useTitleFromHeading } from '../../app/useTitleFromHeading';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentLanguage } from '../../i18n/useDocumentLanguage';
import { useSession } from '../auth/useSession';
import { ChildModeContext } from './child-mode';
import './children.css';
import { OfflineBanner } from '../offline/OfflineBanner';

/** The child-friendly frame: larger type (on <html>, so every rem grows), a simple header, no organisations or catalogue. */
export function ChildLayout() {
  const { t } = useTranslation('children');
  const { user, logout } = useSession();
  const [logoutFailed, setLogoutFailed] = useState(false);
  useDocumentLanguage();
  useTitleFromHeading();
  // Before the first paint, so the page never flashes at the adults' type size.
  useLayoutEffect(() => {
    document.documentElement.classList.add('child-mode');
    return () => document.documentElement.classList.remove('child-mode');
  }, []);
  const logOut = () => {
    setLogoutFailed(false);
    logout().catch(() => setLogoutFailed(true));
  };
  return (
    <ChildModeContext.Provider value={true}>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="site-header child-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <span className="brand__name">{t('common:appName')}</span>
          </NavLink>
          <nav aria-label={t('layout.nav')} className="site-nav">
            <NavLink to="/" end>
              {t('layout.home')}
            </NavLink>
          </nav>
          <p className="child-header__name">{t('layout.hello', { name: user?.displayName ?? '' })}</p>
          <button type="button" className="language-switch" onClick={logOut}>
            {t('layout.logout')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {logoutFailed && (
        <p role="alert" className="notice notice--error child-header__problem">
          {t('layout.logoutFailed')}
        </p>
      )}
      <main id="main" className="site-main child-main" tabIndex={-1}>
        <OfflineBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </ChildModeContext.Provider>
  );
}
