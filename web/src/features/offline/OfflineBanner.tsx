import './offline.css';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { childContext, useChildMode } from '../children/child-mode';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Says, while the browser knows it has no network, what still works. */
export function OfflineBanner() {
  const { t } = useTranslation('offline');
  const child = useChildMode();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  if (online) return null;
  return (
    <p role="status" className="notice notice--warning offline-banner">
      {t('banner', childContext(child))}
    </p>
  );
}
