// The console's service worker: the app shell (index.html and Vite's hashed files) from the cache when there
// is no signal, so that an inspector on site can reload the audit form; and the few reads the form needs
// (the audit, its standard, the organisation) answered from the last copy when the network fails. Answers
// and photos are not here: the page keeps them in IndexedDB and sends them itself (use-audit-sync.ts).
const SHELL = 'alliance-shell-v1';
const DATA = 'alliance-data-v1';
const FORM_READS = /^\/api\/v1\/(audits|standards|members)\/[0-9a-f-]{36}$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/', '/favicon.svg']))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, cacheKey) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(cacheKey ?? request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(cacheKey ?? request, { cacheName });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: SHELL });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(SHELL)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    // Every page is the same index.html: kept under '/'.
    event.respondWith(networkFirst(request, SHELL, '/'));
  } else if (FORM_READS.test(url.pathname)) {
    event.respondWith(networkFirst(request, DATA));
  }
});
