import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { ReservationStatus, World } from '../../../test/world.js';

const CONTRACTS = `{ myUnits { id contracts { id title type { name } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const contractIds = (data: { myUnits: { contracts: { id: string }[] }[] }) => data.myUnits.flatMap((u) => u.contracts.map((c) => c.id)).sort();

describe('SPEC §4: contracts', () => {
  it('R-CONTRACT-1: with showContracts off the contracts are refused with FEATURE_DISABLED naming the setting', async () => {
    const world = await World.create(server, { showContracts: false });
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    await world.contract(reservation);
    const result = await (await ana.client()).request(CONTRACTS);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showContracts' });
    await world.update(world.portal, { showContracts: true });
    expect(contractIds(await (await ana.client()).ok(CONTRACTS))).toHaveLength(1);
  });

  it('R-CONTRACT-2: only contracts both signed and validated are shown', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const both = await world.contract(reservation);
    await world.contract(reservation, { signed: true, validated: false });
    await world.contract(reservation, { signed: false, validated: true });
    expect(contractIds(await (await ana.client()).ok(CONTRACTS))).toEqual([both.id]);
  });

  it('R-CONTRACT-3: a contract of a type not visible to the customer is hidden', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const visible = await world.contract(reservation);
    const internal = await world.contract(reservation, { type: world.types.internal });
    const client = await ana.client();
    expect(contractIds(await client.ok(CONTRACTS))).toEqual([visible.id]);
    await world.update(world.types.internal, { visibleToCustomer: true });
    expect(contractIds(await client.ok(CONTRACTS))).toEqual([visible.id, internal.id].sort());
  });

  it('R-CONTRACT-4: contracts of a hidden unit, or of someone else\'s reservation of the same unit, are hidden', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const before = await world.customer();
    const guarantor = await world.customer();
    const unit = await world.unit();
    // An earlier buyer's rescinded reservation of the same unit, with its own contract.
    const old = await world.reservation(unit, before.customer, ReservationStatus.RESCINDED);
    await world.contract(old);
    const current = await world.reservation(unit, ana.customer, ReservationStatus.SOLD, [{ customer: guarantor.customer, type: world.types.guarantor }]);
    const mine = await world.contract(current);
    const client = await ana.client();
    expect(contractIds(await client.ok(CONTRACTS))).toEqual([mine.id]);
    expect(contractIds(await (await guarantor.client()).ok(CONTRACTS))).toEqual([]);
    await world.update(world.block, { active: false });
    expect(contractIds(await client.ok(CONTRACTS))).toEqual([]);
  });

  it('staff see every contract of a unit, visible to the customer or not', async () => {
    const world = await World.create(server, { showContracts: false });
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    await world.contract(reservation, { signed: false });
    await world.contract(reservation, { type: world.types.internal });
    const { client } = await world.staff();
    const { unit: seen } = await client.ok(`query($id: ID!) { unit(id: $id) { contracts { id signed validated } } }`, { id: unit.id });
    expect(seen.contracts).toHaveLength(2);
  });
});
