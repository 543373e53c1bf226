import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../test/graphql-client.js';
import { startTestServer, tempDataDir, type TestServer } from '../test/harness.js';

// Issue 8: the Quick start's database is a real PostgreSQL run from DATA_DIR (no DATABASE_URL),
// with the pool of any other PostgreSQL. It is booted once here and restarted once, on its own
// DATA_DIR and a free port (other test files run in parallel).

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const HOME = `{ myUnits { id name } myRequests(first: 50) { nodes { id description } } }`;
const OPEN = `mutation($i: OpenRequestInput!) { openRequest(input: $i) { id } }`;
const CHANGE_DATA = `mutation($changes: [FieldValueInput!]!) { requestDataChange(changes: $changes) { id } }`;
/** Idle pooled connections are closed after this; the default (30 s) is what broke PGlite's demo. */
const POOL_IDLE_MS = 1000;

let dataDir: string;
let server: TestServer;
const boot = () => startTestServer({ dataDir, demo: true }, { database: 'embedded', poolIdleTimeoutMs: POOL_IDLE_MS });

beforeAll(async () => {
  dataDir = await tempDataDir();
  server = await boot();
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function customer(login: string, token?: string): Promise<GraphQLClient> {
  const client = server.client();
  client.bearer = token ?? (await client.ok(SIGN_IN, { input: { login, password: 'demo-cliente-1', tokenDelivery: 'BEARER' } })).signIn.token;
  return client;
}

/** A connection of our own, as psql would open one, beside the server's pool. */
async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The ORM pool's connections (the job queue keeps its own pool polling, named habite-queue). */
const serverConnections = () =>
  withAdmin(async (admin) => Number((await admin.query(`select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and application_name <> 'habite-queue'`)).rows[0].count));

async function serviceRequest(client: GraphQLClient, description: string) {
  const { myUnits, requestSubjects } = await client.ok(`{ myUnits { id name } requestSubjects(kind: SERVICE) { subsubjects { id } } }`);
  const unitId = myUnits.find((u: { name: string }) => u.name === 'Apto A-101').id;
  return { kind: 'SERVICE', unitId, subsubjectId: requestSubjects[0].subsubjects[0].id, description };
}

describe('issue 8: the embedded PostgreSQL (no DATABASE_URL)', () => {
  it('embedded PostgreSQL: is a real PostgreSQL server, started for the demo', async () => {
    expect(server.embedded).toBe(true);
    const version = await withAdmin(async (admin) => (await admin.query(`show server_version_num`)).rows[0].server_version_num);
    expect(Number(version)).toBeGreaterThanOrEqual(180000);
  });

  it('embedded PostgreSQL: connections closed by the pool when idle, or ended by the server (pg_terminate_backend), are replaced and the next queries answer', async () => {
    const ana = await customer('ana@cliente.demo');
    const marcos = await customer('marcos@cliente.demo');
    const home = async () => {
      const [a, m] = await Promise.all([ana.ok(HOME), marcos.ok(HOME)]);
      expect(a.myUnits.map((u: { name: string }) => u.name).sort()).toEqual(['Apto A-101', 'Lote 7']);
      expect(m.myUnits.map((u: { name: string }) => u.name)).toEqual(['Apto A-101']);
    };
    await home();

    // Idle past the pool's timeout: every connection is closed; new ones prepare the rule statements again.
    await expect.poll(serverConnections, { timeout: 10_000, interval: 200 }).toBe(0);
    await home();
    await home();

    // The server ends the pool's connections (an operator, an idle_session_timeout), waiting
    // until each backend has gone: a query already on its way to a dying backend would fail.
    await home();
    const ended = await withAdmin(async (admin) =>
      (await admin.query(`select pg_terminate_backend(pid, 5000) as ended from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`)).rows,
    );
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((row: { ended: boolean }) => row.ended)).toBe(true);
    await home();
    await home();
  });

  it('embedded PostgreSQL: 20 concurrent customer writes with 20 reads in flight each answer in under 3 s', async () => {
    const logins = ['ana@cliente.demo', 'marcos@cliente.demo', 'carla@cliente.demo', 'bruno@cliente.demo', 'lara@cliente.demo'];
    const people = await Promise.all(logins.map((login) => customer(login)));
    const [ana, marcos] = people as [GraphQLClient, GraphQLClient];
    const openInput = await serviceRequest(ana, 'x');
    const timed = async (call: () => Promise<unknown>) => {
      const started = Date.now();
      await call();
      return Date.now() - started;
    };
    const writes = [
      // 10 requests on A-101, by its holder and by her spouse.
      ...Array.from({ length: 10 }, (_, i) => () => (i % 2 ? marcos : ana).ok(OPEN, { i: { ...openInput, description: `Concorrente ${i}` } })),
      // 10 registration changes, two per person.
      ...Array.from({ length: 10 }, (_, i) => () => people[i % people.length]!.ok(CHANGE_DATA, { changes: [{ field: 'city', value: `Cidade ${i}` }] })),
    ];
    const reads = Array.from({ length: 20 }, (_, i) => () => people[i % people.length]!.ok(i % 2 ? `{ myUnits { id name } }` : `{ myRequests(first: 20) { nodes { id status { name } } } }`));
    const durations = await Promise.all([...writes, ...reads].map(timed));
    expect(Math.max(...durations)).toBeLessThan(3000);

    const { myRequests } = await ana.ok(HOME);
    const opened = myRequests.nodes.filter((r: { description: string }) => r.description.startsWith('Concorrente ')).map((r: { description: string }) => r.description);
    expect(opened.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Concorrente ${i}`).sort());
  });

  it('embedded PostgreSQL: a restart on the same DATA_DIR keeps what was written, sessions included', async () => {
    const ana = await customer('ana@cliente.demo');
    const token = ana.bearer!;
    const { openRequest } = await ana.ok(OPEN, { i: await serviceRequest(ana, 'Escrito antes de reiniciar') });

    await server.stop();
    server = await boot();

    const again = await customer('ana@cliente.demo', token);
    const { myRequests } = await again.ok(HOME);
    expect(myRequests.nodes).toContainEqual({ id: openRequest.id, description: 'Escrito antes de reiniciar' });
  });
});
