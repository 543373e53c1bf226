import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

/** Every event the server publishes, with its payload. */
export interface SessionsRevoked {
  accountId: string;
  sessionIds: string[];
  reason: 'SIGNED_OUT' | 'LOGIN_DEACTIVATED';
}

/** A request was opened or changed status (R-REQ-9). Subscribers check visibility themselves. */
export interface RequestChanged {
  requestId: string;
  companyId: string;
  developmentId: string;
  /** The status it was opened in or moved to: what this event announces, even if another change followed before it went out. */
  statusId?: string;
  /** An internal note (staff only): never sent to portal subscribers (R-REQ-9). */
  internal?: boolean;
}

/** Accounts or portals changed: sessions that carry them are read again (session-cache.ts). */
export interface SessionsStale {
  sessionIds?: readonly string[];
  accountIds?: readonly string[];
  portalIds?: readonly string[];
}

/** A sale's installments or bills changed (the ERP sent them, a customer asked for a bill): its customers' Financeiro reads again. */
export interface FinanceChanged {
  companyId: string;
  reservationIds: string[];
}

/** A Fale Conosco message got a parecer meant for its customer (R-CONTACT-2): their screen reads again. Internal notes are never published. */
export interface ContactChanged {
  companyId: string;
  customerId: string;
  messageId: string;
}

export type Events = {
  'contact.changed': [ContactChanged];
  'finance.changed': [FinanceChanged];
  'sessions.revoked': [SessionsRevoked];
  'sessions.stale': [SessionsStale];
  'request.changed': [RequestChanged];
};

export interface EventBus {
  pubsub: PubSub<Events>;
  close(): Promise<void>;
}

/**
 * In-process pub/sub by default; with `REDIS_URL`, events go through Redis so that
 * subscribers on every server instance receive them.
 */
export function createEventBus(redisUrl?: string): EventBus {
  if (!redisUrl) return { pubsub: createPubSub<Events>(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Events>({ eventTarget: eventTarget as never }),
    async close() {
      subscribeClient.disconnect();
      await publishClient.quit().catch(() => publishClient.disconnect());
    },
  };
}
