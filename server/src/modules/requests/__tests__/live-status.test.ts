import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { World } from '../../../test/world.js';

const MINE = `subscription { myRequestChanged { id number status { name } } }`;
const STAFF_LIST = `subscription { requestListChanged { id status { name } } }`;
const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;
const settle = () => new Promise((r) => setTimeout(r, 250));

describe('R-REQ-9: live status over a subscription', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('R-REQ-9: the opener receives the status change; another customer and a syndic receive nothing', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const ana = await world.customer();
    const bruno = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.soldUnit(bruno.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const syndic = await world.syndic();

    const anaWs = (await ana.client()).ws();
    const brunoWs = (await bruno.client()).ws();
    const syndicWs = (await syndic.client()).ws();
    const anaSub = subscribe(anaWs, MINE);
    const brunoSub = subscribe(brunoWs, MINE);
    const syndicSub = subscribe(syndicWs, MINE);
    await settle();

    const { client: staff } = await world.staff();
    const started = Date.now();
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id, comment: 'A caminho' } });
    const [event] = await anaSub.next(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event).toEqual({ data: { myRequestChanged: { id: request.id, number: request.number, status: { name: 'Em andamento' } } } });
    await settle();
    expect(brunoSub.events).toEqual([]);
    expect(syndicSub.events).toEqual([]);
    await Promise.all([anaWs.dispose(), brunoWs.dispose(), syndicWs.dispose()]);
  });

  it('R-REQ-9: the holder of the unit receives changes to a request their spouse opened, each with its fresh status', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, 'SOLD' as never, [{ customer: spouse.customer, type: world.types.spouse }]);
    const request = await world.request({ openedBy: spouse.account, unit });
    const ws = (await holder.client()).ws();
    const sub = subscribe(ws, MINE);
    await settle();
    const { client: staff } = await world.staff();
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id } });
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.done.id } });
    const events = await sub.next(2, 2000);
    expect(events.map((e) => e.data?.myRequestChanged.status.name)).toEqual(['Em andamento', 'Concluído']);
    await ws.dispose();
  });

  it('R-REQ-9: staff watching the list receive new requests and changes of their company only', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const { client: staff } = await world.staff();
    const { client: outsider } = await other.staff();
    const ws = staff.ws();
    const outsiderWs = outsider.ws();
    const sub = subscribe(ws, STAFF_LIST);
    const outsiderSub = subscribe(outsiderWs, STAFF_LIST);
    await settle();
    const customer = await ana.client();
    const { openRequest } = await customer.ok(`mutation($i: OpenRequestInput!) { openRequest(input: $i) { id } }`, {
      i: { kind: 'SERVICE', unitId: unit.id, subsubjectId: world.subsubjects.service.id, description: 'Novo' },
    });
    const [event] = await sub.next(1, 1000);
    expect(event?.data?.requestListChanged).toEqual({ id: openRequest.id, status: { name: 'Aberto' } });
    await settle();
    expect(outsiderSub.events).toEqual([]);
    await Promise.all([ws.dispose(), outsiderWs.dispose()]);
  });

  it('R-REQ-9: a customer cannot watch the staff list (FORBIDDEN)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const ws = (await ana.client()).ws();
    const sub = subscribe(ws, STAFF_LIST);
    const [event] = await sub.next(1);
    expect(event?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ws.dispose();
  });
});

describe('R-REQ-9: across server instances through Redis', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    // Instance B: same PostgreSQL database, same Redis, its own process state.
    b = await startTestServer({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', databaseUrl: a.config.databaseUrl });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('R-REQ-9: a status change made through instance A reaches a subscriber on instance B within a second', async () => {
    const world = await World.create(a);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const onB = new GraphQLClient(b.url, { app: 'client', headers: world.headers });
    await onB.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: ana.account.email, password: ana.password } });
    const ws = onB.ws();
    const sub = subscribe(ws, MINE);
    await settle();
    const { client: staffOnA } = await world.staff();
    const started = Date.now();
    await staffOnA.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id } });
    const [event] = await sub.next(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event?.data?.myRequestChanged).toMatchObject({ id: request.id, status: { name: 'Em andamento' } });
    await ws.dispose();
  });
});

describe('R-REQ-9: the live fan-out scales apart from HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    // One HTTP connection only, so a test can hold all of them.
    server = await startTestServer({ dbPool: { max: 1, acquireTimeoutMs: 5_000, liveMax: 2 } });
  });
  afterAll(() => server?.stop());

  it('R-REQ-9: an event reaches its subscribers while every HTTP connection is busy: the fan-out has its own pool', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const ws = (await ana.client()).ws();
    const sub = subscribe(ws, MINE);
    await settle();
    // The ORM's only connection sleeps for 2 s; the event must not wait for it.
    const held = server.em().transactional((em) => em.execute('select pg_sleep(2)'));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    server.services.pubsub.publish('request.changed', { requestId: request.id, companyId: world.company.id, developmentId: unit.development.id });
    const [event] = await sub.next(1, 1500);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event?.data?.myRequestChanged).toMatchObject({ id: request.id, number: request.number });
    await held;
    await ws.dispose();
  });

  it('R-REQ-9: one statement decides who sees an event, however many subscribe; the request is read once for all of them', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const unit = await world.unit();
    const associates = await Promise.all(Array.from({ length: 6 }, () => world.customer()));
    await world.reservation(unit, holder.customer, 'SOLD' as never, associates.map((a) => ({ customer: a.customer, type: world.types.spouse })));
    const outsiders = await Promise.all(Array.from({ length: 4 }, () => world.customer()));
    for (const o of outsiders) await world.soldUnit(o.customer);
    const request = await world.request({ openedBy: holder.account, unit });
    const watchers = [holder, ...associates];
    const sockets = await Promise.all([...watchers, ...outsiders].map(async (c) => (await c.client()).ws()));
    const subs = sockets.map((ws) => subscribe(ws, MINE));
    await settle();
    const before = server.services.live.statements;
    server.services.pubsub.publish('request.changed', { requestId: request.id, companyId: world.company.id, developmentId: unit.development.id });
    const events = await Promise.all(subs.slice(0, watchers.length).map((s) => s.next(1, 1500)));
    await settle();
    expect(events.map(([e]) => e?.data?.myRequestChanged.id)).toEqual(watchers.map(() => request.id));
    expect(subs.slice(watchers.length).map((s) => s.events)).toEqual(outsiders.map(() => []));
    // The audience and the request: two statements for eleven subscribers.
    expect(server.services.live.statements - before).toBe(2);
    await Promise.all(sockets.map((ws) => ws.dispose()));
  });
});
