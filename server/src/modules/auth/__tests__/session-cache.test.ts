import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { World } from '../../../test/world.js';

const HOME = `{ myUnits { id contracts { id } } }`;
const SETTINGS = `mutation($p: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $p, input: $i) { id } }`;

let server: TestServer;
beforeAll(async () => {
  // Kept for a minute: only what the server is told can end a cached session before then.
  server = await startTestServer({ sessionCacheMs: 60_000 });
});
afterAll(() => server?.stop());

async function statements(run: () => Promise<unknown>): Promise<number> {
  server.sql.length = 0;
  await run();
  return server.sql.length;
}

describe('the session cache (SESSION_CACHE_MS): a session is read once, and changes end it at once', () => {
  it('a screen\'s second operation reads no session: one statement fewer', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    await world.contract(reservation);
    const client = await ana.client();
    await client.ok('{ me { id } }');
    // session (kept) · units · contracts
    expect(await statements(() => client.ok(HOME))).toBe(2);
  });

  it('signing out ends the kept session at once', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    await client.ok(HOME);
    // The cookie as it was before signing out: the same session token, sent again.
    const stolen = new GraphQLClient(server.url, { app: 'client', headers: world.headers });
    for (const [name, value] of client.cookies) stolen.cookies.set(name, value);
    await client.ok('mutation { signOut }');
    expect((await stolen.request(HOME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('R-SET-1, R-CONTRACT-1: a portal setting staff change reaches customers whose sessions are kept, at once', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    await world.contract(reservation);
    const client = await ana.client();
    const before = await client.ok(HOME);
    expect(before.myUnits[0].contracts).toHaveLength(1);
    const { client: staff } = await world.staff();
    await staff.ok(SETTINGS, { p: world.portal.id, i: { showContracts: false } });
    const after = await client.request(HOME);
    expect(after.errors?.[0]?.extensions?.code).toBe('FEATURE_DISABLED');
  });

  it('R-AUTH-4: once the customer confirms their data, their kept session lets them in', async () => {
    const world = await World.create(server, { requireDataConfirmation: true });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    expect((await client.request(HOME)).errors?.[0]?.extensions?.code).toBe('DATA_CONFIRMATION_REQUIRED');
    await client.ok('mutation { confirmMyData { id } }');
    expect((await client.ok(HOME)).myUnits).toHaveLength(1);
  });

  it('R-OPS-4: a staff member limited to a development is limited at once, though their session is kept', async () => {
    const world = await World.create(server);
    const other = await world.development2();
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.request({ openedBy: ana.account, unit });
    const { client: admin } = await world.staff();
    const { client: agent, account } = await world.staff('AGENT' as never);
    const desk = `{ requests(first: 10) { nodes { id } } }`;
    expect((await agent.ok(desk)).requests.nodes).toHaveLength(1);
    await admin.ok(`mutation($i: UpdateStaffAccountInput!) { updateStaffAccount(input: $i) { id } }`, { i: { id: account.id, developmentIds: [other.id] } });
    expect((await agent.ok(desk)).requests.nodes).toHaveLength(0);
  });
});
