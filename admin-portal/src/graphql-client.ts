import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

/** Tells the server which app calls, so it reads this app's session cookie. */
const APP = 'admin';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/** Live updates over graphql-ws, reconnecting after network drops or a server restart. */
export const wsClient = createWsClient({
  url: wsUrl,
  connectionParams: { app: APP },
  lazy: true,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
});

export const client = new Client({
  url: '/graphql',
  // Apollo's CSRF protection refuses GET without a preflight header: always POST.
  preferGetMethod: false,
  fetchOptions: { headers: { 'x-habite-app': APP }, credentials: 'same-origin' },
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
});
