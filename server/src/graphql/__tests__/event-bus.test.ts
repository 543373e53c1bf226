import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../logger.js';
import { freePort, PrivateRedis, REDIS_SERVER, warnWithoutRedisServer } from '../../test/redis-server.js';
import { createEventBus, stampOf, type FinanceChanged } from '../pubsub.js';

// Issue 15: "Redis down: live updates keep working within each instance and catch up across instances when Redis returns; nothing crashes."
warnWithoutRedisServer('event-bus.test.ts');

const event = (n: number): FinanceChanged => ({ companyId: 'empresa', reservationIds: [`venda-${n}`] });

/** A bus with its log lines kept, and what its own subscribers of `finance.changed` received. */
function aBus(redisUrl: string, options: { waitingMax?: number; waitingMs?: number; lateMs?: number } = {}) {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const bus = createEventBus(redisUrl, { logger, ...options });
  const received: string[] = [];
  const payloads: FinanceChanged[] = [];
  const events = bus.pubsub.subscribe('finance.changed');
  void (async () => {
    for await (const e of events) {
      received.push(e.reservationIds[0]!);
      payloads.push(e);
    }
  })();
  return { bus, logs, received, payloads, stop: async () => { await events.return(); await bus.close(); } };
}

const open: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.stop()));
  vi.restoreAllMocks();
});

describe('issue 15: live events while Redis is away', () => {
  it('issue 15: Redis unreachable: publishing neither throws nor waits, the instance\'s own subscribers get every event at once and once, events for the other instances wait within their bounds (the oldest given up, logged), nothing is left unhandled', async () => {
    const consoleErrors = vi.spyOn(console, 'error');
    // Nothing listens on this port.
    const a = aBus(`redis://127.0.0.1:${await freePort()}`, { waitingMax: 3 });
    open.push(a);
    const started = performance.now();
    for (let n = 1; n <= 5; n++) a.bus.pubsub.publish('finance.changed', event(n));
    expect(performance.now() - started).toBeLessThan(50);
    await expect.poll(() => a.received).toEqual(['venda-1', 'venda-2', 'venda-3', 'venda-4', 'venda-5']);
    // Stamped when published (the fan-out latency metric).
    const stamped = event(6);
    a.bus.pubsub.publish('finance.changed', stamped);
    expect(stampOf(stamped)).toMatchObject({ kind: 'finance.changed' });
    expect(a.bus.relay()).toEqual({ connected: false, waiting: 3, dropped: 3 });
    await expect.poll(() => a.logs.map((l) => l.msg)).toContain('Redis unreachable: live events reach this instance\'s subscribers only; those for the other instances wait');
    expect(a.logs.map((l) => l.msg)).toContain('Redis unreachable for too long: the oldest live events for the other instances are given up');
    await new Promise((r) => setTimeout(r, 300));
    expect(a.received).toHaveLength(6);
    expect(consoleErrors).not.toHaveBeenCalled();
  });

  it('issue 15: events older than the wait allows are given up too', async () => {
    const a = aBus(`redis://127.0.0.1:${await freePort()}`, { waitingMs: 100 });
    open.push(a);
    a.bus.pubsub.publish('finance.changed', event(1));
    a.bus.pubsub.publish('finance.changed', event(2));
    await new Promise((r) => setTimeout(r, 200));
    a.bus.pubsub.publish('finance.changed', event(3));
    expect(a.bus.relay()).toMatchObject({ waiting: 1, dropped: 2 });
  });

  it.skipIf(!REDIS_SERVER)('issue 15: when Redis returns, what waited reaches the other instance in order and once, stamped late (a request then goes out with its current status); no instance hears its own events back', async () => {
    const consoleErrors = vi.spyOn(console, 'error');
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    try {
      const a = aBus(redis.url, { waitingMax: 3 });
      const b = aBus(redis.url, { waitingMax: 3, lateMs: 500 });
      open.push(a, b);
      await expect.poll(() => [a.bus.relay()?.connected, b.bus.relay()?.connected]).toEqual([true, true]);
      a.bus.pubsub.publish('finance.changed', event(0));
      await expect.poll(() => b.received).toEqual(['venda-0']);

      await redis.kill();
      for (let n = 1; n <= 5; n++) a.bus.pubsub.publish('finance.changed', event(n));
      await expect.poll(() => a.received).toEqual(['venda-0', 'venda-1', 'venda-2', 'venda-3', 'venda-4', 'venda-5']);
      await expect.poll(() => a.bus.relay()).toMatchObject({ connected: false, waiting: 3, dropped: 2 });
      await new Promise((r) => setTimeout(r, 600));

      await redis.start();
      // The last three that waited (the bound), in order; the first two were given up.
      await expect.poll(() => b.received, { timeout: 10_000 }).toEqual(['venda-0', 'venda-3', 'venda-4', 'venda-5']);
      await expect.poll(() => a.bus.relay(), { timeout: 5_000 }).toMatchObject({ connected: true, waiting: 0 });
      b.bus.pubsub.publish('finance.changed', event(6));
      await expect.poll(() => a.received).toEqual(['venda-0', 'venda-1', 'venda-2', 'venda-3', 'venda-4', 'venda-5', 'venda-6']);
      await new Promise((r) => setTimeout(r, 500));
      // Nobody heard anything twice (its own events back from Redis included).
      expect(a.received).toHaveLength(7);
      expect(b.received).toEqual(['venda-0', 'venda-3', 'venda-4', 'venda-5', 'venda-6']);
      // What waited for Redis is late; what went through at once is not (request-fanout.ts reads the current status of a late one).
      expect(b.payloads.map((p) => stampOf(p)?.late ?? false)).toEqual([false, true, true, true, false]);
      expect(a.payloads.map((p) => stampOf(p)?.late ?? false)).toEqual([false, false, false, false, false, false, false]);
      expect(stampOf(a.payloads.at(-1))).toMatchObject({ kind: 'finance.changed' });
      expect(a.logs.map((l) => l.msg)).toContain('Redis reachable again: live events that waited go out');
      expect(consoleErrors).not.toHaveBeenCalled();
    } finally {
      await redis.kill();
    }
  }, 30_000);
});
