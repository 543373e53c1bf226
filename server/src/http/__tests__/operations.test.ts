import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aCompanyWithPortal, anAccount, signedIn } from '../../test/builders.js';
import { GraphQLClient, subscribe } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { httpExchange } from '../../test/http.js';
import { freePort, PrivateRedis, REDIS_SERVER, warnWithoutRedisServer } from '../../test/redis-server.js';
import { aCpf, World } from '../../test/world.js';

// Issue 15: running Habite unattended — health, readiness, request ids, metrics, outages answered as outages.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const METRICS_TOKEN = 'metricas-de-teste-123';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ redisUrl: REDIS_URL, metricsToken: METRICS_TOKEN });
});
afterAll(() => server?.stop());

/** A GET as a load balancer or scraper makes it (the body as text). */
const get = async (url: string, headers: Record<string, string> = {}) => {
  const r = await httpExchange(url, { headers });
  return { status: r.status, headers: r.headers, body: r.body.toString('utf8') };
};

const CREATE = `mutation CriarCliente($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
const LIST = `query ListarClientes { customers(first: 5) { nodes { id } } }`;
const STAFF_LIST = `subscription { requestListChanged { id status { name } } }`;
const SESSION_EVENTS = `subscription { sessionEvents { kind } }`;
const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

warnWithoutRedisServer('operations.test.ts');

/**
 * A TCP proxy in front of PostgreSQL or Redis that a test can cut (every connection dropped, new
 * ones refused) and restore, or hold (new connections are accepted and wait, silent) and release.
 */
class CuttableProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private cut = false;
  private held: Promise<void> | null = null;
  private releaseHeld: () => void = () => undefined;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer(async (client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      if (this.held) {
        client.pause();
        this.sockets.add(client);
        await this.held;
        client.resume();
      }
      const upstream = connect(this.target.port, this.target.host);
      this.sockets.add(client).add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
      client.pipe(upstream).pipe(client);
    });
  }

  async start(): Promise<number> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return (this.server.address() as AddressInfo).port;
  }

  drop(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): void {
    this.cut = false;
  }

  hold(): void {
    this.held = new Promise((resolve) => { this.releaseHeld = resolve; });
  }

  release(): void {
    this.held = null;
    this.releaseHeld();
  }

  async close(): Promise<void> {
    this.drop();
    await new Promise((r) => this.server.close(r));
  }
}

describe('issue 15: health, readiness, request ids and metrics', () => {
  it('issue 15: /healthz answers that the process is up; /readyz checks PostgreSQL, the migrations, Redis and the queue, each with its time', async () => {
    const health = await get(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
    const ready = await get(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = JSON.parse(ready.body);
    expect(body).toMatchObject({ ready: true, shuttingDown: false });
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'migrations', 'queue', 'redis']);
    for (const [name, check] of Object.entries(body.checks) as [string, { ok: boolean; ms: number }][]) {
      expect(check.ok, `${name}: ${JSON.stringify(check)}`).toBe(true);
      expect(check.ms, name).toBeLessThan(1_000);
    }
  });

  it('issue 15: /readyz asked right after start, before Redis has answered: the Redis check waits for the connection within its time instead of failing at once', async () => {
    const target = new URL(REDIS_URL);
    const proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 6379) });
    proxy.hold();
    const port = await proxy.start();
    const other = await startTestServer({ redisUrl: `redis://127.0.0.1:${port}` });
    try {
      const asked = get(`${other.url}/readyz`);
      setTimeout(() => proxy.release(), 200);
      const body = JSON.parse((await asked).body);
      expect(body.checks.redis, JSON.stringify(body.checks.redis)).toMatchObject({ ok: true });
      expect(body).toMatchObject({ ready: true, degraded: false });
    } finally {
      proxy.release();
      await other.stop();
      await proxy.close();
    }
  });

  it('issue 15: readiness turns false as soon as shutdown starts, before connections are drained', async () => {
    const other = await startTestServer({ readinessDrainMs: 1_500 });
    expect((await get(`${other.url}/readyz`)).status).toBe(200);
    const stopping = other.close();
    const during = await get(`${other.url}/readyz`);
    expect(during.status).toBe(503);
    expect(JSON.parse(during.body)).toMatchObject({ ready: false, shuttingDown: true });
    // Liveness still answers: the process is fine, it is leaving.
    expect((await get(`${other.url}/healthz`)).status).toBe(200);
    await stopping;
    await other.stop();
  });

  it('issue 15: every response carries an X-Request-Id (the caller\'s when it is sane), and every log line of that request names it', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    server.logs.length = 0;
    await client.request(LIST, {}, { 'x-request-id': 'lb-2026-abc.123' });
    expect(client.lastResponse?.headers.get('x-request-id')).toBe('lb-2026-abc.123');
    const line = server.logs.find((l) => l.msg === 'graphql' && l.operation === 'ListarClientes');
    expect(line).toMatchObject({ requestId: 'lb-2026-abc.123' });
    expect(line?.errors).toBeUndefined();
    expect(typeof line?.statements).toBe('number');
    // An error logged while serving it names the same request.
    server.logs.length = 0;
    await client.request(`query Quebrado { portal(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { 'x-request-id': 'req-404' });
    expect(server.logs.filter((l) => l.requestId === 'req-404').map((l) => l.msg)).toContain('graphql');
    // Something that could break a log line is not taken: a fresh id instead.
    await client.request(LIST, {}, { 'x-request-id': 'a b"c' });
    expect(client.lastResponse?.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const plain = await get(`${server.url}/healthz`);
    expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('issue 15: /metrics (Prometheus) only with METRICS_TOKEN: operations by name and outcome, latency, SQL statements, the pool, WebSockets, the queue, sign-in refusals, live-event fan-out latency', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    // A live event reaches a subscriber (staff watching the requests' list).
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const ws = client.ws();
    const live = subscribe(ws, STAFF_LIST);
    await settle();
    await client.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id } });
    expect((await live.next(1, 3000)).map((e) => e.data?.requestListChanged.id)).toEqual([request.id]);
    await ws.dispose();
    await client.ok(LIST);
    await client.request(CREATE, { i: { name: 'X', document: '123', email: 'nao-e-email' } });
    await new GraphQLClient(server.url, { app: 'admin' }).request(`mutation EntrarErrado { signIn(input: { login: "ninguem@teste.dev", password: "errada-123", kind: STAFF }) { token } }`);

    expect((await get(`${server.url}/metrics`)).status).toBe(401);
    expect((await get(`${server.url}/metrics`, { authorization: 'Bearer errado' })).status).toBe(401);
    const scraped = await get(`${server.url}/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(scraped.status).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/text\/plain/);
    const text = scraped.body;
    expect(text).toMatch(/habite_graphql_operations_total\{operation="ListarClientes",outcome="OK"\} [1-9]/);
    expect(text).toMatch(/habite_graphql_operations_total\{operation="CriarCliente",outcome="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/habite_graphql_operation_seconds_bucket\{le="[\d.+Inf]+",operation="ListarClientes"\}/);
    expect(text).toMatch(/habite_graphql_sql_statements_sum\{operation="ListarClientes"\} [1-9]/);
    expect(text).toMatch(/habite_auth_refusals_total\{code="INVALID_CREDENTIALS"\} [1-9]/);
    for (const name of ['habite_db_pool_in_use', 'habite_db_pool_waiting', 'habite_websocket_connections', 'habite_websocket_operations', 'habite_process_resident_memory_bytes']) {
      expect(text).toMatch(new RegExp(`^${name} \\d+`, 'm'));
    }
    expect(text).toMatch(/habite_queue_depth\{kind="notify\.\w+"\} \d+/);
    expect(text).toMatch(/habite_queue_failures\{kind="\w+(\.\w+)*"\} \d+/);
    // Publication to the subscriber's delivery, by event kind (one observation per delivery).
    expect(text).toMatch(/habite_live_event_fanout_seconds_bucket\{le="\+Inf",kind="request\.changed"\} [1-9]/);
    expect(text).toMatch(/habite_live_event_fanout_seconds_count\{kind="request\.changed"\} [1-9]/);
    expect(text).toMatch(/^habite_live_events_waiting 0$/m);
  });

  it('issue 15: without METRICS_TOKEN there is no /metrics page', async () => {
    const other = await startTestServer();
    try {
      expect((await get(`${other.url}/metrics`)).status).toBe(404);
    } finally {
      await other.stop();
    }
  });
});

describe('issue 15: outages answered as outages', () => {
  it('issue 15: PostgreSQL ends every backend of the database, three times, during concurrent writes and reads: no INTERNAL_SERVER_ERROR, failures are SERVICE_UNAVAILABLE (503, Retry-After), no acknowledged write is lost, and Habite recovers by itself', async () => {
    const world = await World.create(server);
    const clients = await Promise.all(Array.from({ length: 4 }, async () => (await world.staff()).client));
    const acknowledged: string[] = [];
    const refusals: { code: unknown; status: number | undefined; retryAfter: string | null | undefined }[] = [];
    let reads = 0;
    let running = true;
    const loop = async (client: GraphQLClient, i: number) => {
      let n = 0;
      while (running) {
        const write = n++ % 2 === 0;
        const answer = write
          ? await client.request<{ createCustomer: { id: string } }>(CREATE, { i: { name: `Cliente ${i}-${n}`, document: aCpf(), email: `c${i}-${n}-${Date.now()}@teste.dev` } })
          : await client.request(LIST);
        if (answer.errors?.length) {
          for (const e of answer.errors) refusals.push({ code: e.extensions?.code, status: client.lastResponse?.status, retryAfter: client.lastResponse?.headers.get('retry-after') });
        } else if (write) acknowledged.push((answer.data as { createCustomer: { id: string } }).createCustomer.id);
        else reads++;
      }
    };
    const loops = clients.map((client, i) => loop(client, i));

    const admin = new pg.Client({ connectionString: server.config.databaseUrl!.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      for (let round = 0; round < 3; round++) {
        await new Promise((r) => setTimeout(r, 400));
        const { rows } = await admin.query(`select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [server.database]);
        expect(rows.length).toBeGreaterThan(0);
      }
      await new Promise((r) => setTimeout(r, 400));
    } finally {
      running = false;
      await Promise.all(loops);
      await admin.end();
    }

    expect(refusals.filter((r) => r.code !== 'SERVICE_UNAVAILABLE'), JSON.stringify(server.logs.filter((l) => l.msg === 'unexpected error'))).toEqual([]);
    for (const refusal of refusals) {
      expect(refusal.status).toBe(503);
      expect(Number(refusal.retryAfter)).toBeGreaterThan(0);
    }
    // Every write the API acknowledged is there.
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = new Set((await server.em().getConnection().execute<{ id: string }[]>(`select id from customer where id in (?)`, [acknowledged])).map((r) => r.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    // The kills did land on requests (else this test proves nothing).
    expect(refusals.length).toBeGreaterThan(0);
    // Recovered without a restart: the next calls answer.
    for (const client of clients) await client.ok(LIST);
    expect((await get(`${server.url}/readyz`)).status).toBe(200);
  });

  it('issue 15: PostgreSQL unreachable while a WebSocket signs in or an operation reads its session: the socket closes with 1013 SERVICE_UNAVAILABLE (the apps reconnect and resubscribe), never 4500 (an internal error, never retried); it serves again once PostgreSQL is back', async () => {
    const direct = new URL(server.config.databaseUrl!);
    const proxy = new CuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const proxied = new URL(direct);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(await proxy.start());
    const other = await startTestServer({ databaseUrl: proxied.toString() });
    const sockets: { dispose(): void | Promise<void> }[] = [];
    try {
      const world = await World.create(server);
      const { client } = await world.staff();
      const onOther = new GraphQLClient(other.url, { app: 'admin' });
      for (const [name, value] of client.cookies) onOther.cookies.set(name, value);
      const closeOf = (error: unknown) => ({ code: (error as { code?: number } | null)?.code, reason: (error as { reason?: string } | null)?.reason });

      // A socket that signed in while PostgreSQL answered; then PostgreSQL goes away and it asks for one more subscription.
      const first = onOther.ws();
      sockets.push(first);
      const watching = subscribe(first, SESSION_EVENTS);
      await settle();
      expect(watching.error).toBeNull();
      proxy.drop();
      const more = subscribe(first, STAFF_LIST);
      await expect.poll(() => more.error, { timeout: 5_000 }).not.toBeNull();
      expect(closeOf(more.error)).toEqual({ code: 1013, reason: 'SERVICE_UNAVAILABLE' });
      expect(closeOf(watching.error)).toEqual({ code: 1013, reason: 'SERVICE_UNAVAILABLE' });

      // A new socket while PostgreSQL is away: refused the same way when it signs in.
      const second = onOther.ws();
      sockets.push(second);
      const refused = subscribe(second, SESSION_EVENTS);
      await expect.poll(() => refused.error, { timeout: 5_000 }).not.toBeNull();
      expect(closeOf(refused.error)).toEqual({ code: 1013, reason: 'SERVICE_UNAVAILABLE' });

      // PostgreSQL is back: the next socket (the apps' client reconnecting) serves, by itself.
      proxy.restore();
      const third = onOther.ws();
      sockets.push(third);
      let back!: ReturnType<typeof subscribe>;
      await expect.poll(async () => {
        back = subscribe(third, SESSION_EVENTS);
        await settle();
        return back.error === null;
      }, { timeout: 10_000 }).toBe(true);
      await onOther.ok(`mutation { signOut }`);
      expect(await back.next(1, 3_000)).toEqual([{ data: { sessionEvents: { kind: 'SIGNED_OUT' } } }]);

      expect(other.logs.filter((l) => l.msg === 'database unavailable').length).toBeGreaterThan(0);
      expect(other.logs.filter((l) => l.msg === 'unexpected error')).toEqual([]);
    } finally {
      proxy.restore();
      await Promise.all(sockets.map((s) => s.dispose()));
      await other.stop();
      await proxy.close();
    }
  });
});

describe('issue 15: more than one instance (same PostgreSQL, same Redis)', () => {
  it('issue 15: a person whose HTTP lands on instance A and WebSocket on instance B: signing out on A ends the socket on B', async () => {
    const b = await startTestServer({ redisUrl: REDIS_URL, databaseUrl: server.config.databaseUrl });
    try {
      const { company, headers } = await aCompanyWithPortal(server);
      const who = await anAccount(server, company);
      const onA = await signedIn(server, who, headers);
      // The same cookies, but the socket goes to B (the load balancer chose it).
      const onB = new GraphQLClient(b.url, { headers });
      for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
      const ws = onB.ws();
      const sub = subscribe(ws, `subscription { sessionEvents { kind } }`);
      await new Promise((r) => setTimeout(r, 300));
      await onA.ok(`mutation { signOut }`);
      const [event] = await sub.next(1, 3000);
      expect(event).toEqual({ data: { sessionEvents: { kind: 'SIGNED_OUT' } } });
      // And B closes the socket itself (4401), not only tells it.
      await expect.poll(() => sub.completed || Boolean(sub.error), { timeout: 3000 }).toBe(true);
      // B no longer takes the session either.
      expect((await onB.request(`{ me { id } }`)).data?.me ?? null).toBeNull();
      await ws.dispose();
    } finally {
      await b.stop();
    }
  });
});

describe('issue 15: Redis down (a redis-server of the test\'s own, two instances)', () => {
  it.skipIf(!REDIS_SERVER)('issue 15: Redis stops: live updates keep working within each instance, nothing crashes, /readyz says degraded (still ready); Redis returns: each instance catches up on the other\'s events it missed, later events flow, none arrives twice', async () => {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    // ioredis reports an 'error' nobody listens to on the console; none may be left unhandled.
    const consoleErrors = vi.spyOn(console, 'error');
    const a = await startTestServer({ redisUrl: redis.url });
    const b = await startTestServer({ redisUrl: redis.url, databaseUrl: a.config.databaseUrl });
    const sockets: { dispose(): void | Promise<void> }[] = [];
    try {
      const world = await World.create(a);
      const ana = await world.customer();
      const { unit } = await world.soldUnit(ana.customer);
      const [r1, r2, r3, r4] = await Promise.all([1, 2, 3, 4].map(() => world.request({ openedBy: ana.account, unit })));
      // One member of staff with a socket on each instance, watching the requests' list.
      const { client: staffOnA } = await world.staff();
      const staffOnB = new GraphQLClient(b.url, { app: 'admin' });
      for (const [name, value] of staffOnA.cookies) staffOnB.cookies.set(name, value);
      const wsA = staffOnA.ws();
      const wsB = staffOnB.ws();
      sockets.push(wsA, wsB);
      const onA = subscribe(wsA, STAFF_LIST);
      const onB = subscribe(wsB, STAFF_LIST);
      await settle();
      const seen = (sub: typeof onA) => sub.events.map((e) => e.data?.requestListChanged.id);
      const change = (client: GraphQLClient, request: { id: string }) => client.ok(CHANGE, { i: { requestId: request!.id, statusId: world.statuses.doing.id } });

      // Redis up: a change through A reaches both.
      await change(staffOnA, r1!);
      await expect.poll(() => [seen(onA), seen(onB)], { timeout: 3_000 }).toEqual([[r1!.id], [r1!.id]]);

      // Redis crashes. Each instance's own subscribers still hear its changes at once.
      await redis.kill();
      let started = Date.now();
      await change(staffOnA, r2!);
      await expect.poll(() => seen(onA), { timeout: 1_000 }).toEqual([r1!.id, r2!.id]);
      expect(Date.now() - started).toBeLessThan(1_000);
      started = Date.now();
      await change(staffOnB, r3!);
      await expect.poll(() => seen(onB), { timeout: 1_000 }).toEqual([r1!.id, r3!.id]);
      expect(Date.now() - started).toBeLessThan(1_000);
      await settle(500);
      expect([seen(onA), seen(onB)]).toEqual([[r1!.id, r2!.id], [r1!.id, r3!.id]]);
      // Still ready (HTTP serves, and each instance's live events), but degraded, with what waits for Redis.
      for (const instance of [a, b]) {
        expect((await get(`${instance.url}/healthz`)).status).toBe(200);
        const ready = await get(`${instance.url}/readyz`);
        expect(ready.status).toBe(200);
        const body = JSON.parse(ready.body);
        expect(body).toMatchObject({ ready: true, degraded: true, checks: { database: { ok: true }, redis: { ok: false } } });
        expect(body.checks.redis.waitingEvents).toBeGreaterThan(0);
      }
      expect(a.logs.map((l) => l.msg)).toContain('Redis unreachable: live events reach this instance\'s subscribers only; those for the other instances wait');

      // Redis returns (empty: it kept nothing). Each instance gets the other's change it missed.
      await redis.start();
      await expect.poll(() => [seen(onA), seen(onB)], { timeout: 10_000 }).toEqual([[r1!.id, r2!.id, r3!.id], [r1!.id, r3!.id, r2!.id]]);
      expect(onB.events[2]?.data?.requestListChanged.status).toEqual({ name: 'Em andamento' });
      // And what follows flows as before, to both, once.
      await change(staffOnA, r4!);
      await expect.poll(() => [seen(onA), seen(onB)], { timeout: 3_000 }).toEqual([[r1!.id, r2!.id, r3!.id, r4!.id], [r1!.id, r3!.id, r2!.id, r4!.id]]);
      await settle(700);
      expect([seen(onA).length, seen(onB).length]).toEqual([4, 4]);
      expect([onA.error, onB.error]).toEqual([null, null]);
      for (const instance of [a, b]) {
        await expect.poll(async () => JSON.parse((await get(`${instance.url}/readyz`)).body), { timeout: 10_000 })
          .toMatchObject({ ready: true, degraded: false, checks: { redis: { ok: true, waitingEvents: 0, droppedEvents: 0 } } });
        expect(instance.logs.filter((l) => ['unexpected error', 'live fan-out failed'].includes(l.msg as string))).toEqual([]);
      }
      expect(a.logs.map((l) => l.msg)).toContain('Redis reachable again: live events that waited go out');
      expect(consoleErrors.mock.calls.filter((call) => /ioredis|Unhandled error/i.test(call.map(String).join(' ')))).toEqual([]);
    } finally {
      consoleErrors.mockRestore();
      await Promise.all(sockets.map((s) => s.dispose()));
      await b.stop();
      await a.stop();
      await redis.kill();
    }
  }, 90_000);
});
