import { useTranslation } from 'react-i18next';
import './auth.css';
import { LogoutButton } from './LogoutButton';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { UnverifiedEmailNotice } from './UnverifiedEmailNotice';
import { useSession } from './useSession';

/** The logged-in user's profile, password and log-out; the route wraps it in RequireLogin. */
export function AccountPage() {
  const { t } = useTranslation('auth');
  const { user } = useSession();
  if (!user) return null;
  return (
    <div className="auth-page">
      <h1>{t('account.title')}</h1>
      <UnverifiedEmailNotice user={user} />
      <ProfileForm user={user} />
      <PasswordForm />
      <section aria-labelledby="logout-title">
        <h2 id="logout-title">{t('account.logoutTitle')}</h2>
        <LogoutButton />
      </section>
    </div>
  );
}
