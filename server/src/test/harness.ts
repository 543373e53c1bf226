import 'reflect-metadata';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startServer, type RunningServer, type StartOptions } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import { cloneTemplate, databaseUrl, dropDatabase } from './database.js';
import { GraphQLClient } from './graphql-client.js';
import { SmtpCapture } from './smtp.js';

export interface TestServer extends RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  database: string | null;
  smtp: SmtpCapture;
  /** A fresh EntityManager for arranging data and checking what was written. */
  em(): RunningServer['orm']['em'];
  client(options?: ConstructorParameters<typeof GraphQLClient>[1]): GraphQLClient;
  /** Every SQL statement the ORM sends, in order (tests read and clear it to count statements). */
  sql: string[];
  /** Every log line the server wrote (parsed), whatever TEST_LOG_LEVEL says is printed. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** false: the server gets no SMTP_URL (the capture still runs, and receives nothing). */
  smtp?: boolean;
  /**
   * `migrated` (default): a clone of the migrated template. `demo`: a clone of the template with
   * the demo loaded (browser tests; their global setup makes it). `embedded`: no DATABASE_URL — the
   * embedded PostgreSQL in the server's DATA_DIR, on a free port.
   */
  database?: 'migrated' | 'demo' | 'embedded';
  poolIdleTimeoutMs?: StartOptions['poolIdleTimeoutMs'];
}

/** A temporary DATA_DIR. mkdtemp makes it 0700; as root, the embedded PostgreSQL runs as `postgres` and must reach it. */
export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'habite-test-'));
  await chmod(dir, 0o755);
  return dir;
}

/**
 * The real server, booted once per test file on its own database (cloned from the migrated
 * template unless `options.database` says otherwise), talking SMTP to an in-process mail server.
 * Tests reach it only over HTTP/WebSocket. `overrides` go to the config as the environment would
 * (`demo`, `production`, `devMailbox`, `host`…).
 */
export async function startTestServer(overrides: Partial<Config> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const kind = options.database ?? 'migrated';
  // A second instance on the same database (overrides.databaseUrl) clones nothing and drops nothing.
  const database = overrides.databaseUrl || kind === 'embedded' ? null : await cloneTemplate(inject(kind === 'demo' ? 'demoTemplateDatabase' : 'templateDatabase'));
  const smtp = new SmtpCapture();
  const smtpUrl = await smtp.start();
  // A DATA_DIR given by the test (to restart on it) is the test's to remove.
  const ownDataDir = overrides.dataDir ? null : await tempDataDir();
  const dataDir = overrides.dataDir ?? ownDataDir!;
  // The demo's database comes with its documents' files.
  if (kind === 'demo' && ownDataDir) await cp(join(inject('demoTemplateDataDir'), 'files'), join(dataDir, 'files'), { recursive: true });
  const config = loadConfig(
    {},
    {
      databaseUrl: database ? databaseUrl(database) : undefined,
      // Test files run in parallel: each embedded PostgreSQL takes a free port.
      embeddedPgPort: 0,
      port: 0,
      host: '127.0.0.1',
      smtpUrl: options.smtp === false ? undefined : smtpUrl,
      dataDir,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
      // Argon2id still, at a cost that keeps the suite fast.
      argon2: { memoryCost: 1024, timeCost: 1 },
      clientDist: join(dataDir, 'no-client-build'),
      adminDist: join(dataDir, 'no-admin-build'),
      shutdownGraceMs: 2000,
      // Tests change accounts and portals straight in the database: every request reads its session
      // (the cache has tests of its own, auth/__tests__/session-cache.test.ts).
      sessionCacheMs: 0,
      // Jobs queued by the server wake its worker at once; this is only the idle poll.
      queuePollSeconds: 0.5,
      ...overrides,
    },
  );
  const sql: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const printed = process.env.TEST_LOG_LEVEL;
  // Kept in memory (from info up) so tests can read what was logged; printed too when TEST_LOG_LEVEL asks.
  const logger = createLogger(printed && printed !== 'silent' ? printed : 'info', {
    write(line: string) {
      logs.push(JSON.parse(line) as Record<string, unknown>);
      if (printed && printed !== 'silent') process.stdout.write(line);
    },
  });
  const cleanUp = async () => {
    await smtp.stop();
    if (database) await dropDatabase(database);
    if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
  };
  let server: RunningServer;
  try {
    server = await startServer(config, { logger, onQuery: (statement) => sql.push(statement), poolIdleTimeoutMs: options.poolIdleTimeoutMs });
  } catch (err) {
    // A server that refuses to start (a test of the refusal) leaves nothing behind.
    await cleanUp();
    throw err;
  }
  const url = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    url,
    database,
    smtp,
    sql,
    logs,
    em: () => server.orm.em.fork(),
    client: (options) => new GraphQLClient(url, options),
    async stop() {
      await server.close();
      await cleanUp();
    },
  };
}
