/* Habite's client portal service worker (registered by src/pwa/register.ts in production builds).
 *
 * - The app shell (index.html, its hashed /assets, the icons and the manifest) is kept, so the
 *   portal opens with no connection. Pages come from the network first; offline, the kept shell.
 * - GraphQL queries (POST /graphql marked `x-habite-operation: query` by src/pwa/graphql-traffic.ts;
 *   mutations are never touched) are answered from the network, and the last answer of each
 *   operation and variables is kept (Cache API, keyed by a SHA-256 of the request body). Offline,
 *   that answer is given with `x-habite-offline: <when it was saved>`, and the app says so.
 *   The app deletes those answers when someone signs in or out.
 * - `push` shows the notice the server sent (RFC 8291, already decrypted by the browser);
 *   `notificationclick` focuses the portal (or opens it) on the notice's page.
 * Anything else — the admin app, the API explorer, files, finance documents — is left to the network.
 */
const SHELL_CACHE = 'habite-shell-v1';
const DATA_CACHE = 'habite-data-v1';
const SAVED_AT = 'x-habite-saved-at';
const NOT_OURS = /^\/(admin|explorer|files|finance|dev|webhooks|notificacoes\/descadastrar)(\/|$)/;
const SHELL_EXTRAS = ['/manifest.webmanifest', '/icons/habite-192.png', '/icons/habite-512.png', '/icons/habite.svg'];

/**
 * How many times the page said the person signed in or out ("forget-personal-data"): the saved
 * answers go, and an answer still on its way, asked for before, is not kept when it arrives. The
 * page waits for the answer on the port it sent (src/pwa/graphql-traffic.ts) before it goes on.
 */
let forgotten = 0;
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'forget-personal-data') {
    forgotten++;
    const port = event.ports && event.ports[0];
    event.waitUntil(caches.delete(DATA_CACHE).catch(() => false).then(() => port && port.postMessage({ type: 'forgotten' })));
  }
});

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // A network hiccup here must not fail the install (the worker would be thrown away until the
      // next visit): what is not kept now is kept by the next page the portal opens.
      try {
        const index = await fetch('/', { cache: 'no-cache' });
        if (index.ok) await keepShell(cache, index);
      } catch {
        // Kept on a later visit.
      }
      await Promise.all(SHELL_EXTRAS.map((url) => keep(cache, url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL_CACHE && name !== DATA_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Keeps a fresh index.html as the shell, with the assets it names; assets it no longer names go. */
async function keepShell(cache, response) {
  const html = await response.clone().text();
  await cache.put('/', response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await Promise.all(assets.map((url) => keep(cache, url)));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !assets.includes(path) && !/\.(png|svg|webp|jpg|woff2?)$/.test(path)) await cache.delete(request);
  }
}

async function keep(cache, url) {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response);
  } catch {
    // Offline while installing: kept on a later visit.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NOT_OURS.test(url.pathname)) return;
  if (url.pathname === '/graphql') {
    if (request.method === 'POST' && request.headers.get('x-habite-operation') === 'query' && request.headers.get('x-habite-app') !== 'admin') {
      event.respondWith(query(request));
    }
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (SHELL_EXTRAS.includes(url.pathname) || url.pathname.startsWith('/icons/')) event.respondWith(networkFirst(request));
});

/** A page: the network's (kept as the shell, after answering), or offline the kept shell — the app routes by itself. */
async function page(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      const copy = response.clone();
      event.waitUntil(caches.open(SHELL_CACHE).then((cache) => keepShell(cache, copy)).catch(() => undefined));
    }
    return response;
  } catch (err) {
    const shell = await caches.match('/', { cacheName: SHELL_CACHE });
    if (shell) return shell;
    throw err;
  }
}

/** Hashed assets never change: the kept copy, else the network's (then kept). */
async function asset(request) {
  const kept = await caches.match(request, { cacheName: SHELL_CACHE });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const kept = await caches.match(request, { cacheName: SHELL_CACHE });
    if (kept) return kept;
    throw err;
  }
}

/** The cache key of a query: its body's SHA-256 (operation, document and variables). */
async function keyOf(body) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return new Request(`${self.location.origin}/__habite/graphql/${hex}`);
}

/** A GraphQL query: the network's answer (kept), or offline the last kept one, marked with when it was saved. */
async function query(request) {
  const forgottenAtStart = forgotten;
  const body = await request.clone().text();
  const key = await keyOf(body);
  let response;
  try {
    response = await fetch(request);
  } catch {
    response = null;
  }
  if (response && response.status < 502) {
    if (response.ok && (response.headers.get('content-type') || '').includes('json')) {
      const text = await response.clone().text();
      const cache = await caches.open(DATA_CACHE);
      // An answer asked for before the person signed out is not kept after it (it is theirs).
      if (forgotten === forgottenAtStart) await cache.put(key, new Response(text, { headers: { 'content-type': 'application/json', [SAVED_AT]: new Date().toISOString() } }));
    }
    return response;
  }
  const kept = await caches.match(key, { cacheName: DATA_CACHE });
  if (kept) {
    return new Response(await kept.text(), {
      status: 200,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-habite-offline': kept.headers.get(SAVED_AT) || new Date(0).toISOString() },
    });
  }
  if (response) return response;
  // Nothing kept for this one: a GraphQL error in words, as the app shows any refusal.
  return new Response(JSON.stringify({ errors: [{ message: 'Sem conexão com a internet. Quando a conexão voltar, tente de novo.', extensions: { code: 'OFFLINE' } }] }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/** The portal's own icon for notifications: the first of its manifest (its logo when it has one). */
async function noticeIcon() {
  try {
    const manifest = await caches.match('/manifest.webmanifest', { cacheName: SHELL_CACHE });
    const icons = manifest ? (await manifest.json()).icons : null;
    if (icons && icons[0] && icons[0].src) return icons[0].src;
  } catch {
    // No manifest kept: Habite's icon.
  }
  return '/icons/habite-192.png';
}

self.addEventListener('push', (event) => {
  let notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch {
    notice = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    (async () => {
      await self.registration.showNotification(notice.title || 'Portal do Cliente', {
        body: notice.body || '',
        icon: await noticeIcon(),
        badge: '/icons/habite-192.png',
        lang: 'pt-BR',
        data: { url: notice.url || '/' },
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const portal = windows.find((w) => {
        const at = new URL(w.url);
        return at.origin === target.origin && !NOT_OURS.test(at.pathname);
      });
      if (portal) {
        await portal.focus();
        if (portal.url !== target.href) {
          try {
            await portal.navigate(target.href);
          } catch {
            await self.clients.openWindow(target.href);
          }
        }
        return;
      }
      await self.clients.openWindow(target.href);
    })(),
  );
});

/** The browser replaced the subscription (expired keys): the server learns the new one. */
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    (async () => {
      const api = (query, variables) =>
        fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-habite-app': 'client' }, body: JSON.stringify({ query, variables }) })
          .then((r) => r.json());
      let subscription = event.newSubscription;
      if (!subscription) {
        const key = (await api('{ webPushPublicKey }')).data?.webPushPublicKey;
        if (!key) return;
        const bytes = Uint8Array.from(atob(key.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(key.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
        subscription = await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes });
      }
      const keys = subscription.toJSON().keys || {};
      await api('mutation($i: SubscribePushInput!) { subscribePush(input: $i) { id } }', { i: { endpoint: subscription.endpoint, p256dh: keys.p256dh, auth: keys.auth } });
      if (event.oldSubscription && event.oldSubscription.endpoint !== subscription.endpoint) {
        await api('mutation($e: String!) { unsubscribePush(endpoint: $e) }', { e: event.oldSubscription.endpoint });
      }
    })(),
  );
});
