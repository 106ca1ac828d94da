// Clef's service worker: repeat visits to a published lesson on a slow network show it at once, from this device.
// - assets/ files (content-hashed, never changed): from the cache, else the network (and kept);
// - a published lesson page (/modules/:slug/lessons/:position, public text): the copy kept here at once, refreshed
//   from the network for the next visit; the network when there is no copy.
// Nothing else is touched: API answers, personal pages and everything a logged-in person sees go to the network as
// if this worker did not exist.
const CACHE = 'clef-v1';
const LESSON_PAGE = /^\/modules\/[a-z0-9-]+\/lessons\/[0-9]+$/;
const MAX_LESSON_PAGES = 60;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
      // The lesson open while this worker installed came before it: keep it now, so that the very next visit is quick.
      const cache = await caches.open(CACHE);
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (!LESSON_PAGE.test(url.pathname)) continue;
        const request = new Request(url.pathname + url.search);
        await fetch(request).then((response) => keepLessonPage(cache, request, response), () => undefined);
      }
    })(),
  );
});

async function fromCacheElseNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function keepLessonPage(cache, request, response) {
  // Only the server-rendered public page is kept (a logged-in visitor gets the plain app shell, which is not).
  if (!response.ok || response.headers.get('clef-page') !== 'published-lesson') return;
  await cache.put(request, response);
  const pages = (await cache.keys()).filter((kept) => LESSON_PAGE.test(new URL(kept.url).pathname));
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_LESSON_PAGES))) await cache.delete(old);
}

async function staleWhileRevalidate(event) {
  const cache = await caches.open(CACHE);
  const request = new Request(new URL(event.request.url).pathname + new URL(event.request.url).search);
  const cached = await cache.match(request);
  const refresh = fetch(event.request).then(async (response) => {
    await keepLessonPage(cache, request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) event.respondWith(fromCacheElseNetwork(request));
  else if (request.mode === 'navigate' && LESSON_PAGE.test(url.pathname)) event.respondWith(staleWhileRevalidate(event));
});
