import type { Authenticated } from './session.service.js';

/** What changed, so the sessions that carry it are read again. */
export interface StaleSessions {
  sessionIds?: readonly string[];
  accountIds?: readonly string[];
  portalIds?: readonly string[];
}

/** More sessions than this are not kept (the oldest go first). */
const KEPT = 10_000;

/**
 * The sessions this process has just authenticated, kept for a moment (`SESSION_CACHE_MS`): a
 * screen sends several operations at once, and each would read the same session, account and
 * portal again. An entry is dropped when its time is up, and at once when the session is revoked
 * or its account or portal changes (session.service.ts `forget`, told by the services that change
 * them and, across instances, by the event bus). Entries are shared: never change one.
 */
export class SessionCache {
  private readonly entries = new Map<string, { value: Authenticated; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(tokenHash: string): Authenticated | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until <= performance.now()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return entry.value;
  }

  set(tokenHash: string, value: Authenticated): void {
    if (!this.enabled) return;
    if (this.entries.size >= KEPT) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { value, until: performance.now() + this.ttlMs });
  }

  forget({ sessionIds = [], accountIds = [], portalIds = [] }: StaleSessions): void {
    if (this.entries.size === 0) return;
    const sessions = new Set(sessionIds);
    const accounts = new Set(accountIds);
    const portals = new Set(portalIds);
    for (const [hash, { value }] of this.entries) {
      if (sessions.has(value.session.id) || accounts.has(value.account.id) || (value.session.portal && portals.has(value.session.portal.id))) {
        this.entries.delete(hash);
      }
    }
  }
}
