import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';

/** Until the organisation records a parent's or guardian's consent, a child sees this and nothing to learn. */
export function WaitingForConsent() {
  const { t } = useTranslation('children');
  const { user, refresh } = useSession();
  const [checking, setChecking] = useState(false);
  const [stillWaiting, setStillWaiting] = useState(false);
  const check = async () => {
    setChecking(true);
    await refresh();
    setChecking(false);
    setStillWaiting(true);
  };
  return (
    <section className="child-page child-waiting">
      <p className="child-big-emoji" aria-hidden="true">
        ⏳
      </p>
      <h1>{t('consent.title')}</h1>
      <p>{t('consent.body')}</p>
      {user?.username && <p>{t('consent.username', { username: user.username })}</p>}
      <p>
        <button type="button" className="button child-button" onClick={() => void check()} disabled={checking}>
          {t('consent.check')}
        </button>
      </p>
      <p role="status">{stillWaiting && !checking ? t('consent.stillWaiting') : ''}</p>
    </section>
  );
}
