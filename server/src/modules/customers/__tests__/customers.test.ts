import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { linkIn } from '../../../test/smtp.js';
import { ReservationStatus, StaffRole, World } from '../../../test/world.js';
import { Customer } from '../customer.entity.js';

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id name document account { email loginActive } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('customers (staff API)', () => {
  it('creates a customer with an alphanumeric CNPJ and invites them; the invitation sets their first password', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.MANAGER);
    const { createCustomer } = await client.ok(CREATE, { i: { name: 'Lara Construções', document: '12.abc.345/01de-35', email: 'Lara@Exemplo.dev', invite: true } });
    expect(createCustomer).toMatchObject({ document: '12ABC34501DE35', account: { email: 'lara@exemplo.dev', loginActive: true } });
    const mail = await server.smtp.waitFor('lara@exemplo.dev', /Seu acesso/);
    const token = linkIn(mail, /^\/primeiro-acesso$/).searchParams.get('token');
    await server.client().ok(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { account { id } } }`, { i: { token, password: 'nova-senha-123' } });
  });

  it('refuses a CPF with wrong check digits naming "document", and writes nothing', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const result = await client.request(CREATE, { i: { name: 'Fulano', document: '529.982.247-24', email: 'fulano@exemplo.dev' } });
    expect(result.errors?.[0]).toMatchObject({ message: 'CPF ou CNPJ inválido: confira os dígitos.', extensions: { code: 'BAD_USER_INPUT', field: 'document' } });
    expect(await server.em().count(Customer, { company: world.company.id, name: 'Fulano' })).toBe(0);
  });

  it('refuses a duplicate document in the same company', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    await client.ok(CREATE, { i: { name: 'Um', document: '529.982.247-25', email: 'um@exemplo.dev' } });
    const again = await client.request(CREATE, { i: { name: 'Dois', document: '52998224725', email: 'dois@exemplo.dev' } });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document' });
  });

  it('accepts the phone with or without punctuation and keeps it as (11) 98765-4321; finds the customer by the document typed either way', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const { createCustomer } = await client.ok(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id document phone } }`, {
      i: { name: 'Telma Fone', document: '52998224725', email: 'telma@exemplo.dev', phone: '11987654321' },
    });
    expect(createCustomer).toMatchObject({ document: '52998224725', phone: '(11) 98765-4321' });
    for (const search of ['529.982.247-25', '52998224725', '982.247']) {
      const { customers } = await client.ok(`query($s: String) { customers(search: $s) { nodes { id } } }`, { s: search });
      expect(customers.nodes.map((c: { id: string }) => c.id)).toEqual([createCustomer.id]);
    }
  });

  it('searches by name or document and shows how the customer takes part in reservations; an AGENT cannot create', async () => {
    const world = await World.create(server);
    const holder = await world.customer({ name: 'Helena Titular' });
    const spouse = await world.customer({ name: 'Hugo Cônjuge' });
    const unit = await world.unit({ name: 'Apto 42' });
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [{ customer: spouse.customer, type: world.types.spouse }]);
    const { client } = await world.staff(StaffRole.AGENT);
    const { customers } = await client.ok(`{ customers(search: "hugo") { nodes { id name participations { role unit { name } associationType { name } reservation { status } } } } }`);
    expect(customers.nodes).toEqual([{ id: spouse.customer.id, name: 'Hugo Cônjuge', participations: [{ role: 'ASSOCIATE', unit: { name: 'Apto 42' }, associationType: { name: 'Cônjuge' }, reservation: { status: 'SOLD' } }] }]);
    const byDocument = await client.ok(`query($s: String) { customers(search: $s) { nodes { id } } }`, { s: holder.customer.document.slice(0, 3) + '.' + holder.customer.document.slice(3, 6) });
    expect(byDocument.customers.nodes).toContainEqual({ id: holder.customer.id });
    expect((await client.request(CREATE, { i: { name: 'X', document: '529.982.247-25', email: 'x@exemplo.dev' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
