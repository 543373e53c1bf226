import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { registerErpCodes } from '../erp-keys.js';
import { key, tokenClient, UPSERT } from './integration-client.js';

const MINE = `subscription { myRequestChanged { id status { name } } }`;
const settle = () => new Promise((r) => setTimeout(r, 250));

/** Each person subscribed to `query` on a socket of their own, once the subscriptions have settled; `close` ends the sockets. */
async function listen<P extends Awaited<ReturnType<World['customer']>>[]>(query: string, ...people: P) {
  const sockets = await Promise.all(people.map(async (person) => (await person.client()).ws()));
  const subscriptions = sockets.map((ws) => subscribe(ws, query)) as { [K in keyof P]: ReturnType<typeof subscribe> };
  await settle();
  return { subscriptions, close: () => Promise.all(sockets.map((ws) => ws.dispose())) };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-SYNC-2, R-REQ-9: what the ERP writes reaches live subscribers', () => {
  it('R-SYNC-2, R-REQ-7, R-REQ-9: a sale pushed by the ERP makes its holder hear of the unit\'s requests at once; no one else hears of them; an unchanged push is silent', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const before = await world.customer(); // opened a request on the unit before the sale
    const stranger = await world.customer();
    const unit = await world.unit();
    const request = await world.request({ openedBy: before.account, unit });
    const connection = server.em().getConnection();
    await connection.execute(`update unit set erp_code = 'LV-UN' where id = ?`, [unit.id]);
    await connection.execute(`update customer set erp_code = 'LV-CLI' where id = ?`, [holder.customer.id]);
    await registerErpCodes(server.em(), world.company.id);

    const live = await listen(MINE, holder, stranger);
    const [holderSub, strangerSub] = live.subscriptions;

    const { client } = await tokenClient(server, world);
    const sale = { i: { idempotencyKey: key(), rows: [{ code: 'LV-VENDA', unitCode: 'LV-UN', holderCode: 'LV-CLI', status: 'SOLD' }] } };
    expect((await client.ok(UPSERT.reservations, sale)).upsertReservations).toMatchObject({ applied: true, inserted: 1 });
    const [event] = await holderSub.next(1, 2000);
    expect(event).toEqual({ data: { myRequestChanged: { id: request.id, status: { name: expect.any(String) } } } });

    // The same sale again (a new key): nothing changed, nothing announced.
    expect((await client.ok(UPSERT.reservations, { i: { ...sale.i, idempotencyKey: key() } })).upsertReservations).toMatchObject({ applied: true, unchanged: 1 });
    await settle();
    expect(holderSub.events).toHaveLength(1);
    expect(strangerSub.events).toEqual([]);
    await live.close();
  });

  it('R-SYNC-2, SPEC §8: installments the ERP pushes tell the sale\'s holder to read Financeiro again; an unchanged push is silent; another customer hears nothing', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const stranger = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const { plan } = await world.plan(reservation, { installments: [{ dueDate: '2027-01-10', amountCents: 100_000 }] });
    await registerErpCodes(server.em(), world.company.id);

    const live = await listen(`subscription { myFinanceChanged { reservationId } }`, ana, stranger);
    const [anaSub, strangerSub] = live.subscriptions;

    const { client } = await tokenClient(server, world);
    const rows = [
      { code: 'LV-P2', planCode: plan.erpCode, number: 2, dueDate: '2027-02-10', amount: '1000.00' },
      { code: 'LV-P3', planCode: plan.erpCode, number: 3, dueDate: '2027-03-10', amount: '1000.00' },
    ];
    const push = async () => (await client.ok(UPSERT.installments, { i: { idempotencyKey: key(), rows } })).upsertInstallments;
    expect(await push()).toMatchObject({ applied: true, inserted: 2 });
    expect(await anaSub.next(1, 2000)).toEqual([{ data: { myFinanceChanged: { reservationId: reservation.id } } }]);

    expect(await push()).toMatchObject({ applied: true, unchanged: 2 });
    await settle();
    expect(anaSub.events).toHaveLength(1);

    rows[1]!.amount = '1100.00';
    expect(await push()).toMatchObject({ applied: true, updated: 1, unchanged: 1 });
    expect((await anaSub.next(2, 2000))[1]).toEqual({ data: { myFinanceChanged: { reservationId: reservation.id } } });
    expect(strangerSub.events).toEqual([]);
    await live.close();
  });
});
