import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';
import { DataChangeApproval } from '../../company/company.entity.js';
import { Customer } from '../../customers/customer.entity.js';
import { ContractOccurrence } from '../contract-occurrence.entity.js';
import { CustomField, CustomFieldType } from '../custom-field.entity.js';
import { DataChangeRequest } from '../data-change-request.entity.js';
import { OutboxMessage } from '../outbox-message.entity.js';

const REQUEST = `mutation($c: [FieldValueInput!]!) { requestDataChange(changes: $c) { id status rejectionReason fields { field label original proposed changed } } }`;
const PROFILE = `{ me { customer { name email phone city version customFieldValues { field label value } } } myDataChangeRequests { id status rejectionReason } }`;
const APPROVE = `mutation($id: ID!, $c: [FieldValueInput!], $v: Int) { approveDataChange(id: $id, corrected: $c, seenVersion: $v) { id status fields { field proposed } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function setup(approval = DataChangeApproval.MANUAL) {
  const world = await World.create(server);
  await world.update(world.company, { dataChangeApproval: approval });
  const ana = await world.customer({ name: 'Ana Souza' });
  const { reservation } = await world.soldUnit(ana.customer);
  const contract = await world.contract(reservation);
  const client = await ana.client();
  const admin = await world.staff(StaffRole.ADMIN);
  return { world, ana, client, admin: admin.client, contract };
}

describe('R-DATA-1, R-DATA-2: every edit becomes a request; MANUAL waits, AUTOMATIC applies', () => {
  it('R-DATA-1: an edit creates a request holding the original and proposed values, changed fields marked', async () => {
    const { client } = await setup();
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'phone', value: '(11) 98888-7777' }, { field: 'city', value: 'Campinas' }, { field: 'name', value: 'Ana Souza' }] });
    expect(requestDataChange.status).toBe('PENDING');
    // The unchanged name is not part of the request.
    expect(requestDataChange.fields).toEqual([
      { field: 'phone', label: 'Telefone', original: null, proposed: '(11) 98888-7777', changed: true },
      { field: 'city', label: 'Cidade', original: null, proposed: 'Campinas', changed: true },
    ]);
  });

  it('R-DATA-2: under MANUAL the customer record stays as it was while PENDING', async () => {
    const { client, ana } = await setup();
    await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    const { me, myDataChangeRequests } = await client.ok(PROFILE);
    expect(me.customer.city).toBeNull();
    expect(myDataChangeRequests.map((r: { status: string }) => r.status)).toEqual(['PENDING']);
    expect((await server.em().findOneOrFail(Customer, { id: ana.customer.id })).city).toBeNull();
  });

  it('R-DATA-2: under AUTOMATIC the change is applied at once (APPROVED)', async () => {
    const { client } = await setup(DataChangeApproval.AUTOMATIC);
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    expect(requestDataChange.status).toBe('APPROVED');
    expect((await client.ok(PROFILE)).me.customer.city).toBe('Campinas');
  });

  it('R-DATA-1: bad values are BAD_USER_INPUT naming the field; nothing is written; no change at all is refused', async () => {
    const { client } = await setup();
    const bad = await client.request(REQUEST, { c: [{ field: 'city', value: 'Campinas' }, { field: 'postalCode', value: '123' }] });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'changes.postalCode' });
    const document = await client.request(REQUEST, { c: [{ field: 'document', value: '52998224725' }] });
    expect(document.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'changes.document' });
    const nothing = await client.request(REQUEST, { c: [{ field: 'name', value: 'Ana Souza' }] });
    expect(nothing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'changes' });
    expect((await client.ok(PROFILE)).myDataChangeRequests).toEqual([]);
  });

  it('R-DATA-1: a newer edit supersedes a pending one (INACTIVE)', async () => {
    const { client } = await setup();
    await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    await client.ok(REQUEST, { c: [{ field: 'city', value: 'Santos' }] });
    expect((await client.ok(PROFILE)).myDataChangeRequests.map((r: { status: string }) => r.status)).toEqual(['PENDING', 'INACTIVE']);
  });
});

describe('R-DATA-1, R-DATA-2: an e-mail that belongs to another customer is not confirmed to the customer', () => {
  const ASK = `mutation($c: [FieldValueInput!]!) { requestDataChange(changes: $c) { status rejectionReason emailInUse } }`;
  const MINE = `{ myDataChangeRequests { status rejectionReason emailInUse } }`;
  const STAFF_LIST = `{ dataChangeRequests(filter: { status: PENDING }) { nodes { customer { name } emailInUse fields { field proposed } } } }`;

  /** What a customer learns from proposing an e-mail: the HTTP status, the whole answer, and their list afterwards. */
  async function propose(client: Awaited<ReturnType<Awaited<ReturnType<World['customer']>>['client']>>, email: string) {
    const body = await client.request(ASK, { c: [{ field: 'email', value: email }] });
    return { status: client.lastResponse!.status, body, list: (await client.ok(MINE)).myDataChangeRequests };
  }

  it('R-DATA-2: under MANUAL the answer is the same whether the e-mail is free or someone else\'s; the ADMIN sees the clash and cannot approve it as is', async () => {
    const { world, client: ana, admin } = await setup();
    const bia = await world.customer({ name: 'Bia Lima' });
    const carla = await world.customer({ name: 'Carla Mendes' });
    const free = await propose(ana, 'ana.livre@exemplo.dev');
    const taken = await propose(await bia.client(), carla.account.email.toUpperCase());
    expect(free).toEqual({ status: 200, body: { data: { requestDataChange: { status: 'PENDING', rejectionReason: null, emailInUse: false } } }, list: [{ status: 'PENDING', rejectionReason: null, emailInUse: false }] });
    expect(taken).toEqual(free);

    const { dataChangeRequests } = await admin.ok(STAFF_LIST);
    expect(dataChangeRequests.nodes).toEqual(expect.arrayContaining([
      { customer: { name: 'Ana Souza' }, emailInUse: false, fields: [{ field: 'email', proposed: 'ana.livre@exemplo.dev' }] },
      { customer: { name: 'Bia Lima' }, emailInUse: true, fields: [{ field: 'email', proposed: carla.account.email }] },
    ]));
    const biaRequest = (await server.em().findOneOrFail(DataChangeRequest, { customer: bia.customer.id })).id;
    expect((await admin.request(APPROVE, { id: biaRequest })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'changes.email' });
    // Corrected to a free e-mail, it goes through.
    await admin.ok(APPROVE, { id: biaRequest, c: [{ field: 'email', value: 'bia.lima@exemplo.dev' }] });
    expect((await server.em().findOneOrFail(Customer, { id: bia.customer.id })).email).toBe('bia.lima@exemplo.dev');
  });

  it('R-DATA-2: under AUTOMATIC a free e-mail is applied at once, someone else\'s waits for an ADMIN (PENDING, no error, no hint)', async () => {
    const { world, client: ana, ana: anaWho } = await setup(DataChangeApproval.AUTOMATIC);
    const bia = await world.customer({ name: 'Bia Lima' });
    const carla = await world.customer({ name: 'Carla Mendes' });
    const free = await propose(ana, 'ana.livre@exemplo.dev');
    expect(free.body).toEqual({ data: { requestDataChange: { status: 'APPROVED', rejectionReason: null, emailInUse: false } } });
    expect((await server.em().findOneOrFail(Customer, { id: anaWho.customer.id })).email).toBe('ana.livre@exemplo.dev');

    const taken = await propose(await bia.client(), carla.account.email);
    expect(taken).toEqual({ status: 200, body: { data: { requestDataChange: { status: 'PENDING', rejectionReason: null, emailInUse: false } } }, list: [{ status: 'PENDING', rejectionReason: null, emailInUse: false }] });
    const em = server.em();
    expect((await em.findOneOrFail(Customer, { id: bia.customer.id })).email).toBe(bia.customer.email);
    expect(await em.count(OutboxMessage, { payload: { customerId: bia.customer.id } as never })).toBe(0);
    // Bia still signs in with her own e-mail; Carla's login is untouched.
    await bia.client();
    await carla.client();
  });
});

describe('R-DATA-3, R-DATA-4: staff decide; only approved changes reach the record, the ERP outbox and the contracts', () => {
  it('R-DATA-4: approving updates the customer, writes the outbox message and a contract occurrence', async () => {
    const { client, admin, ana, contract } = await setup();
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'email', value: 'ana.nova@exemplo.dev' }] });
    const { approveDataChange } = await admin.ok(APPROVE, { id: requestDataChange.id });
    expect(approveDataChange.status).toBe('APPROVED');
    expect((await client.ok(PROFILE)).me.customer).toMatchObject({ email: 'ana.nova@exemplo.dev', version: 2 });
    const em = server.em();
    const [message] = await em.find(OutboxMessage, { payload: { customerId: ana.customer.id } as never });
    expect(message).toMatchObject({ topic: 'customer.updated', acknowledgedAt: null, payload: expect.objectContaining({ changes: { email: 'ana.nova@exemplo.dev' } }) });
    expect(await em.find(ContractOccurrence, { contract: contract.id })).toEqual([expect.objectContaining({ kind: 'REGISTRATION_CHANGE' })]);
    // The login e-mail follows the registration e-mail.
    await server.client({ app: 'client', headers: { 'x-habite-portal': (await client.ok(`{ currentPortal { slug } }`)).currentPortal.slug } })
      .ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: 'ana.nova@exemplo.dev', password: ana.password } });
  });

  it('R-DATA-4: a rejected change reaches nothing: no record change, no outbox, no occurrence; the customer sees the reason', async () => {
    const { client, admin, ana, contract } = await setup();
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    const empty = await admin.request(`mutation($id: ID!) { rejectDataChange(id: $id, reason: "  ") { id } }`, { id: requestDataChange.id });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    await admin.ok(`mutation($id: ID!) { rejectDataChange(id: $id, reason: "Envie o comprovante de residência.") { id } }`, { id: requestDataChange.id });
    expect((await client.ok(PROFILE)).myDataChangeRequests).toEqual([{ id: requestDataChange.id, status: 'REJECTED', rejectionReason: 'Envie o comprovante de residência.' }]);
    const em = server.em();
    expect((await em.findOneOrFail(Customer, { id: ana.customer.id })).city).toBeNull();
    expect(await em.count(OutboxMessage, { payload: { customerId: ana.customer.id } as never })).toBe(0);
    expect(await em.count(ContractOccurrence, { contract: contract.id })).toBe(0);
  });

  it('R-DATA-3: correct then approve: the corrected values are the ones applied', async () => {
    const { client, admin } = await setup();
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'city', value: 'campinas' }] });
    const { approveDataChange } = await admin.ok(APPROVE, { id: requestDataChange.id, c: [{ field: 'city', value: 'Campinas' }, { field: 'state', value: 'sp' }] });
    expect(approveDataChange.fields).toEqual([{ field: 'city', proposed: 'Campinas' }, { field: 'state', proposed: 'SP' }]);
    expect((await client.ok(PROFILE)).me.customer.city).toBe('Campinas');
  });

  it('R-DATA-3: delete marks it DELETED; the customer no longer lists it; a decided request cannot be decided again', async () => {
    const { client, admin } = await setup();
    const { requestDataChange: a } = await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    await admin.ok(`mutation($id: ID!) { deleteDataChange(id: $id) { status } }`, { id: a.id });
    expect((await client.ok(PROFILE)).myDataChangeRequests).toEqual([]);
    expect((await admin.request(APPROVE, { id: a.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('R-DATA-3: filters by date range, development and status; operations need ADMIN (R-OPS-1)', async () => {
    const { client, admin, world } = await setup();
    await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    const list = `query($f: DataChangeFilter) { dataChangeRequests(filter: $f) { nodes { status customer { name } } } }`;
    expect((await admin.ok(list, { f: { status: 'PENDING', developmentId: world.development.id } })).dataChangeRequests.nodes).toEqual([{ status: 'PENDING', customer: { name: 'Ana Souza' } }]);
    expect((await admin.ok(list, { f: { status: 'APPROVED' } })).dataChangeRequests.nodes).toEqual([]);
    expect((await admin.ok(list, { f: { from: new Date(Date.now() + 3_600_000).toISOString() } })).dataChangeRequests.nodes).toEqual([]);
    const other = await world.development2();
    expect((await admin.ok(list, { f: { developmentId: other.id } })).dataChangeRequests.nodes).toEqual([]);
    const manager = await world.staff(StaffRole.MANAGER);
    expect((await manager.client.request(list)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('R-DATA-5: no update is silently lost', () => {
  it('R-DATA-5: approving after the record changed fails with CONFLICT showing the new values; approving with the seen version then works', async () => {
    const { client, admin, world } = await setup();
    const { requestDataChange: older } = await client.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    // Meanwhile the ERP (or another approval) changes the record.
    await world.update(await world.em.findOneOrFail(Customer, { id: (await client.ok(`{ me { customer { id } } }`)).me.customer.id }), { city: 'Sorocaba', version: 2 });
    const conflict = await admin.request(APPROVE, { id: older.id });
    expect(conflict.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentValues: { city: 'Sorocaba' }, currentVersion: 2 } });
    expect((await client.ok(PROFILE)).me.customer.city).toBe('Sorocaba');
    await admin.ok(APPROVE, { id: older.id, v: 2 });
    expect((await client.ok(PROFILE)).me.customer.city).toBe('Campinas');
  });

  it('R-DATA-5: a request made before an ERP update of the record conflicts, even on another field', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const admin = (await world.staff()).client;
    const phone = await ana.client();
    const { requestDataChange: first } = await phone.ok(REQUEST, { c: [{ field: 'city', value: 'Campinas' }] });
    await admin.ok(APPROVE, { id: first.id });
    const { requestDataChange: second } = await phone.ok(REQUEST, { c: [{ field: 'district', value: 'Centro' }] });
    await world.update(await world.em.findOneOrFail(Customer, { id: ana.customer.id }), { version: 9 });
    expect((await admin.request(APPROVE, { id: second.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('R-DATA-6: custom fields', () => {
  it('R-DATA-6: a custom field is shown and edited like the built-in ones, and checked by its type', async () => {
    const { client, admin, world } = await setup(DataChangeApproval.AUTOMATIC);
    await admin.ok(`mutation { saveCustomField(input: { key: "capital_social", label: "Capital Social", type: NUMBER }) { id } }`);
    expect((await client.ok(PROFILE)).me.customer.customFieldValues).toEqual([{ field: 'custom.capital_social', label: 'Capital Social', value: null }]);
    const bad = await client.request(REQUEST, { c: [{ field: 'custom.capital_social', value: 'muito' }] });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'changes.custom.capital_social' });
    const { requestDataChange } = await client.ok(REQUEST, { c: [{ field: 'custom.capital_social', value: '150000' }] });
    expect(requestDataChange.fields).toEqual([{ field: 'custom.capital_social', label: 'Capital Social', original: null, proposed: '150000', changed: true }]);
    expect((await client.ok(PROFILE)).me.customer.customFieldValues).toEqual([{ field: 'custom.capital_social', label: 'Capital Social', value: '150000' }]);
    const inactive = world.em.create(CustomField, { company: world.company, key: 'velho', label: 'Velho', type: CustomFieldType.TEXT, active: false });
    await world.em.flush();
    expect((await client.request(REQUEST, { c: [{ field: `custom.${inactive.key}`, value: 'x' }] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('R-AUTH-4: data confirmation on first access', () => {
  it('R-AUTH-4: with requireDataConfirmation on, the customer confirms (or changes) their data before anything else', async () => {
    const world = await World.create(server, { requireDataConfirmation: true });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    expect((await client.ok(`{ me { needsDataConfirmation } }`)).me.needsDataConfirmation).toBe(true);
    expect((await client.request(`{ myUnits { id } }`)).errors?.[0]?.extensions?.code).toBe('DATA_CONFIRMATION_REQUIRED');
    await client.ok(`mutation { confirmMyData(changes: [{ field: "city", value: "Campinas" }]) { dataConfirmedAt } }`);
    expect((await client.ok(`{ me { needsDataConfirmation } myUnits { id } myDataChangeRequests { status } }`))).toMatchObject({ me: { needsDataConfirmation: false }, myDataChangeRequests: [{ status: 'PENDING' }] });
  });

  it('R-AUTH-4: negative case: with the setting off nothing is asked', async () => {
    const world = await World.create(server, { requireDataConfirmation: false });
    const ana = await world.customer();
    const client = await ana.client();
    expect((await client.ok(`{ me { needsDataConfirmation } myUnits { id } }`)).me.needsDataConfirmation).toBe(false);
  });
});
