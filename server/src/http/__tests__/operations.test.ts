import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, signedIn } from '../../test/builders.js';
import { GraphQLClient, subscribe } from '../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { httpExchange } from '../../test/http.js';
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
    for (const check of Object.values(body.checks) as { ok: boolean; ms: number }[]) {
      expect(check.ok).toBe(true);
      expect(check.ms).toBeLessThan(1_000);
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

  it('issue 15: /metrics (Prometheus) only with METRICS_TOKEN: operations by name and outcome, latency, SQL statements, the pool, WebSockets, the queue, sign-in refusals', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
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
