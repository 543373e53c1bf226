import { useSyncExternalStore } from 'react';
import type { CombinedError, Operation } from 'urql';

/**
 * Issue 15: whether the app is waiting for the server to come back — a read that met no answer
 * (the network) or an outage (SERVICE_UNAVAILABLE: the database restarting), and is being tried
 * again with backoff. Screens keep what they show and what the person typed; a calm notice says
 * "reconectando" until an answer arrives.
 */
let reconnecting = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (reconnecting === value) return;
  reconnecting = value;
  for (const listener of listeners) listener();
}

/** A refusal worth trying again: no answer at all, or the server saying it is momentarily out. */
export function isOutage(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  if (error.networkError) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
}

/** For @urql/exchange-retry: reads are tried again during an outage (writes never: the person decides). */
export function retryIf(error: CombinedError, operation: Operation): boolean {
  const again = operation.kind === 'query' && isOutage(error);
  if (again) set(true);
  return again;
}

/** An answer arrived (any answer the server gave): the connection is back. */
export function answered(error: CombinedError | undefined): void {
  if (!isOutage(error)) set(false);
}

export function useReconnecting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reconnecting,
  );
}

/** The live-updates socket closed unexpectedly after having been open: reconnecting (graphql-ws retries by itself). */
let socketWasOpen = false;
export function socketDown(code: number | undefined): void {
  // 1000: closed on purpose (no subscription left); 44xx: the session ended — neither is an outage.
  if (socketWasOpen && code !== 1000 && !(code !== undefined && code >= 4400 && code < 4500)) set(true);
}
export function socketUp(): void {
  socketWasOpen = true;
  set(false);
}
