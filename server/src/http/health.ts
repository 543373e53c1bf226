import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import { migrationsList } from '../db/migrations/index.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../queue/queue.js';
import { query } from '../modules/visibility/sql.js';

/** One dependency's answer: up or not, how long it took, and why not in words. */
interface Check {
  ok: boolean;
  ms: number;
  error?: string;
  /** Redis: live events for the other instances waiting for it, and given up since start. */
  waitingEvents?: number;
  droppedEvents?: number;
}

export interface HealthOptions {
  orm: MikroORM;
  queue: JobQueue;
  /** The Redis client when REDIS_URL is set (live events across instances, tokens' budgets). */
  redis: Redis | null;
  /** The live events' Redis relay (graphql/pubsub.ts): how many events for the other instances wait for Redis. */
  liveRelay?: () => { waiting: number; dropped: number } | null;
  logger: Logger;
  /** True from the moment shutdown starts: a load balancer stops sending before connections drain. */
  shuttingDown(): boolean;
  /** Each check gives up after this long (the endpoint answers in about this much at worst). */
  timeoutMs?: number;
}

const timed = async (timeoutMs: number, run: () => Promise<unknown>): Promise<Check> => {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([run(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`sem resposta em ${timeoutMs} ms`)), timeoutMs); })]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - started), error: (err as Error).message || String(err) };
  } finally {
    clearTimeout(timer);
  }
};

/**
 * PING, once the client is connected. The client refuses commands until then (no offline queue:
 * a budget check must not wait for Redis), so right after start — or while it reconnects — the
 * check waits for the connection, within the check's time, instead of failing at once.
 */
async function ping(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status !== 'ready') {
    if (redis.status === 'end') throw new Error('conexão com o Redis encerrada');
    let onReady: () => void = () => undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        onReady = resolve;
        redis.once('ready', onReady);
        timer = setTimeout(() => reject(new Error(`sem conexão com o Redis em ${timeoutMs} ms`)), timeoutMs);
      });
    } finally {
      clearTimeout(timer);
      redis.off('ready', onReady);
    }
  }
  await redis.ping();
}

/**
 * Issue 15: `/healthz` — the process answers (liveness: restart it if not); `/readyz` — it can serve
 * (PostgreSQL reachable, every migration applied, the queue running, not shutting down): 200 or
 * 503, with a JSON body naming each check. Redis (when configured) is checked and reported, but
 * its absence only makes the instance `degraded`, still ready: every instance keeps serving HTTP
 * and its own live events, tokens' budgets are counted per instance meanwhile, and live events for
 * the other instances wait for Redis (graphql/pubsub.ts). Taking every instance out of the load
 * balancer for that would turn a partial outage into a total one.
 */
export function serveHealth(app: Express, options: HealthOptions): void {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const expected = migrationsList.map((m) => m.name);
  let migrationsDone = false;

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true, uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, Check> = {};
    const [database, migrations, redis] = await Promise.all([
      timed(timeoutMs, () => query(options.orm.em.fork(), 'select 1 as one', {})),
      // Once all were seen applied they stay applied (a migration is never undone at run time).
      migrationsDone ? Promise.resolve({ ok: true, ms: 0 }) : timed(timeoutMs, async () => {
        const rows = await query<{ name: string }>(options.orm.em.fork(), 'select name from mikro_orm_migrations', {});
        const applied = new Set(rows.map((r) => r.name));
        const missing = expected.filter((name) => !applied.has(name));
        if (missing.length) throw new Error(`migrações pendentes: ${missing.join(', ')}`);
        migrationsDone = true;
      }),
      options.redis ? timed(timeoutMs, () => ping(options.redis!, timeoutMs)) : Promise.resolve(null),
    ]);
    checks.database = database;
    checks.migrations = migrations;
    const relay = options.liveRelay?.() ?? null;
    if (redis) checks.redis = relay ? { ...redis, waitingEvents: relay.waiting, droppedEvents: relay.dropped } : redis;
    checks.queue = options.queue.running ? { ok: true, ms: 0 } : { ok: false, ms: 0, error: 'a fila de envios não está rodando' };
    const shuttingDown = options.shuttingDown();
    const ready = !shuttingDown && Object.entries(checks).every(([name, c]) => c.ok || name === 'redis');
    const degraded = ready && Object.values(checks).some((c) => !c.ok);
    if (!ready) options.logger.warn({ checks, shuttingDown }, 'not ready');
    else if (degraded) options.logger.warn({ checks }, 'degraded');
    res.setHeader('Cache-Control', 'no-store');
    res.status(ready ? 200 : 503).json({ ready, degraded, shuttingDown, checks });
  });
}
