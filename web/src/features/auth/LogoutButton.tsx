import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './useSession';

export function LogoutButton() {
  const { t } = useTranslation('auth');
  const { logout } = useSession();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function logOut() {
    setBusy(true);
    setFailed(false);
    try {
      await logout();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      <p>
        <button type="button" className="button button--secondary" onClick={() => void logOut()} disabled={busy}>
          {t('account.logout')}
        </button>
      </p>
      {failed && (
        <p role="alert" className="field__error">
          {t('account.logoutFailed')}
        </p>
      )}
    </>
  );
}
