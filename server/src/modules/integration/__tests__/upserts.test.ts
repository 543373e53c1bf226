import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { aCpf, World } from '../../../test/world.js';
import { key, tokenClient, UPSERT } from './integration-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A development, a block, a unit, a customer and a sold reservation, by the ERP's codes. */
async function pushBasics(client: Awaited<ReturnType<typeof tokenClient>>['client'], prefix: string, options: { email?: string; document?: string; status?: string } = {}) {
  const results = [];
  results.push((await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: `${prefix}-EMP`, name: `Residencial ${prefix}`, deliveryDate: '2027-05-31' }] } })).upsertDevelopments);
  results.push((await client.ok(UPSERT.blocks, { i: { idempotencyKey: key(), rows: [{ code: `${prefix}-BL`, developmentCode: `${prefix}-EMP`, name: 'Torre A' }] } })).upsertBlocks);
  results.push((await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows: [{ code: `${prefix}-UN`, developmentCode: `${prefix}-EMP`, blockCode: `${prefix}-BL`, name: 'Apto 11' }] } })).upsertUnits);
  results.push((await client.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [{ code: `${prefix}-CLI`, name: 'Joana ERP', document: options.document ?? aCpf(), email: options.email ?? `${prefix.toLowerCase()}@erp.dev` }] } })).upsertCustomers);
  results.push((await client.ok(UPSERT.reservations, { i: { idempotencyKey: key(), rows: [{ code: `${prefix}-VENDA`, unitCode: `${prefix}-UN`, holderCode: `${prefix}-CLI`, status: options.status ?? 'SOLD' }] } })).upsertReservations);
  return results;
}

describe('R-SYNC-2: the ERP pushes its records in idempotent, all-or-nothing batches keyed by its own codes', () => {
  it('R-SYNC-2: a first push inserts, the same rows again are unchanged, a changed row is updated', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const first = await pushBasics(client, 'A1');
    expect(first.map((r) => [r.applied, r.inserted, r.updated, r.unchanged, r.errors])).toEqual(first.map(() => [true, 1, 0, 0, []]));

    const rows = [{ code: 'A1-UN', developmentCode: 'A1-EMP', blockCode: 'A1-BL', name: 'Apto 11' }, { code: 'A1-UN2', developmentCode: 'A1-EMP', name: 'Apto 12' }];
    const again = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows } })).upsertUnits;
    expect(again).toMatchObject({ applied: true, inserted: 1, updated: 0, unchanged: 1 });
    rows[0]!.name = 'Apto 11 (cobertura)';
    const changed = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows } })).upsertUnits;
    expect(changed).toMatchObject({ applied: true, inserted: 0, updated: 1, unchanged: 1 });
    const [unit] = await server.em().getConnection().execute(`select name from unit where erp_code = 'A1-UN'`);
    expect(unit.name).toBe('Apto 11 (cobertura)');
    // Records the ERP's batches made have time-ordered ids (UUID version 7), one code each.
    const made: { id: string; codes: number }[] = await server.em().getConnection().execute(
      `select u.id, (select count(*)::int from erp_key k where k.entity_id = u.id) as codes from unit u where u.erp_code in ('A1-UN', 'A1-UN2') order by u.erp_code`);
    expect(made.map((m) => [m.id.charAt(14), m.codes])).toEqual([['7', 1], ['7', 1]]);
  });

  it('R-SYNC-2, R-AUTH-5: a new customer with an e-mail gets a login, unless a login of the company already has that e-mail; two hundred at once into a company of many logins', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const ana = await world.customer({ name: 'Ana Já Cadastrada' });
    const conn = server.em().getConnection();
    const [{ email: taken }] = await conn.execute(`select email from account where id = ?`, [ana.account.id]);
    // Logins the company already has (the batch's new customers are compared with them).
    await conn.execute(`insert into customer (id, company_id, name, document, email, created_at, updated_at)
      select gen_random_uuid(), ?, 'Antigo ' || n, '8' || lpad(n::text, 10, '0'), 'antigo' || n || '@erp.dev', now(), now() from generate_series(1, 2000) n`, [world.company.id]);
    await conn.execute(`insert into account (id, company_id, kind, name, email, document, customer_id, login_active, permissions, created_at, updated_at)
      select gen_random_uuid(), c.company_id, 'CUSTOMER', c.name, c.email, c.document, c.id, true, '{}', now(), now() from customer c where c.company_id = ? and c.name like 'Antigo %'`, [world.company.id]);
    const rows = [
      { code: 'L-DUP', name: 'Ana Duplicada', document: aCpf(), email: taken },
      ...Array.from({ length: 200 }, (_, i) => ({ code: `L-${i}`, name: `Cliente ${i}`, document: aCpf(), email: `cliente${i}@erp.dev` })),
    ];
    const result = (await client.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows } })).upsertCustomers;
    expect(result).toMatchObject({ applied: true, inserted: 201, errors: [] });
    const logins: { code: string }[] = await conn.execute(`select c.erp_code as code from account a join customer c on c.id = a.customer_id where c.company_id = ? and c.erp_code like 'L-%'`, [world.company.id]);
    expect(logins.length).toBe(200);
    expect(logins.map((l) => l.code)).not.toContain('L-DUP');
    expect(await conn.execute(`select count(*)::int as n from account where email = ?`, [taken])).toEqual([{ n: 1 }]);
  });

  it('R-SYNC-2: a field the ERP leaves out keeps what is stored (a delivery date staff typed); one it sends is written', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'D1-EMP', name: 'Residencial D1' }] } });
    const conn = server.em().getConnection();
    await conn.execute(`update development set delivery_date = '2028-01-31', status = 'PAUSED' where erp_code = 'D1-EMP' and company_id = ?`, [world.company.id]);
    const same = (await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'D1-EMP', name: 'Residencial D1' }] } })).upsertDevelopments;
    expect(same).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await conn.execute(`select delivery_date::text as d, status from development where erp_code = 'D1-EMP' and company_id = ?`, [world.company.id])).toEqual([{ d: '2028-01-31', status: 'PAUSED' }]);
    const sent = (await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'D1-EMP', name: 'Residencial D1', deliveryDate: '2028-06-30' }] } })).upsertDevelopments;
    expect(sent).toMatchObject({ updated: 1 });
    expect(await conn.execute(`select delivery_date::text as d, status from development where erp_code = 'D1-EMP' and company_id = ?`, [world.company.id])).toEqual([{ d: '2028-06-30', status: 'PAUSED' }]);
  });

  it('R-SYNC-2: one bad row refuses the whole batch with every row\'s error, and writes nothing', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await pushBasics(client, 'B1');
    const before = await server.em().getConnection().execute(`select count(*)::int as n from unit u join development d on d.id = u.development_id where d.company_id = ?`, [world.company.id]);
    const result = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows: [
      { code: 'B1-OK', developmentCode: 'B1-EMP', name: 'Apto 21' },
      { code: 'B1-X', developmentCode: 'NAO-EXISTE', name: 'Apto 22' },
      { code: 'B1-OK', developmentCode: 'B1-EMP', name: 'Apto 21 de novo' },
      { code: 'B1-Y', developmentCode: 'B1-EMP', name: '   ' },
    ] } })).upsertUnits;
    expect(result.applied).toBe(false);
    expect(result.errors).toEqual([
      { index: 1, erpCode: 'B1-X', field: 'developmentCode', code: 'NOT_FOUND', message: expect.stringContaining('NAO-EXISTE') },
      { index: 2, erpCode: 'B1-OK', field: 'code', code: 'DUPLICATE', message: expect.any(String) },
      { index: 3, erpCode: 'B1-Y', field: 'name', code: 'REQUIRED', message: 'Informe o nome.' },
    ]);
    const after = await server.em().getConnection().execute(`select count(*)::int as n from unit u join development d on d.id = u.development_id where d.company_id = ?`, [world.company.id]);
    expect(after[0].n).toBe(before[0].n);
    const keys = await server.em().getConnection().execute(`select count(*)::int as n from erp_key where company_id = ? and code = 'B1-OK'`, [world.company.id]);
    expect(keys[0].n).toBe(0);
  });

  it('R-SYNC-2: replaying a key with the same body answers the stored result and writes nothing; another body under that key is CONFLICT', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const batch = { idempotencyKey: key('replay'), rows: [{ code: 'R1-EMP', name: 'Residencial Replay' }] };
    const first = (await client.ok(UPSERT.developments, { i: batch })).upsertDevelopments;
    expect(first).toMatchObject({ applied: true, replayed: false, inserted: 1 });
    const replay = (await client.ok(UPSERT.developments, { i: batch })).upsertDevelopments;
    expect(replay).toEqual({ ...first, replayed: true });
    const conflict = await client.request(UPSERT.developments, { i: { ...batch, rows: [{ code: 'R1-EMP', name: 'Outro nome' }] } });
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const [row] = await server.em().getConnection().execute(`select name from development where erp_code = 'R1-EMP'`);
    expect(row.name).toBe('Residencial Replay');
  });

  it('R-SYNC-2, R-UNIT-1: a reservation marked sold shows its unit in the customer\'s portal at once; cancelled, it disappears', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    // The portal serves the development once it exists (staff set which developments a portal serves).
    const document = aCpf();
    await pushBasics(client, 'V1', { document, email: 'joana.v1@erp.dev', status: 'IN_PROGRESS' });
    const em = server.em();
    const [dev] = await em.getConnection().execute(`select id from development where erp_code = 'V1-EMP' and company_id = ?`, [world.company.id]);
    await em.getConnection().execute(`insert into portal_development (portal_id, development_id) values (?, ?)`, [world.portal.id, dev.id]);
    const [account] = await em.getConnection().execute(`select a.id, a.email from account a join customer c on c.id = a.customer_id where c.document = ?`, [document]);
    expect(account.email).toBe('joana.v1@erp.dev');
    const password = 'senha-erp-123';
    await em.getConnection().execute(`update account set password_hash = ? where id = ?`, [await server.services.hasher.hash(password), account.id]);
    const { GraphQLClient } = await import('../../../test/graphql-client.js');
    const joana = new GraphQLClient(server.url, { app: 'client', headers: world.headers });
    await joana.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: 'joana.v1@erp.dev', password } });
    expect((await joana.ok('{ myUnits { name } }')).myUnits).toEqual([]);

    const sold = (await client.ok(UPSERT.reservations, { i: { idempotencyKey: key(), rows: [{ code: 'V1-VENDA', unitCode: 'V1-UN', holderCode: 'V1-CLI', status: 'SOLD' }] } })).upsertReservations;
    expect(sold).toMatchObject({ applied: true, updated: 1 });
    expect((await joana.ok('{ myUnits { name development { name } block { name } } }')).myUnits).toEqual([{ name: 'Apto 11', development: { name: 'Residencial V1' }, block: { name: 'Torre A' } }]);

    await client.ok(UPSERT.reservations, { i: { idempotencyKey: key(), rows: [{ code: 'V1-VENDA', unitCode: 'V1-UN', holderCode: 'V1-CLI', status: 'CANCELLED' }] } });
    expect((await joana.ok('{ myUnits { name } }')).myUnits).toEqual([]);
  });

  it('R-SYNC-2: references resolve by code across batches, never to another company\'s record; a unit\'s block must be of its development', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client } = await tokenClient(server, world);
    const { client: otherClient } = await tokenClient(server, other);
    await otherClient.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'X-EMP', name: 'De outra empresa' }] } });
    const refused = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows: [{ code: 'X-UN', developmentCode: 'X-EMP', name: 'Apto' }] } })).upsertUnits;
    expect(refused.errors).toMatchObject([{ field: 'developmentCode', code: 'NOT_FOUND' }]);

    await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'C1-EMP', name: 'Um' }, { code: 'C2-EMP', name: 'Dois' }] } });
    await client.ok(UPSERT.blocks, { i: { idempotencyKey: key(), rows: [{ code: 'C2-BL', developmentCode: 'C2-EMP', name: 'Torre do dois' }] } });
    const wrongBlock = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows: [{ code: 'C1-UN', developmentCode: 'C1-EMP', blockCode: 'C2-BL', name: 'Apto' }] } })).upsertUnits;
    expect(wrongBlock.errors).toMatchObject([{ index: 0, field: 'blockCode', code: 'INVALID' }]);
  });

  it('R-SYNC-2: a block with units does not move to another development (its units would be left in the old one); one without units does', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'M1-EMP', name: 'Residencial Um' }, { code: 'M2-EMP', name: 'Dois' }] } });
    await client.ok(UPSERT.blocks, { i: { idempotencyKey: key(), rows: [{ code: 'M-BL', developmentCode: 'M1-EMP', name: 'Torre A' }, { code: 'M-BL2', developmentCode: 'M1-EMP', name: 'Torre B' }] } });
    await client.ok(UPSERT.units, { i: { idempotencyKey: key(), rows: [{ code: 'M-UN', developmentCode: 'M1-EMP', blockCode: 'M-BL', name: 'Apto 1' }] } });
    const moved = (await client.ok(UPSERT.blocks, { i: { idempotencyKey: key(), rows: [{ code: 'M-BL', developmentCode: 'M2-EMP', name: 'Torre A' }] } })).upsertBlocks;
    expect(moved).toMatchObject({ applied: false, errors: [{ index: 0, erpCode: 'M-BL', field: 'developmentCode', code: 'CONFLICT', message: expect.stringMatching(/tem 1 unidade no empreendimento Residencial Um/) }] });
    const [block] = await server.em().getConnection().execute(`select d.erp_code from block b join development d on d.id = b.development_id where b.erp_code = 'M-BL' and d.company_id = ?`, [world.company.id]);
    expect(block.erp_code).toBe('M1-EMP');
    expect((await client.ok(UPSERT.blocks, { i: { idempotencyKey: key(), rows: [{ code: 'M-BL2', developmentCode: 'M2-EMP', name: 'Torre B' }] } })).upsertBlocks).toMatchObject({ applied: true, updated: 1 });
  });

  it('R-SYNC-2: a refusal names the field by its label, never by its name in the API', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await pushBasics(client, 'L1');
    const long = 'x'.repeat(101);
    const result = (await client.ok(UPSERT.installmentPlans, { i: { idempotencyKey: key(), rows: [{ code: 'L1-PLANO', saleCode: 'L1-VENDA', series: 'Mensais', companyCode: long }] } })).upsertInstallmentPlans;
    expect(result.errors).toMatchObject([{ field: 'companyCode', code: 'TOO_LONG', message: 'Código da empresa no ERP: no máximo 100 caracteres.' }]);
  });

  it('R-SYNC-2: customers are checked by CPF/CNPJ digits; one staff registered before is adopted by CPF, not duplicated', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const known = await world.customer();
    const bad = (await client.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [{ code: 'K-1', name: 'Errado', document: '111.111.111-12' }] } })).upsertCustomers;
    expect(bad.errors).toMatchObject([{ field: 'document', code: 'INVALID', message: 'CPF ou CNPJ inválido: confira os dígitos.' }]);
    const adopted = (await client.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [{ code: 'K-2', name: known.customer.name, document: known.customer.document, email: known.customer.email }] } })).upsertCustomers;
    expect(adopted).toMatchObject({ applied: true, inserted: 0 });
    const rows = await server.em().getConnection().execute(`select id, erp_code from customer where company_id = ? and document = ?`, [world.company.id, known.customer.document]);
    expect(rows).toEqual([{ id: known.customer.id, erp_code: 'K-2' }]);
  });

  it('R-SYNC-2: installments and bills carry money as cents and the five ERP codes; a bill\'s digitable line and PIX code are checked', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await pushBasics(client, 'F1');
    const plan = (await client.ok(UPSERT.installmentPlans, { i: { idempotencyKey: key(), rows: [{ code: 'F1-PLANO', saleCode: 'F1-VENDA', series: 'Mensais', companyCode: 'EMPRESA-1', developmentCode: 'F1-EMP', unitCode: 'F1-UN', customerCode: 'F1-CLI' }] } })).upsertInstallmentPlans;
    expect(plan).toMatchObject({ applied: true, inserted: 1 });
    const inst = (await client.ok(UPSERT.installments, { i: { idempotencyKey: key(), rows: [
      { code: 'F1-P1', planCode: 'F1-PLANO', number: 1, dueDate: '2027-01-10', amount: '1234.5' },
      { code: 'F1-P2', planCode: 'F1-PLANO', number: 2, dueDate: '2027-02-10', amount: '1234.56', paidAmount: '1234.56', paidAt: '2027-02-09' },
    ] } })).upsertInstallments;
    expect(inst).toMatchObject({ applied: true, inserted: 2 });
    const stored = await server.em().getConnection().execute(`select erp_code, amount_cents, paid_cents from installment where company_id = ? order by number`, [world.company.id]);
    expect(stored).toEqual([{ erp_code: 'F1-P1', amount_cents: '123450', paid_cents: null }, { erp_code: 'F1-P2', amount_cents: '123456', paid_cents: '123456' }]);
    const badMoney = (await client.ok(UPSERT.installments, { i: { idempotencyKey: key(), rows: [{ code: 'F1-P3', planCode: 'F1-PLANO', number: 3, dueDate: '2027-03-10', amount: '12,50' }] } })).upsertInstallments;
    expect(badMoney.errors).toMatchObject([{ field: 'amount', code: 'INVALID' }]);
    const badLine = (await client.ok(UPSERT.bills, { i: { idempotencyKey: key(), rows: [{ code: 'F1-B1', installmentCode: 'F1-P1', dueDate: '2027-01-10', amount: '1234.50', digitableLine: '00190.00009 01234.567004 00000.001230 1 99990000123450', status: 'OPEN' }] } })).upsertBills;
    expect(badLine.errors).toMatchObject([{ field: 'digitableLine', code: 'INVALID' }]);
  });

  it('SPEC §8, R-SYNC-2: an installment\'s company is its plan\'s — the database refuses one that names another company; deleting the plan deletes its installments', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client } = await tokenClient(server, world);
    await pushBasics(client, 'F2');
    await client.ok(UPSERT.installmentPlans, { i: { idempotencyKey: key(), rows: [{ code: 'F2-PLANO', saleCode: 'F2-VENDA', series: 'Mensais' }] } });
    await client.ok(UPSERT.installments, { i: { idempotencyKey: key(), rows: [{ code: 'F2-P1', planCode: 'F2-PLANO', number: 1, dueDate: '2027-01-10', amount: '100' }] } });
    const conn = server.em().getConnection();
    const [plan] = await conn.execute(`select id from installment_plan where company_id = ? and erp_code = 'F2-PLANO'`, [world.company.id]);
    const insert = (companyId: string) => conn.execute(`insert into installment (id, company_id, plan_id, erp_code, number, due_date, amount_cents, created_at, updated_at)
      values (gen_random_uuid(), ?, ?, 'F2-P9', 9, '2027-09-10', 100, now(), now())`, [companyId, plan.id]);
    await expect(insert(other.company.id)).rejects.toThrow(/installment_plan_id_company_id_foreign/);
    await expect(conn.execute(`update installment set company_id = ? where plan_id = ?`, [other.company.id, plan.id])).rejects.toThrow(/installment_plan_id_company_id_foreign/);
    await insert(world.company.id);
    await conn.execute(`delete from installment_plan where id = ?`, [plan.id]);
    expect(await conn.execute(`select count(*)::int as n from installment where plan_id = ?`, [plan.id])).toEqual([{ n: 0 }]);
  });
});

describe('R-SYNC-2: records that had ERP codes before the integration', () => {
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startTestServer({ demo: true });
  });
  afterAll(() => demo?.stop());

  it('R-SYNC-2: the demo\'s codes name its records: the ERP pushing EMP-001 updates Residencial Jardins, no twin is made', async () => {
    const admin = demo.client({ app: 'admin' });
    await admin.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: 'admin@horizonte.demo', password: 'demo-admin-1', kind: 'STAFF' } });
    const { createApiToken } = await admin.ok(`mutation { createApiToken(input: { name: "ERP", scopes: [INTEGRATION] }) { secret } }`);
    const erp = demo.client();
    erp.bearer = createApiToken.secret;
    const result = (await erp.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: [{ code: 'EMP-001', name: 'Residencial Jardins', deliveryDate: '2027-03-31' }] } })).upsertDevelopments;
    expect(result).toMatchObject({ applied: true, inserted: 0 });
    const rows = await demo.em().getConnection().execute(`select name from development where erp_code = 'EMP-001'`);
    expect(rows).toEqual([{ name: 'Residencial Jardins' }]);
    const { syncRuns } = await admin.ok(`{ syncRuns { nodes { status note failedRows } } }`);
    expect(syncRuns.nodes).toEqual([{ status: 'FAILED', note: 'Carga noturna do ERP', failedRows: 1 }, { status: 'SUCCEEDED', note: 'Carga noturna do ERP', failedRows: 0 }]);
  });
});
