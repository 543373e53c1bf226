import { offlineState } from './offline-state';

/** The Cache API store of GraphQL answers (public/sw.js writes it; the same name there). */
export const DATA_CACHE = 'habite-data-v1';
/** Tells the service worker a POST to /graphql is a query (it keeps queries' answers, never mutations'). */
export const OPERATION_HEADER = 'x-habite-operation';
/** The service worker's mark on an answer from its cache: when that answer was saved (ISO). */
export const OFFLINE_HEADER = 'x-habite-offline';

/** Mutations after which the cached answers may be someone else's: the person signed in or out. */
const SESSION_CHANGES = /\b(sign(?:In|Out)\w*|acceptInvitation|enterViewAsClient|deactivateMyLogin)\b/;

/** `query`, `mutation` or `subscription`: the type of the operation the body runs. */
export function operationType(body: { query?: string; operationName?: string | null }): 'query' | 'mutation' | 'subscription' | null {
  const text = (body.query ?? '').replace(/#[^\n]*/g, '');
  const operations = [...text.matchAll(/(?:^|[\s}])(query|mutation|subscription)\b\s*(\w*)/g)].map((m) => ({ type: m[1] as 'query' | 'mutation' | 'subscription', name: m[2] }));
  const chosen = operations.find((o) => body.operationName && o.name === body.operationName) ?? operations[0];
  if (chosen) return chosen.type;
  return /^\s*\{/.test(text) ? 'query' : null;
}

/** How long a sign-out waits for the service worker to say it forgot (a worker that never answers must not hold it). */
const WORKER_ANSWER_MS = 3_000;

/**
 * Forgets every saved answer (sign-out, another person): the app shell stays, personal data goes.
 * The service worker is told first and answers once it has: from then on it keeps no answer asked
 * for before (one still on its way when the person signed out), and what it kept is gone. Only then
 * does the sign-out go on — the next screen, the next person, never finds the last one's answers.
 */
export async function clearPersonalData(): Promise<void> {
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  if (worker) {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(resolve, WORKER_ANSWER_MS);
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      worker.postMessage({ type: 'forget-personal-data' }, [channel.port2]);
    });
  }
  if ('caches' in window) await caches.delete(DATA_CACHE);
}

/**
 * Watches the app's GraphQL requests (the urql client posts to /graphql with `fetch`):
 *
 * - marks queries for the service worker (`x-habite-operation: query`), which must decide at once
 *   whether to answer a request, before it could read its body; mutations are left alone;
 * - notes answers from the service worker's cache for the offline banner;
 * - clears the saved answers when the person signs in or out (or is found signed out), so the
 *   next person on a shared phone never sees them offline.
 */
export function watchGraphQL(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method !== 'POST' || typeof init.body !== 'string' || new URL(url, location.href).pathname !== '/graphql') return original(input, init);
    let body: { query?: string; operationName?: string | null };
    try {
      body = JSON.parse(init.body) as typeof body;
    } catch {
      return original(input, init);
    }
    const type = operationType(body);
    const headers = new Headers(init.headers);
    if (type === 'query') headers.set(OPERATION_HEADER, 'query');
    const response = await original(input, { ...init, headers });
    if (type === 'query') {
      const saved = response.headers.get(OFFLINE_HEADER);
      if (saved) offlineState.fromCache(saved);
      else if (response.ok) {
        offlineState.fromNetwork();
        if (body.operationName === 'Session') void signedOutCheck(response.clone());
      }
    } else if (type === 'mutation' && SESSION_CHANGES.test(body.query ?? '')) {
      await clearPersonalData();
    }
    return response;
  };
}

/** The session answer says nobody is signed in (signed out elsewhere, expired): nothing saved stays. */
async function signedOutCheck(response: Response): Promise<void> {
  try {
    const answer = (await response.json()) as { data?: { me?: unknown } | null };
    if (answer.data && answer.data.me === null) await clearPersonalData();
  } catch {
    // Not JSON: nothing to learn.
  }
}
