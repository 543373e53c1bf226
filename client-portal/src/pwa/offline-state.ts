import { useSyncExternalStore } from 'react';

/**
 * Whether the screen shows saved answers: the service worker answered a GraphQL query from its
 * cache (`x-habite-offline: <when it was saved>`). Holds the oldest such moment since the last
 * answer that came from the network, so the banner never claims newer data than is on screen.
 */
let savedAt: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const offlineState = {
  get: (): string | null => savedAt,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** An answer from the cache, saved at `iso`. */
  fromCache(iso: string): void {
    if (savedAt === null || iso < savedAt) {
      savedAt = iso;
      emit();
    }
  },
  /** An answer from the network: what is on screen is current again. */
  fromNetwork(): void {
    if (savedAt !== null) {
      savedAt = null;
      emit();
    }
  },
};

export function useOfflineSince(): string | null {
  return useSyncExternalStore(offlineState.subscribe, offlineState.get, () => null);
}
