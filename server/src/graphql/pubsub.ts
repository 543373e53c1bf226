import { randomUUID } from 'node:crypto';
import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

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

/** When an event was published (ms since the epoch, the publisher's clock) and as which kind: the fan-out latency metric reads it. */
export interface Stamp {
  kind: string;
  at: number;
  /** It came from another instance long after it was published (`lateMs`): it waited for Redis to return. */
  late?: boolean;
}

/** Each payload's stamp, for as long as the payload lives (events stay plain objects). */
const stamps = new WeakMap<object, Stamp>();

/** The stamp of an event's payload (or of what a fan-out made of it, carryStamp), if it has one. */
export function stampOf(payload: unknown): Stamp | undefined {
  return typeof payload === 'object' && payload !== null ? stamps.get(payload) : undefined;
}

/** What a fan-out hands its subscribers (a new object) keeps the stamp of the event it came from. */
export function carryStamp(from: object, to: object): void {
  const stamp = stamps.get(from);
  if (stamp) stamps.set(to, stamp);
}

export interface EventBus {
  pubsub: PubSub<Events>;
  /** Null without REDIS_URL; else whether Redis takes the events now, how many wait for it, and how many were given up since start. */
  relay(): { connected: boolean; waiting: number; dropped: number } | null;
  close(): Promise<void>;
}

export interface EventBusOptions {
  logger?: Logger;
  /** The Redis stream the instances share (one per Habite installation on a Redis server). */
  stream?: string;
  /** While Redis is unreachable, events for the other instances wait in memory: at most this many (the oldest are given up first)… */
  waitingMax?: number;
  /** …and none older than this, in ms. */
  waitingMs?: number;
  /** An event from another instance older than this on arrival (ms) waited for Redis: it is stamped `late` (instances' clocks differ by less). */
  lateMs?: number;
}

const DEFAULTS = { stream: 'habite:events', waitingMax: 10_000, waitingMs: 5 * 60_000, lateMs: 3_000 };

/**
 * Issue 15: every event reaches this instance's subscribers at once, in process — whatever Redis
 * is doing — and, with `REDIS_URL`, the other instances' through a Redis stream (redisRelay). An
 * instance ignores what it wrote itself there, so nothing arrives twice. Publishing never throws
 * into the caller and never waits for Redis.
 */
export function createEventBus(redisUrl?: string, options: EventBusOptions = {}): EventBus {
  const target = new LocalTarget(options.logger);
  const local = createPubSub<Events>({ eventTarget: target as unknown as PubSubEventTarget<Events> });
  const settings = {
    logger: options.logger,
    stream: options.stream ?? DEFAULTS.stream,
    waitingMax: options.waitingMax ?? DEFAULTS.waitingMax,
    waitingMs: options.waitingMs ?? DEFAULTS.waitingMs,
  };
  const lateMs = options.lateMs ?? DEFAULTS.lateMs;
  const relay = redisUrl ? new RedisRelay(redisUrl, settings, (topic, args, at) => {
    const payload = args[args.length - 1];
    if (typeof payload === 'object' && payload !== null) stamps.set(payload, { kind: topic, at, ...(Date.now() - at > lateMs ? { late: true } : {}) });
    (local.publish as (topic: string, ...args: unknown[]) => void)(topic, ...args);
  }) : null;
  const pubsub: PubSub<Events> = {
    publish(topic, ...args) {
      const at = Date.now();
      const payload = args[args.length - 1];
      if (typeof payload === 'object' && payload !== null) stamps.set(payload, { kind: topic, at });
      local.publish(topic, ...args);
      relay?.send(topic, args, at);
    },
    subscribe: local.subscribe,
  };
  return {
    pubsub,
    relay: () => relay?.state() ?? null,
    close: async () => relay?.close(),
  };
}

type Listener = ((event: Event) => void) | { handleEvent(event: Event): void };

/**
 * The in-process event target. Unlike node's EventTarget, a subscriber that throws (one more than
 * 1024 events behind, say) costs that subscriber the event, logged, and not the process (node
 * turns a listener's exception into an uncaught one).
 */
class LocalTarget {
  private readonly listeners = new Map<string, Set<Listener>>();
  constructor(private readonly logger?: Logger) {}

  addEventListener(type: string, listener: Listener | null): void {
    if (!listener) return;
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener | null): void {
    const set = this.listeners.get(type);
    if (!set || !listener) return;
    set.delete(listener);
    if (set.size === 0) this.listeners.delete(type);
  }

  dispatchEvent(event: Event): boolean {
    for (const listener of [...(this.listeners.get(event.type) ?? [])]) {
      try {
        if (typeof listener === 'function') listener(event);
        else listener.handleEvent(event);
      } catch (err) {
        this.logger?.warn({ err, event: event.type }, 'live event not delivered to one subscriber');
      }
    }
    return true;
  }
}

/** What one instance wrote to the stream: who (instance id and sequence number), when, which topic, its arguments. */
interface Envelope {
  i: string;
  s: number;
  at: number;
  t: string;
  a: unknown[];
}

/** `ms-seq` stream ids, compared as numbers. */
function compareIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am - bm || as - bs;
}

/**
 * Events between instances, through a Redis stream (XADD, capped; XREAD from the last id read).
 * A stream rather than pub/sub: an instance whose connection dropped reads what it missed when it
 * reconnects, whichever instance came back to Redis first.
 *
 * - Out: every event joins a queue in memory that a single pump sends in order, in pipelined
 *   batches; an event leaves the queue once Redis acknowledged it. While Redis is unreachable the
 *   queue keeps the last `waitingMax` events of the last `waitingMs` (older ones are given up,
 *   logged); when Redis returns they go out — the other instances catch up.
 * - In: a loop reads the stream, ignores this instance's own events (already delivered in
 *   process) and any it already had (an event whose acknowledgement was lost is sent again), and
 *   delivers the rest in process.
 * - Nothing waits on Redis and nothing throws: both connections fail commands at once while
 *   disconnected, reconnect by themselves, and their errors are logged (once per outage).
 */
class RedisRelay {
  private readonly instance = randomUUID();
  private seq = 0;
  private readonly waiting: { seq: number; at: number; text: string }[] = [];
  private dropped = 0;
  private droppedInOutage = 0;
  /** Per other instance, the highest sequence number delivered (a bounded map: instances come and go). */
  private readonly seen = new Map<string, number>();
  private readonly writer: Redis;
  private readonly reader: Redis;
  private pumping = false;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private down = false;
  private readonly wakers = new Set<() => void>();
  private readonly reading: Promise<void>;

  constructor(
    url: string,
    private readonly options: Required<Omit<EventBusOptions, 'logger' | 'lateMs'>> & { logger?: Logger },
    private readonly deliver: (topic: string, args: unknown[], at: number) => void,
  ) {
    const common: RedisOptions = {
      // Commands fail at once while disconnected (nothing queues inside ioredis, nothing is resent
      // behind the relay's back); the connection itself is retried forever, at most a second apart.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      retryStrategy: (times) => Math.min(times * 100, 1_000),
    };
    this.writer = new Redis(url, { ...common, connectionName: 'habite-events-out' });
    this.reader = new Redis(url, { ...common, connectionName: 'habite-events-in' });
    for (const client of [this.writer, this.reader]) {
      client.on('error', (err: Error) => this.lost(err.message));
      client.on('close', () => this.lost('connection closed'));
      client.on('ready', () => {
        if (this.writer.status === 'ready' && this.reader.status === 'ready') this.back();
        this.wake();
      });
    }
    this.writer.on('ready', () => void this.pump());
    this.reading = this.read();
  }

  state() {
    return { connected: this.writer.status === 'ready' && this.reader.status === 'ready', waiting: this.waiting.length, dropped: this.dropped };
  }

  send(topic: string, args: unknown[], at: number): void {
    try {
      const seq = ++this.seq;
      const envelope: Envelope = { i: this.instance, s: seq, at, t: topic, a: args };
      this.waiting.push({ seq, at, text: JSON.stringify(envelope) });
      this.trim(at);
      void this.pump();
    } catch (err) {
      this.options.logger?.error({ err, topic }, 'live event not sent to the other instances');
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.wake();
    if (this.waiting.length) this.options.logger?.warn({ waiting: this.waiting.length }, 'live events for the other instances given up at shutdown');
    this.reader.disconnect();
    await this.reading;
    await this.writer.quit().catch(() => this.writer.disconnect());
  }

  private lost(reason: string): void {
    if (this.closed || this.down) return;
    this.down = true;
    this.options.logger?.warn(
      { reason, waitingMax: this.options.waitingMax, waitingSeconds: this.options.waitingMs / 1000 },
      'Redis unreachable: live events reach this instance\'s subscribers only; those for the other instances wait',
    );
  }

  private back(): void {
    if (!this.down || this.closed) return;
    this.down = false;
    this.options.logger?.info({ waiting: this.waiting.length, dropped: this.droppedInOutage }, 'Redis reachable again: live events that waited go out');
    this.droppedInOutage = 0;
  }

  private trim(now: number): void {
    let n = 0;
    while (this.waiting.length > this.options.waitingMax || (this.waiting.length && now - this.waiting[0]!.at > this.options.waitingMs)) {
      this.waiting.shift();
      n++;
    }
    if (!n) return;
    if (!this.droppedInOutage) this.options.logger?.warn({ waitingMax: this.options.waitingMax, waitingSeconds: this.options.waitingMs / 1000 }, 'Redis unreachable for too long: the oldest live events for the other instances are given up');
    this.dropped += n;
    this.droppedInOutage += n;
  }

  /** Sends what waits, in order, while Redis takes it; what is left is tried again on reconnection (and every half second). */
  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    try {
      while (this.waiting.length && this.writer.status === 'ready' && !this.closed) {
        this.trim(Date.now());
        const batch = this.waiting.slice(0, 500);
        if (!batch.length) break;
        const pipeline = this.writer.pipeline();
        for (const entry of batch) pipeline.xadd(this.options.stream, 'MAXLEN', '~', String(this.options.waitingMax), '*', 'e', entry.text);
        const results = await pipeline.exec().catch((err: Error) => {
          this.lost(err.message);
          return null;
        });
        let acknowledged = 0;
        for (const [err] of results ?? []) {
          if (err) break;
          acknowledged++;
        }
        const last = acknowledged ? batch[acknowledged - 1]!.seq : 0;
        while (this.waiting.length && this.waiting[0]!.seq <= last) this.waiting.shift();
        if (acknowledged < batch.length) break;
      }
    } finally {
      this.pumping = false;
    }
    if (this.waiting.length && !this.closed) {
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        void this.pump();
      }, 500);
      this.retry.unref();
    }
  }

  /** Resolves when a connection becomes ready, the relay closes, or `ms` pass. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  private wake(): void {
    for (const waker of [...this.wakers]) waker();
  }

  private async read(): Promise<void> {
    let last: string | null = null;
    let reconnected = true;
    while (!this.closed) {
      if (this.reader.status !== 'ready') {
        reconnected = true;
        await this.pause(1_000);
        continue;
      }
      try {
        if (reconnected) {
          const [newest] = await this.reader.xrevrange(this.options.stream, '+', '-', 'COUNT', 1);
          const newestId = newest?.[0] ?? null;
          // At start, what came before is not for this instance. After an outage: where it stopped,
          // unless the stream is empty or behind that (Redis came back without its data): then all of it is new.
          if (last === null) last = newestId ?? '0-0';
          else if (!newestId || compareIds(newestId, last) < 0) last = '0-0';
          reconnected = false;
        }
        const from: string = last ?? '0-0';
        const answer = await this.reader.xread('COUNT', 500, 'BLOCK', 2_000, 'STREAMS', this.options.stream, from);
        for (const [, entries] of answer ?? []) {
          for (const [id, fields] of entries) {
            last = id;
            this.receive(fields);
          }
        }
      } catch {
        // The connection dropped (its error is logged once) or is closing.
        reconnected = true;
        if (!this.closed) await this.pause(200);
      }
    }
  }

  private receive(fields: string[]): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(fields[1] ?? '') as Envelope;
    } catch {
      return;
    }
    if (!envelope || typeof envelope.t !== 'string' || !Array.isArray(envelope.a) || typeof envelope.s !== 'number') return;
    // This instance delivered its own events when it published them.
    if (envelope.i === this.instance) return;
    if (envelope.s <= (this.seen.get(envelope.i) ?? 0)) return;
    this.seen.delete(envelope.i);
    this.seen.set(envelope.i, envelope.s);
    if (this.seen.size > 1_000) this.seen.delete(this.seen.keys().next().value!);
    try {
      this.deliver(envelope.t, envelope.a, typeof envelope.at === 'number' ? envelope.at : Date.now());
    } catch (err) {
      this.options.logger?.warn({ err, topic: envelope.t }, 'live event from another instance not delivered');
    }
  }
}
