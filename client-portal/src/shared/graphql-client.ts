/** Shared with the admin app: the urql client of one app, with live updates over graphql-ws. */
import { createClient as createWsClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';

/** `app` tells the server which app calls, so it reads and writes that app's session cookie. */
export function createGraphQLClient(app: 'client' | 'admin'): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: { app },
    lazy: true,
    // Reconnect after network drops or a server restart.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
  });
  return new Client({
    url: '/graphql',
    // Apollo's CSRF protection refuses GET without a preflight header: always POST.
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-habite-app': app }, credentials: 'same-origin' },
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
