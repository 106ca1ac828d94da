import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles/global.css';

const i18n = await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);

// The published lesson open while the service worker installed came before it: keep it now, so that the very next
// visit is quick (the worker keeps later ones itself; see pwa.config.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator && /^\/modules\/[a-z0-9-]+\/lessons\/[0-9]+$/.test(location.pathname)) {
  void navigator.serviceWorker.ready.then(async () => {
    const response = await fetch(location.pathname + location.search);
    if (response.ok && response.headers.get('clef-page') === 'published-lesson') await (await caches.open('clef-lesson-pages')).put(location.pathname + location.search, response);
  }).catch(() => undefined);
}
