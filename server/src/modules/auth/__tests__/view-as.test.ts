import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';

const START = `mutation($c: ID!) { startViewAsClient(customerId: $c) }`;
const ENTER = `mutation($t: String!) { enterViewAsClient(input: { token: $t }) { account { id } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function viewAs(world: World, customerId: string, role = StaffRole.AGENT) {
  const { client: staff, account } = await world.staff(role);
  const { startViewAsClient: url } = await staff.ok(START, { c: customerId });
  const token = new URL(url).searchParams.get('token')!;
  const view = server.client({ app: 'client' });
  await view.ok(ENTER, { t: token });
  return { view, staff, staffAccount: account, token, url };
}

describe('R-WORK-4: view as client', () => {
  it('R-WORK-4: staff see exactly what the customer sees, with a banner naming who is looking', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.soldUnit((await world.customer()).customer);
    const { view, staffAccount, url } = await viewAs(world, ana.customer.id);
    expect(new URL(url).pathname).toBe('/ver-como-cliente');
    const { me, myUnits } = await view.ok(`{ me { id viewedByName } myUnits { id } }`);
    expect(me).toEqual({ id: ana.account.id, viewedByName: staffAccount.name });
    expect(myUnits).toEqual([{ id: unit.id }]);
  });

  it('R-WORK-4: every mutation of a view-as session is refused by the server (except leaving it)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const { view } = await viewAs(world, ana.customer.id);
    for (const mutation of [
      `mutation { deactivateMyLogin }`,
      `mutation { changePassword(input: { newPassword: "outra-senha-9" }) }`,
      `mutation { requestDataChange(changes: [{ field: "city", value: "Santos" }]) { id } }`,
      `mutation($u: ID!, $s: ID!) { openRequest(input: { kind: SERVICE, unitId: $u, subsubjectId: $s, description: "x" }) { id } }`,
    ]) {
      const result = await view.request(mutation, { u: unit.id, s: world.subsubjects.service.id });
      expect(result.errors?.[0]?.extensions, mutation).toEqual({ code: 'FORBIDDEN', reason: 'VIEW_AS' });
    }
    expect((await view.ok(`{ me { loginActive } myDataChangeRequests { id } }`))).toEqual({ me: { loginActive: true }, myDataChangeRequests: [] });
    expect(await view.ok(`mutation { signOut }`)).toEqual({ signOut: true });
  });

  it('R-WORK-4: the session is audited (who started it, for whom), and the link works once', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { token, staffAccount } = await viewAs(world, ana.customer.id);
    expect((await server.client({ app: 'client' }).request(ENTER, { t: token })).errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const { auditLog } = await admin.ok(`{ auditLog(filter: { action: "viewAs." }) { nodes { action actorLabel targetId } } }`);
    expect(auditLog.nodes).toEqual([
      { action: 'viewAs.enter', actorLabel: expect.stringContaining(staffAccount.email), targetId: ana.account.id },
      { action: 'viewAs.start', actorLabel: expect.stringContaining(staffAccount.email), targetId: ana.customer.id },
    ]);
  });

  it('R-WORK-4: a customer cannot start a view-as session; a customer of another company is NOT_FOUND', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const ana = await world.customer();
    const stranger = await other.customer();
    expect((await (await ana.client()).request(START, { c: ana.customer.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { client } = await world.staff();
    expect((await client.request(START, { c: stranger.customer.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
