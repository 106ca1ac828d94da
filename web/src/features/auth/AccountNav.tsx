import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { canAuthor } from '../authoring/access';
import { runsTraining } from '../organisations/access';
import './auth.css';
import { useSession } from './useSession';

/** The header's links for the visitor: log in or sign up, or their own pages once logged in. */
export function AccountNav() {
  const { t } = useTranslation();
  const { user, status } = useSession();
  // Showing "Log in" before the session is known would flash for a logged-in user.
  if (status === 'loading') return null;
  return (
    <nav aria-label={t('nav.accountLabel')} className="site-nav account-nav">
      {user ? (
        <>
          <NavLink to="/learning">{t('nav.learning')}</NavLink>
          <NavLink to="/certificates">{t('nav.certificates')}</NavLink>
          {runsTraining(user) && <NavLink to="/organisations">{t('organisations:nav.link')}</NavLink>}
          {canAuthor(user) && <NavLink to="/authoring">{t('nav.authoring')}</NavLink>}
          <NavLink to="/account" className="account-nav__name">
            {user.displayName}
          </NavLink>
        </>
      ) : (
        <>
          <NavLink to="/login">{t('nav.login')}</NavLink>
          <NavLink to="/signup">{t('nav.signup')}</NavLink>
        </>
      )}
    </nav>
  );
}
