import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../children/child-mode';
import { waitingOnDevice } from './outbox';

/** On the log-in pages: says that what was done on this device waits for its owner to sign in (a count only, no names). */
export function WaitingOnDevice({ child = false }: { child?: boolean }) {
  const { t } = useTranslation('offline');
  const words = childContext(useChildMode() || child);
  const [count, setCount] = useState(0);
  useEffect(() => {
    void waitingOnDevice()
      .then(setCount)
      .catch(() => undefined);
  }, []);
  if (count === 0) return null;
  return (
    <p role="status" className="notice notice--warning">
      {t('outbox.waitingForSignIn', { count, ...words })}
    </p>
  );
}
