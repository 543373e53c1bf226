import type { EntityManager } from '@mikro-orm/postgresql';
import { Repeater, type PubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { Clock } from '../../clock.js';
import { carryStamp, stampOf, type Events, type RequestChanged } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import type { ViewerScope } from '../visibility/rule.js';
import { queryOn } from '../visibility/sql.js';
import { audienceSql, audienceViewers, type AudienceViewer } from './request-audience.js';
import { requestOfRow, requestSelect } from './request-rows.js';
import type { Request } from './request.entity.js';

/** What a live subscriber receives: the request, read once per event and shared by everyone who sees it. */
export interface LiveRequest {
  request: Request;
}

type Push = (payload: LiveRequest) => void;

interface PortalSubscriber extends AudienceViewer {
  push: Push;
}

interface StaffSubscriber {
  developmentIds: readonly string[] | null;
  push: Push;
}

/** Per company: its portal users and staff watching live requests in this process. */
interface CompanySubscribers {
  portal: Map<string, PortalSubscriber>;
  staff: Set<StaffSubscriber>;
  /** The portal subscribers' scopes as the audience statement takes them, made again only when they change. */
  viewers?: Record<string, unknown>;
}

/**
 * Events go out one at a time, in the order they arrived (a subscriber sees a request's statuses in
 * the order they were set); more wait in line.
 */
const CONCURRENT_EVENTS = 1;

/**
 * R-REQ-9 for every subscriber of this process at once. One listener per process takes each
 * `request.changed` event; for the portal users subscribed in that company, one statement decides
 * who sees the request (request-audience.ts, the lists' own rules), one reads it, and every
 * subscriber who sees it gets that same payload; staff get it by their company and development
 * limit (R-OPS-4). It runs on a small pool of its own, so a burst of events never waits for — nor
 * makes wait — the connections that answer HTTP. A subscriber holds its scope and a callback,
 * nothing of the ORM.
 */
export class RequestFanout {
  private readonly companies = new Map<string, CompanySubscribers>();
  private readonly pool: pg.Pool;
  private readonly queue: RequestChanged[] = [];
  private running = 0;
  private events?: AsyncIterableIterator<RequestChanged>;
  private nextKey = 0;
  /** SQL statements sent so far (tests pin how many an event costs). */
  statements = 0;

  constructor(private readonly deps: {
    databaseUrl: string;
    poolMax: number;
    /** Startup parameters of the pool's connections (statement_timeout, plan_cache_mode), as the ORM's pool has them. */
    connection: Partial<pg.PoolConfig>;
    /** For the entities' metadata only (plain rows are built from it). */
    em: EntityManager;
    clock: Clock;
    logger: Logger;
  }) {
    this.pool = new pg.Pool({ connectionString: deps.databaseUrl, max: deps.poolMax, ...deps.connection, types: ormTypes });
    this.pool.on('error', (err) => deps.logger.warn({ err }, 'live fan-out connection lost'));
  }

  /** Starts listening to the event bus (every instance listens: Redis carries events between them). */
  start(pubsub: PubSub<Events>): void {
    const events = pubsub.subscribe('request.changed');
    this.events = events;
    void (async () => {
      for await (const event of events) this.enqueue(event);
    })();
  }

  async stop(): Promise<void> {
    await this.events?.return?.();
    await this.pool.end();
  }

  /** A customer's or syndic's live requests (`scope` without its moment: each event is judged at its own). */
  subscribePortal(companyId: string, scope: Omit<ViewerScope, 'now'>): AsyncIterableIterator<LiveRequest> {
    const key = String(++this.nextKey);
    return this.channel((push) => {
      const company = this.of(companyId);
      company.portal.set(key, { key, ...scope, push });
      company.viewers = undefined;
      return () => {
        company.portal.delete(key);
        company.viewers = undefined;
      };
    });
  }

  /** Staff watching the list: every request of their company within their development limit (R-OPS-4). */
  subscribeStaff(companyId: string, developmentIds: readonly string[] | null): AsyncIterableIterator<LiveRequest> {
    return this.channel((push) => {
      const subscriber = { developmentIds, push };
      this.of(companyId).staff.add(subscriber);
      return () => this.of(companyId).staff.delete(subscriber);
    });
  }

  /** How many subscribers this process holds (tests, metrics). */
  get size(): number {
    let n = 0;
    for (const c of this.companies.values()) n += c.portal.size + c.staff.size;
    return n;
  }

  private of(companyId: string): CompanySubscribers {
    let subscribers = this.companies.get(companyId);
    if (!subscribers) this.companies.set(companyId, (subscribers = { portal: new Map(), staff: new Set() }));
    return subscribers;
  }

  private channel(register: (push: Push) => () => void): AsyncIterableIterator<LiveRequest> {
    return new Repeater<LiveRequest>(async (push, stop) => {
      const unregister = register((payload) => void push(payload));
      await stop;
      unregister();
    });
  }

  private enqueue(event: RequestChanged): void {
    const subscribers = this.companies.get(event.companyId);
    if (!subscribers || ((subscribers.portal.size === 0 || event.internal) && subscribers.staff.size === 0)) return;
    this.queue.push(event);
    this.drain();
  }

  private drain(): void {
    while (this.running < CONCURRENT_EVENTS && this.queue.length) {
      const event = this.queue.shift()!;
      this.running++;
      this.deliver(event)
        .catch((err: unknown) => this.deps.logger.error({ err, requestId: event.requestId }, 'live fan-out failed'))
        .finally(() => {
          this.running--;
          this.drain();
        });
    }
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    this.statements++;
    return queryOn<T>(this.pool, sql, params);
  }

  private async deliver(event: RequestChanged): Promise<void> {
    const subscribers = this.companies.get(event.companyId);
    if (!subscribers) return;
    const { em } = this.deps;
    const staff = [...subscribers.staff].filter((s) => !s.developmentIds || s.developmentIds.includes(event.developmentId));
    // Ten thousand scopes are turned into the statement's arrays once, not at every event.
    subscribers.viewers ??= audienceViewers([...subscribers.portal.values()]);
    // An internal note (or an assignment) is staff's business: no portal subscriber hears of it (R-REQ-9).
    const seen = subscribers.portal.size && !event.internal
      ? new Set((await this.query<{ key: string }>(audienceSql, { ...subscribers.viewers, request: event.requestId, now: this.deps.clock.now() })).map((r) => r.key))
      : new Set<string>();
    if (seen.size === 0 && staff.length === 0) return;
    // With the status the event announces: two quick changes go out as two statuses, in order, even
    // when the second is committed before the first is read here. An event that waited for Redis
    // (issue 15: another instance's, sent when Redis returned) announces the request as it is now:
    // a later change may have reached the subscriber already, and must not be undone on screen.
    const late = stampOf(event)?.late === true;
    const [row] = await this.query<Record<string, unknown>>(`${requestSelect(em, 'coalesce(cast(:status as uuid), rq.status_id)')} where rq.id = :request`, {
      request: event.requestId, status: late ? null : event.statusId ?? null,
    });
    if (!row) return;
    const payload: LiveRequest = { request: requestOfRow(em, row) };
    // The fan-out latency metric measures from the event's publication (http/metrics.ts).
    carryStamp(event, payload);
    const receivers = [...staff, ...[...seen].flatMap((key) => subscribers.portal.get(key) ?? [])];
    // Each push runs that subscriber's selection and writes to its socket: a few at a time, letting
    // the event loop answer everyone else in between, so a thousand deliveries never stall a query.
    for (let i = 0; i < receivers.length; i += PUSHES_PER_TURN) {
      if (i > 0) await nextTurn();
      for (const receiver of receivers.slice(i, i + PUSHES_PER_TURN)) receiver.push(payload);
    }
  }
}

/** Subscribers served before the fan-out lets other work run (each costs a fraction of a millisecond). */
const PUSHES_PER_TURN = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The ORM's type parsers (dates and timestamps as text), so plain rows read here look like those read through it. */
const ormTypes = (() => {
  const types = new pg.TypeOverrides();
  for (const oid of [1082, 1114, 1184, 1186]) types.setTypeParser(oid, (text: string) => text);
  return types;
})();
