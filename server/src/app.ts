import 'reflect-metadata';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { Clock } from './clock.js';
import { checkConfig, wantsDevMailbox, type Config } from './config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded.js';
import { connectionParameters, migrate, openOrm } from './db/orm.js';
import { loadDemo } from './demo/demo.js';
import { buildContext, tokenOf } from './graphql/build-context.js';
import type { Context } from './graphql/context.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { apolloLimits, operationPreparer } from './graphql/limits/query-limits.js';
import { createEventBus } from './graphql/pubsub.js';
import { requestLogPlugin } from './graphql/request-log.js';
import { contextOutage, outagePlugin } from './graphql/outage.js';
import { serveHealth } from './http/health.js';
import { requestId } from './http/request-id.js';
import { createSchema } from './graphql/schema.js';
import { serveDevMailbox } from './http/dev-mailbox.js';
import { serveFiles } from './http/files.js';
import { serveDataExport } from './http/data-export.js';
import { serveManifest } from './http/manifest.js';
import { serveFinanceDocuments } from './http/finance-documents.js';
import { startFakeGateway } from './modules/finance/gateway/fake-gateway.js';
import { httpGateway } from './modules/finance/gateway/gateway-client.js';
import { newSecret } from './modules/auth/secret-token.js';
import { requestInfo, serializeCookie, type RequestInfo } from './http/request-info.js';
import { serveApps } from './http/static-apps.js';
import { parseLocale } from './locale.js';
import { createLogger, requestScope, type Logger } from './logger.js';
import { Metrics, measureLiveDeliveries, serveMetrics } from './http/metrics.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import type { JobQueue } from './queue/queue.js';
import { Redis } from 'ioredis';
import { tokenRateLimits } from './modules/integration/rate-limit.js';
import { RequestFanout } from './modules/requests/request-fanout.js';
import { createServices, type Services } from './services.js';
import { startNotifications } from './modules/notifications/start-notifications.js';
import { serveUnsubscribe } from './http/unsubscribe.js';
import { startWhatsApp } from './modules/notifications/whatsapp/start-whatsapp.js';
import { serveWhatsAppWebhook } from './modules/notifications/whatsapp/webhook.js';

export interface RunningServer {
  config: Config;
  queue: JobQueue;
  url: string;
  port: number;
  orm: MikroORM;
  services: Services;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  /** True when the embedded PostgreSQL (no DATABASE_URL) is in use; it stops with close(). */
  embedded: boolean;
  /** Graceful: stops taking requests, finishes those in flight, closes sockets, the ORM and the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  onQuery?: (sql: string) => void;
  /** How long an idle pooled connection is kept (tests shorten it to see connections replaced). */
  poolIdleTimeoutMs?: number;
}

/** Boots Habite: database and migrations, services, GraphQL over HTTP and WebSocket, the two apps. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  checkConfig(config);
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? new Clock();

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
  }
  // The same pool for the embedded database as for any other PostgreSQL.
  const orm = await openOrm({
    clientUrl: databaseUrl, poolMax: config.dbPool.max, acquireTimeoutMs: config.dbPool.acquireTimeoutMs, poolIdleTimeoutMs: options.poolIdleTimeoutMs,
    statementTimeoutMs: config.dbStatementTimeoutMs, planCacheMode: config.dbPlanCacheMode, logger,
    // Statements per request, for the metrics (issue 15); and the caller's own counter (tests, benches).
    onQuery: (sql) => {
      const scope = requestScope.getStore();
      if (scope) scope.statements++;
      options.onQuery?.(sql);
    },
  });
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');

  // Issue 15: live events reach this instance's subscribers at once, and the others' through Redis (waiting for it when it is away).
  const bus = createEventBus(config.redisUrl, { logger });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, devMailbox: wantsDevMailbox(config), from: config.mailFrom, dataDir: config.dataDir, logger });
  // R-REQ-9: live requests go out on their own small pool, with the same connection settings as the ORM's.
  const live = new RequestFanout({
    databaseUrl, poolMax: config.dbPool.liveMax, em: orm.em, clock, logger,
    connection: connectionParameters({ statementTimeoutMs: config.dbStatementTimeoutMs, planCacheMode: config.dbPlanCacheMode }),
  });
  live.start(bus.pubsub);
  // R-FIN-6: the payment gateway; the demo brings its own local one (the same HTTP contract, fake-gateway.ts).
  const fakeSecret = newSecret();
  const fakeGateway = !config.paymentGateway && config.demo ? await startFakeGateway({ secretKey: fakeSecret }) : null;
  const gatewayConfig = config.paymentGateway ?? (fakeGateway ? { url: fakeGateway.url, secretKey: fakeSecret } : null);
  const gateway = gatewayConfig ? httpGateway({ ...gatewayConfig, logger }) : null;
  const services = createServices({ config, clock, logger, mailer, pubsub: bus.pubsub, live, gateway });
  // R-NOTIFY-2: WhatsApp through the Cloud API (or, in the demo, a local one speaking its contract).
  const whatsapp = await startWhatsApp(config, logger);
  // R-NOTIFY-3: the durable queue; its worker runs here unless HABITE_WORKER=off (then `npm run worker` runs it).
  const queue = await startNotifications({
    orm, notifications: services.notifications, databaseUrl, mailer, logger, config, work: config.worker === 'inline', pollingSeconds: config.queuePollSeconds,
    extraChannels: [...(whatsapp ? [whatsapp.channel] : []), await services.push.start(orm)],
  });
  // The demo's first start: today's bills digest goes out as the 08:00 job would send it (R-NOTIFY-1).
  if (config.demo && (await loadDemo(orm, services)) && config.worker === 'inline') await queue.runNow('notify.bills', {});

  const schema = await createSchema(bus.pubsub);
  const formatError = createErrorFormatter(logger, { statementTimeoutMs: config.dbStatementTimeoutMs, hideSuggestions: config.production });
  const limits = apolloLimits(config.queryLimits);

  const metrics = new Metrics({ orm, queue, logger });
  metrics.liveRelay = () => bus.relay();
  measureLiveDeliveries(schema, metrics);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  const httpServer: Server = createServer(app);

  // WebSocket on the same port and path as HTTP GraphQL.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const prepareOperation = operationPreparer(schema, config.queryLimits);
  const socketsBySession = new Map<string, Set<WebSocket>>();
  // Issue 15: a database outage while a socket authenticates, or while an operation's context reads
  // its session, closes the socket with 1013 "try again later" (reason SERVICE_UNAVAILABLE): the
  // apps' graphql-ws client reconnects with backoff, says "reconectando" meanwhile and resubscribes
  // by itself. An exception there would close it with 4500, which tells the client never to retry.
  const outageOnSocket = (socket: WebSocket, err: unknown): GraphQLError | null => {
    const answer = contextOutage(err, logger);
    if (!(answer instanceof GraphQLError) || answer.extensions.code !== 'SERVICE_UNAVAILABLE') return null;
    socket.close(WS_TRY_AGAIN_LATER, 'SERVICE_UNAVAILABLE');
    return answer;
  };
  // Issue 15: the sockets open and what runs over them, read when metrics are scraped.
  const liveSockets = new Set<{ subscriptions: Record<string, unknown> }>();
  metrics.sockets = () => ({ connections: wsServer.clients.size, operations: [...liveSockets].reduce((n, ctx) => n + Object.keys(ctx.subscriptions).length, 0) });
  const wsCleanup = useServer<Record<string, unknown>, { sessionId?: string }>(
    {
      schema,
      // The same query limits as over HTTP, before any context or resolver; then the operation's own
      // Context (forked EntityManager, fresh loaders), re-checking the session.
      onSubscribe: async (ctx, _id, payload) => {
        const prepared = prepareOperation(payload);
        if (!('schema' in prepared)) return prepared;
        try {
          return { ...prepared, contextValue: await buildContext(orm, services, wsRequestInfo(ctx, config.trustProxy), { cookies: null }) };
        } catch (err) {
          // The socket is closing: this answer is not sent, the client reconnects and asks again.
          const outage = outageOnSocket(ctx.extra.socket, err);
          if (outage) return [outage];
          throw err;
        }
      },
      // The connection authenticates once (token in connectionParams, or the session cookie of
      // the upgrade request); a token that does not open a session closes it with 4403.
      onConnect: async (ctx) => {
        liveSockets.add(ctx);
        const token = tokenOf(wsRequestInfo(ctx, config.trustProxy));
        if (!token) return true;
        let found: Awaited<ReturnType<typeof services.sessions.authenticate>>;
        try {
          found = await services.sessions.authenticate(orm.em, token);
        } catch (err) {
          // Closed with 1013 already (graphql-ws' own 4403 for `false` then goes nowhere).
          if (outageOnSocket(ctx.extra.socket, err)) return false;
          throw err;
        }
        if (!found) return false;
        const sessionId = found.session.id;
        ctx.extra.sessionId = sessionId;
        const sockets = socketsBySession.get(sessionId) ?? new Set();
        sockets.add(ctx.extra.socket);
        socketsBySession.set(sessionId, sockets);
        return true;
      },
      onClose: (ctx) => {
        liveSockets.delete(ctx);
        const id = ctx.extra.sessionId;
        if (id) socketsBySession.get(id)?.delete(ctx.extra.socket);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON?.() ?? (e as GraphQLFormattedError), e)) as never } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)) as never,
    },
    wsServer,
  );

  // A revoked session's sockets close shortly after the revocation event reaches them (code 4401).
  const revocations = bus.pubsub.subscribe('sessions.revoked');
  const staleSessions = bus.pubsub.subscribe('sessions.stale');
  void (async () => {
    for await (const event of staleSessions) services.sessions.forget(event);
  })();
  void (async () => {
    for await (const event of revocations) {
      services.sessions.forget({ sessionIds: event.sessionIds });
      for (const id of event.sessionIds) {
        for (const socket of socketsBySession.get(id) ?? []) setTimeout(() => socket.close(4401, 'Sessão encerrada'), 500).unref();
        socketsBySession.delete(id);
      }
    }
  })();

  // R-SYNC-1: tokens' budgets are shared by every instance through Redis, when there is one.
  const limiterRedis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, enableOfflineQueue: false }) : null;
  // Issue 15: Redis away is logged once (not an unhandled 'error' per reconnection attempt); /readyz reports it.
  let limiterRedisDown = false;
  limiterRedis?.on('error', (err: Error) => {
    if (!limiterRedisDown) logger.warn({ err: err.message }, 'Redis unreachable: tokens\' budgets are counted per instance meanwhile');
    limiterRedisDown = true;
  }).on('ready', () => { limiterRedisDown = false; });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGINT/SIGTERM and calls close(), which stops Apollo in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // Habite gives no cache hints; Apollo's cache-control plugin would wrap every field resolver
      // to collect them. Answers are never cached instead (`no-store`, below).
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(logger, metrics),
      outagePlugin(),
      limits.plugin,
      tokenRateLimits(config.tokenLimits, limiterRedis),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  let shuttingDown = false;
  serveMetrics(app, metrics, config.metricsToken);
  serveHealth(app, { orm, queue, redis: limiterRedis, liveRelay: () => bus.relay(), logger, shuttingDown: () => shuttingDown });
  app.use(
    '/graphql',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    // Room for an ERP batch of 5,000 rows (R-SYNC-2); documents themselves are bounded by their tokens.
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const info = requestInfo(req, config.trustProxy);
        // An outage while reading the session is answered as one (503, SERVICE_UNAVAILABLE).
        return buildContext(orm, services, info, {
          cookies: {
            set: (name, value, maxAge) => res.append('Set-Cookie', serializeCookie(name, value, maxAge, info.secure)),
            clear: (name) => res.append('Set-Cookie', serializeCookie(name, '', 0, info.secure)),
          },
        }).catch((err: unknown) => { throw contextOutage(err, logger); });
      },
    }),
  );
  serveFiles(app, { orm, services, trustProxy: config.trustProxy, logger });
  serveDataExport(app, { orm, services, schema, trustProxy: config.trustProxy, logger });
  serveManifest(app, { orm, trustProxy: config.trustProxy, logger });
  serveFinanceDocuments(app, { orm, services, trustProxy: config.trustProxy, logger });
  if (mailer.mailbox) serveDevMailbox(app, mailer.mailbox);
  serveUnsubscribe(app, { orm, services, logger });
  if (whatsapp) {
    serveWhatsAppWebhook(app, {
      appSecret: whatsapp.appSecret, verifyToken: whatsapp.verifyToken, logger,
      onReport: (report) => services.notifications.report(report),
      onInbound: (message) => services.notifications.inbound({ waId: message.waId, phone: message.phone, text: message.text, at: message.at }),
    });
  }
  serveApps(app, { client: config.clientDist, admin: config.adminDist }, logger);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  services.notifications.base = url;
  whatsapp?.fake?.setWebhookUrl(`http://127.0.0.1:${port}/webhooks/whatsapp`);
  logger.info({ url, graphql: `${url}/graphql`, database: embedded ? 'embedded' : 'postgresql', redis: Boolean(config.redisUrl) }, 'Habite is up');

  let closing: Promise<void> | null = null;
  return {
    config, queue, url, port, orm, services, clock, logger, mailer, embedded: Boolean(embedded),
    close: () =>
      (closing ??= (async () => {
        const step = async (name: string, fn: () => unknown) => {
          logger.debug({ step: name }, 'shutdown step');
          await fn();
        };
        // Readiness turns false first: a load balancer stops sending before connections drain.
        shuttingDown = true;
        if (config.readinessDrainMs > 0) await step('readiness reported down', () => new Promise((r) => setTimeout(r, config.readinessDrainMs)));
        await step('http and websocket drained', () => apollo.stop());
        await step('live fan-out stopped', () => live.stop());
        await step('job queue stopped', () => queue.stop());
        await step('whatsapp closed', async () => whatsapp?.close());
        await step('event bus closed', async () => {
          await revocations.return?.();
          await staleSessions.return?.();
          await bus.close();
        });
        await step('mailer closed', () => mailer.close());
        await step('fake payment gateway closed', async () => fakeGateway?.close());
        await step('rate limiter closed', async () => {
          await limiterRedis?.quit().catch(() => limiterRedis.disconnect());
        });
        await step('orm closed', () => orm.close(true));
        await step('embedded database closed', () => embedded?.close());
        logger.info('Habite stopped');
      })()),
  };
}

/** WebSocket close code 1013, "Try Again Later": graphql-ws clients reconnect after it. */
const WS_TRY_AGAIN_LATER = 1013;

/** A WebSocket's request facts: its upgrade request, with the app and token it names in connectionParams. */
function wsRequestInfo(ctx: { extra: { request: IncomingMessage }; connectionParams?: Readonly<Record<string, unknown>> }, trustProxy: boolean): RequestInfo {
  const info = requestInfo(ctx.extra.request, trustProxy);
  const params = ctx.connectionParams;
  const app = params?.app === 'admin' || params?.app === 'client' ? params.app : info.app;
  const bearer = typeof params?.token === 'string' ? params.token : info.bearer;
  return { ...info, app, bearer, locale: params?.locale === undefined ? info.locale : parseLocale(params.locale) };
}
