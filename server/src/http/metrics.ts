import { timingSafeEqual } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { stampOf } from '../graphql/pubsub.js';
import type { Logger } from '../logger.js';
import { JOB_KINDS, type JobQueue } from '../queue/queue.js';

/** Operation names are the caller's: past this many distinct ones, the rest are counted as "other". */
const MAX_OPERATIONS = 200;
/** Refusals of signing in worth watching (wrong passwords and codes, throttles). */
const AUTH_REFUSALS = new Set(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'INVALID_CODE', 'TWO_FACTOR_REQUIRED', 'RATE_LIMITED']);

/**
 * Issue 15: what Habite is doing, in the Prometheus text format — operations by name and outcome
 * with their latency and SQL statements, the database pool, WebSockets and subscriptions, the
 * queue, sign-in refusals, live events' fan-out latency — plus node's own (memory, event loop).
 * One registry per server.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly operations = new Counter({ name: 'habite_graphql_operations_total', help: 'GraphQL operations by name and outcome (OK or the error code sent).', labelNames: ['operation', 'outcome'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'habite_graphql_operation_seconds', help: 'Time to answer a GraphQL operation.', labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'habite_graphql_sql_statements', help: 'SQL statements sent for one GraphQL operation.', labelNames: ['operation'],
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100], registers: [this.registry],
  });
  private readonly authRefusals = new Counter({ name: 'habite_auth_refusals_total', help: 'Sign-in refusals and throttles by code.', labelNames: ['code'], registers: [this.registry] });
  private readonly fanout = new Histogram({
    name: 'habite_live_event_fanout_seconds',
    help: 'From publishing a live event (on any instance) to handing it to one subscriber, after that subscriber\'s visibility check: one observation per delivery, by event kind. Events that waited for Redis count their wait.',
    labelNames: ['kind'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers: [this.registry],
  });
  /** What the WebSocket server has open, read at each scrape (app.ts sets it). */
  sockets: () => { connections: number; operations: number } = () => ({ connections: 0, operations: 0 });
  /** The Redis relay of live events (null without REDIS_URL), read at each scrape (app.ts sets it). */
  liveRelay: () => { connected: boolean; waiting: number; dropped: number } | null = () => null;

  constructor(deps: { orm: MikroORM; queue: JobQueue; logger: Logger }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'habite_' });
    const pool = () => (deps.orm.em.getConnection().getKnex().client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
    const sockets = () => this.sockets();
    new Gauge({ name: 'habite_websocket_connections', help: 'Open WebSocket connections.', registers: [this.registry], collect() { this.set(sockets().connections); } });
    new Gauge({ name: 'habite_websocket_operations', help: 'Operations (subscriptions, mostly) running over WebSockets.', registers: [this.registry], collect() { this.set(sockets().operations); } });
    const relay = () => this.liveRelay();
    new Gauge({ name: 'habite_live_events_waiting', help: 'Live events for the other instances waiting for Redis to return (0 without REDIS_URL).', registers: [this.registry], collect() { this.set(relay()?.waiting ?? 0); } });
    new Gauge({ name: 'habite_live_events_dropped', help: 'Live events for the other instances given up since start (Redis away longer than the wait allows).', registers: [this.registry], collect() { this.set(relay()?.dropped ?? 0); } });
    new Gauge({ name: 'habite_db_pool_in_use', help: 'Database connections lent out by the pool.', registers: [this.registry], collect() { this.set(pool()?.numUsed() ?? 0); } });
    new Gauge({ name: 'habite_db_pool_idle', help: 'Database connections idle in the pool.', registers: [this.registry], collect() { this.set(pool()?.numFree() ?? 0); } });
    new Gauge({ name: 'habite_db_pool_waiting', help: 'Requests waiting for a database connection.', registers: [this.registry], collect() { this.set(pool()?.numPendingAcquires() ?? 0); } });
    new Gauge({
      name: 'habite_queue_depth', help: 'Jobs waiting or running, per kind.', labelNames: ['kind'], registers: [this.registry],
      async collect() {
        const depth = await deps.queue.depth().catch((err: unknown) => { deps.logger.warn({ err }, 'queue depth not read'); return null; });
        for (const kind of JOB_KINDS) this.set({ kind }, depth?.[kind] ?? 0);
      },
    });
    new Gauge({
      name: 'habite_queue_failures', help: 'Failed job attempts since start, per kind (each retried with backoff).', labelNames: ['kind'], registers: [this.registry],
      collect() { for (const kind of JOB_KINDS) this.set({ kind }, deps.queue.failures.get(kind) ?? 0); },
    });
  }

  /** One GraphQL operation answered (request-log.ts). */
  operation(name: string, outcome: string, seconds: number, statements: number | null): void {
    if (this.names.size < MAX_OPERATIONS) this.names.add(name);
    const operation = this.names.has(name) ? name : 'other';
    this.operations.inc({ operation, outcome });
    this.latency.observe({ operation }, seconds);
    if (statements !== null) this.statements.observe({ operation }, statements);
    if (AUTH_REFUSALS.has(outcome)) this.authRefusals.inc({ code: outcome });
  }

  /** A live event of `kind`, published at `at` (ms since the epoch, on whichever instance), was handed to one subscriber now. */
  liveDelivery(kind: string, at: number): void {
    this.fanout.observe({ kind }, Math.max(0, Date.now() - at) / 1000);
  }
}

/**
 * Issue 15: fan-out latency. Every subscription field's resolver runs once per event and
 * subscriber, after the subscription's own check (type-graphql's `filter`, the request fan-out's
 * audience statement) and just before the result is written to that subscriber's socket; its root
 * is the event's payload, stamped when published (graphql/pubsub.ts; the request fan-out carries
 * the stamp to what it hands out). Wrapped once per schema.
 */
export function measureLiveDeliveries(schema: GraphQLSchema, metrics: Metrics): void {
  const subscription = schema.getSubscriptionType();
  for (const field of Object.values(subscription?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const result = resolve(source, args, context, info);
      const stamp = stampOf(source);
      if (!stamp) return result;
      const delivered = () => metrics.liveDelivery(stamp.kind, stamp.at);
      if (result instanceof Promise) return result.then((value: unknown) => { delivered(); return value; });
      delivered();
      return result;
    };
  }
}

/** `/metrics`, for a scraper holding METRICS_TOKEN (`Authorization: Bearer …`); without the setting there is no such page. */
export function serveMetrics(app: Express, metrics: Metrics, token: string | undefined): void {
  if (!token) {
    // Not the portal's page either (the apps answer every other path with their index.html).
    app.get('/metrics', (_req, res) => { res.status(404).json({ error: 'Métricas desligadas: defina METRICS_TOKEN.' }); });
    return;
  }
  const expected = Buffer.from(`Bearer ${token}`);
  app.get('/metrics', async (req, res) => {
    const given = Buffer.from(req.get('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').json({ error: 'METRICS_TOKEN ausente ou incorreto.' });
      return;
    }
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await metrics.registry.metrics());
  });
}
