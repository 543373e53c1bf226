/** Shared with the admin app: the urql client of one app, with live updates over graphql-ws. */
import { createClient as createWsClient } from 'graphql-ws';
import { createElement, useMemo, type ReactNode } from 'react';
import { retryExchange } from '@urql/exchange-retry';
import { Client, cacheExchange, fetchExchange, mapExchange, Provider, subscriptionExchange } from 'urql';
import { answered, retryIf, socketDown, socketUp } from './connection';
import { ReconnectingNotice } from './ReconnectingNotice';
import type { Locale } from './create-i18n';

/**
 * `app` tells the server which app calls, so it reads and writes that app's session cookie;
 * `locale`, the language of the sentences the server writes (explanations, health check, why a
 * menu is off, the wrong-address refusal, field labels): `x-habite-locale`.
 */
export function createGraphQLClient(app: 'client' | 'admin', locale: Locale = 'pt-BR'): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: { app, locale },
    lazy: true,
    // Reconnect after network drops or a server restart.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
    // A socket that drops shows "reconectando" until it is back (subscriptions resume by themselves).
    on: { closed: (event) => socketDown((event as { code?: number } | undefined)?.code), connected: () => socketUp() },
  });
  return new Client({
    url: '/graphql',
    // Apollo's CSRF protection refuses GET without a preflight header: always POST.
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-habite-app': app, 'x-habite-locale': locale }, credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      // Issue 15: an outage (no answer, or SERVICE_UNAVAILABLE) is waited out — reads are tried again
      // with backoff up to about a minute, and the app says "reconectando" meanwhile (connection.ts).
      mapExchange({ onResult: (result) => { answered(result.error); } }),
      retryExchange({ initialDelayMs: 1_000, maxDelayMs: 15_000, randomDelay: true, maxNumberAttempts: 8, retryIf }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}

/**
 * The app's urql client in the language on screen: switching languages makes a new client (a fresh
 * cache), so every screen asks again for what the server wrote, now in the new language. (The
 * old client's WebSocket is lazy: it closes once its subscriptions move to the new one.)
 */
export function GraphQLProvider({ app, locale, children }: { app: 'client' | 'admin'; locale: Locale; children: ReactNode }) {
  const client = useMemo(() => createGraphQLClient(app, locale), [app, locale]);
  // Issue 15: "reconectando", over whichever screen is open, while the server is out of reach.
  return createElement(Provider, { value: client }, children, createElement(ReconnectingNotice));
}
