import { watchGraphQL } from './graphql-traffic';

/**
 * The installable portal: the service worker (public/sw.js — the app shell offline, the last
 * answers to queries, phone notifications) and the GraphQL watch it relies on. Only in a build
 * served by the server (production, or the browser tests' build); under `npm run dev` (Vite's dev
 * server, the only place with `import.meta.hot`) there is no worker, so nothing cached gets in
 * the way of a change.
 */
export function startPwa(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  watchGraphQL();
  // `updateViaCache: 'none'`: the browser checks sw.js itself on every visit, whatever HTTP caching says.
  // A failed registration (the connection dropped while sw.js loaded) is tried again a little
  // later and when the connection returns, not only at the next visit.
  let tries = 0;
  const register = (): Promise<unknown> =>
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {
      if (++tries >= 5) return undefined;
      const again = () => void register();
      window.addEventListener('online', again, { once: true });
      setTimeout(() => {
        window.removeEventListener('online', again);
        if (!navigator.serviceWorker.controller) again();
      }, 5_000 * tries);
      return undefined;
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
