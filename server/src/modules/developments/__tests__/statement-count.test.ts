import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';

/** The customer's main screen: units with their contracts and open requests. */
const HOME = `{
  myUnits {
    id name deliveryForecast
    development { name }
    block { name }
    contracts { id title type { name } }
    requests(open: true) { id number kind status { name } subsubject { name } }
  }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  server.sql.length = 0;
  await run();
  return server.sql.length;
}

describe('no N+1: the customer home costs the same number of SQL statements whatever the data', () => {
  it('units with contracts and open requests: pinned statement count, equal for 1 unit and for 50 units with 20 requests each', async () => {
    const small = await World.create(server, { showDeliveryForecast: true });
    const one = await small.customer();
    const { unit, reservation } = await small.soldUnit(one.customer);
    await small.contract(reservation);
    await small.request({ openedBy: one.account, unit });

    const large = await World.create(server, { showDeliveryForecast: true });
    const many = await large.customer();
    for (let u = 0; u < 50; u++) {
      const { unit: each, reservation: sale } = await large.soldUnit(many.customer);
      await large.contract(sale);
      await large.manyRequests(20, { openedBy: many.account, unit: each });
    }

    const oneClient = await one.client();
    const manyClient = await many.client();
    let oneResult: any;
    let manyResult: any;
    const forOne = await countStatements(async () => (oneResult = await oneClient.ok(HOME)));
    const forMany = await countStatements(async () => (manyResult = await manyClient.ok(HOME)));
    expect(oneResult.myUnits).toHaveLength(1);
    expect(manyResult.myUnits).toHaveLength(50);
    expect(manyResult.myUnits.every((u: { requests: unknown[]; contracts: unknown[] }) => u.requests.length === 20 && u.contracts.length === 1)).toBe(true);
    // session (with account and portal) · units (with development and block) · contracts (with type) · requests (with status and subsubject)
    expect(forOne).toBe(4);
    expect(forMany).toBe(forOne);
  }, 120_000);

  it('staff screens: the customers list (with logins and participations) and the requests desk cost the same for 2 and for 20 units (4 and 40 customers)', async () => {
    const CUSTOMERS = `{ customers(first: 50) { nodes { id name account { id loginActive } participations { role unit { name } associationType { name } reservation { status contracts { id } } } } } }`;
    const DESK = `{ requests(first: 50) { nodes { id number status { name } subsubject { name } development { name } unit { name } openedByName } } }`;
    const counts: Record<string, number[]> = { customers: [], desk: [] };
    for (const size of [2, 20]) {
      const world = await World.create(server);
      for (let i = 0; i < size; i++) {
        const holder = await world.customer();
        const spouse = await world.customer();
        const unit = await world.unit();
        const reservation = await world.reservation(unit, holder.customer, 'SOLD' as never, [{ customer: spouse.customer, type: world.types.spouse }]);
        await world.contract(reservation);
        await world.request({ openedBy: holder.account, unit });
      }
      const { client } = await world.staff();
      let result: any;
      counts.customers!.push(await countStatements(async () => (result = await client.ok(CUSTOMERS))));
      expect(result.customers.nodes).toHaveLength(size * 2);
      counts.desk!.push(await countStatements(async () => (result = await client.ok(DESK))));
      expect(result.requests.nodes).toHaveLength(size);
    }
    expect(counts.customers![1]).toBe(counts.customers![0]);
    expect(counts.desk![1]).toBe(counts.desk![0]);
  }, 120_000);
});
