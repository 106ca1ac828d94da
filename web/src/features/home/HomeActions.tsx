import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/useSession';

/**
 * What an adult can do from the first screen of a phone (the header's links fold behind Menu there): browse the
 * courses, and log in or sign up; once logged in, go back to their learning.
 */
export function HomeActions() {
  const { t } = useTranslation('home');
  const { user, status } = useSession();
  return (
    <nav aria-label={t('actions.label')} className="home-actions">
      <Link className="button" to="/modules">
        {t('actions.catalogue')}
      </Link>
      {status !== 'loading' &&
        (user ? (
          <Link className="button button--secondary" to="/learning">
            {t('actions.learning')}
          </Link>
        ) : (
          <>
            <Link className="button button--secondary" to="/login">
              {t('actions.login')}
            </Link>
            <Link className="button button--secondary" to="/signup">
              {t('actions.signup')}
            </Link>
          </>
        ))}
    </nav>
  );
}
