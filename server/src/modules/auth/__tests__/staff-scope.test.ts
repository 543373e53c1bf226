import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-OPS-4: staff limited to some developments', () => {
  it('R-OPS-4: a staff member limited to one development sees only its requests, units and customers; the change is audited', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Sul');
    const ana = await world.customer({ name: 'Ana Torre' });
    const bia = await world.customer({ name: 'Bia Lote' });
    const { unit: tower } = await world.soldUnit(ana.customer);
    const { unit: lot } = await world.soldUnit(bia.customer, { development: lots });
    const inTower = await world.request({ openedBy: ana.account, unit: tower });
    const inLots = await world.request({ openedBy: bia.account, unit: lot });
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const agent = await world.staff(StaffRole.AGENT);

    await admin.ok(`mutation($i: UpdateStaffAccountInput!) { updateStaffAccount(input: $i) { id developments { name } } }`, { i: { id: agent.account.id, developmentIds: [lots.id] } });
    const { requests } = await agent.client.ok(`{ requests { nodes { id } } }`);
    expect(requests.nodes).toEqual([{ id: inLots.id }]);
    expect((await agent.client.request(`query($id: ID!) { request(id: $id) { id } }`, { id: inTower.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await agent.client.request(`query($id: ID!) { unit(id: $id) { id } }`, { id: tower.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await agent.client.ok(`{ customers { nodes { name } } }`)).customers.nodes).toEqual([{ name: 'Bia Lote' }]);
    const changeTower = await agent.client.request(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, { i: { requestId: inTower.id, statusId: world.statuses.doing.id } });
    expect(changeTower.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { auditLog } = await admin.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after } } }`, { id: agent.account.id });
    expect(auditLog.nodes).toEqual([{ action: 'staff.update', before: { developmentIds: [] }, after: { developmentIds: [lots.id] } }]);

    // Negative case: unlimited staff see both.
    expect((await admin.ok(`{ requests { nodes { id } } }`)).requests.nodes).toHaveLength(2);
  });

  it('R-OPS-4: only an ADMIN manages staff', async () => {
    const world = await World.create(server);
    const manager = await world.staff(StaffRole.MANAGER);
    expect((await manager.client.request(`{ staffAccounts { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
