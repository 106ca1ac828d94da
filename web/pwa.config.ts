import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Clef as an installable app. The service worker precaches the app shell (index.html, every hashed script and style,
 * icons) and answers every page address with the shell, so the app opens with no network. It never caches /api:
 * personal data reaches the device only through "Save for offline" (IndexedDB), and lesson pictures the learner saved
 * are read from the `clef-saved-media` cache that saving filled, never added to it by the worker.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  // A script file, not an inline one: the API's Content-Security-Policy allows only scripts of its own origin.
  injectRegister: 'script',
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Clef — droits de l’enfant / child rights',
    short_name: 'Clef',
    description: 'Formation aux droits de l’enfant, en français et en anglais. Child-rights training in French and English.',
    lang: 'fr',
    dir: 'ltr',
    start_url: '/learning',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d4e89',
    background_color: '#ffffff',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    sourcemap: false,
    // Trainers' and admins' pages are not for offline use: left out, they cost learners nothing on a slow link.
    globIgnores: ['**/node_modules/**', 'assets/{DraftEditorPage,AuthoringListPage,authoring,OrganisationPage,OrganisationsPage,CohortDashboardPage,LearnerPage,ChildrenSection}-*'],
    navigateFallback: '/index.html',
    // A published lesson page has its own route below: the server-rendered page, kept for quick repeat visits.
    navigateFallbackDenylist: [/^\/api\//, /^\/\.well-known\//, /^\/modules\/[a-z0-9-]+\/lessons\/[0-9]+$/],
    cleanupOutdatedCaches: true,
    // A new version takes over at once; the outbox lives in IndexedDB and is run by the page, so nothing waits in the worker.
    skipWaiting: true,
    clientsClaim: true,
    runtimeCaching: [
      {
        // A published lesson (public text, rendered by the server): the copy kept here at once, refreshed for the next
        // visit; only pages the server marks as published lessons are kept (a logged-in visitor gets the plain shell).
        // With no network and no copy, the app shell opens instead, which reads what the learner saved.
        urlPattern: ({ request, url }) => request.mode === 'navigate' && /^\/modules\/[a-z0-9-]+\/lessons\/[0-9]+$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: 'clef-lesson-pages',
          cacheableResponse: { statuses: [200], headers: { 'clef-page': 'published-lesson' } },
          expiration: { maxEntries: 60 },
          // The page varies by Accept-Language and Cookie; the copy kept is the public page, shown at once and corrected
          // by the app to the reader's language.
          matchOptions: { ignoreVary: true },
          plugins: [{ handlerDidError: async () => (await caches.match('/index.html', { ignoreSearch: true })) ?? Response.error() }],
        },
      },
      {
        urlPattern: ({ request, url }) => request.destination === 'image' && url.origin === self.location.origin && !url.pathname.startsWith('/api/'),
        handler: 'CacheFirst',
        options: { cacheName: 'clef-saved-media', plugins: [{ cacheWillUpdate: async () => null }] },
      },
    ],
  },
};
