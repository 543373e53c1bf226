import { unzipSync } from 'fflate';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../../graphql/schema.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { FileOwnerKind, RequestKind, StaffRole, World } from '../../../test/world.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { READ_LOG_WINDOW_MINUTES } from '../access-log.js';
import { CONSENT_TEXTS } from '../consents.js';
import { EXPORT_DOCUMENTS } from '../export-documents.js';

const CONSENTS = `{ myConsents { purpose granted text textVersion outdated grantedAt source revokedAt history { textVersion source grantedAt revokedAt revokedSource } } }`;
const SET = `mutation($purpose: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $purpose, granted: $g) { purpose granted textVersion outdated history { textVersion revokedAt } } }`;
const STAFF_CONSENTS = `query($id: ID!) { customerConsents(customerId: $id) { purpose granted history { textVersion source grantedAt revokedAt } } }`;
const MY_LOG = `query($after: String) { myDataAccessLog(first: 50, after: $after) { nodes { event who byStaff what readKind ip } pageInfo { hasNextPage endCursor } } }`;
const STAFF_LOG = `query($id: ID!, $first: Int, $after: String) {
  customerDataAccessLog(customerId: $id, first: $first, after: $after) { nodes { id event at who byStaff what readKind ip } pageInfo { hasNextPage endCursor } }
}`;
const REQUEST_DELETION = `mutation($r: String) { requestDataDeletion(reason: $r) { id status reason } }`;
const DELETION_REQUESTS = `query($s: DeletionRequestStatus) { deletionRequests(status: $s) { nodes { id customerId customerName status reason } } }`;
const COMPLETE = `mutation($id: ID!) {
  completeDeletionRequest(id: $id) { id status decidedByName retainedUntil retained { kind description legalBasis retainUntil } }
}`;
const REPLY = `mutation($i: ReplyToRequestInput!) { replyToRequest(input: $i) { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Two customers of one development, each with a sale (contract and its document, installments, a bill) and a request with a photo. */
async function twoCustomers(settings: Parameters<typeof World.create>[1] = {}) {
  const world = await World.create(server, settings);
  const people = [];
  for (const name of ['Ana Privacidade', 'Bruno Vizinho']) {
    const person = await world.customer({ name });
    const { unit, reservation } = await world.soldUnit(person.customer, { name: `Apto de ${name.split(' ')[0]}` });
    const contract = await world.contract(reservation, { title: `Contrato de ${name}` });
    const contractFile = await world.contractDocument(contract, `Contrato assinado ${name}`);
    const { installments } = await world.plan(reservation, {
      installments: [{ dueDate: '2026-01-10', amountCents: 150_000, paidAt: '2026-01-09' }, { dueDate: '2027-03-10', amountCents: 150_000 }],
    });
    const bill = await world.bill({ installment: installments[1]! });
    const request = await world.request({ openedBy: person.account, unit, kind: RequestKind.ASSISTANCE });
    const photo = await world.storedFile(FileOwnerKind.REQUEST_PHOTO, request.id, { name: `Foto do vazamento ${name}` });
    people.push({ ...person, unit, reservation, contract, contractFile, installments, bill, request, photo });
  }
  const [ana, bruno] = people as [typeof people[0], typeof people[0]];
  return { world, ana, bruno };
}

async function download(client: GraphQLClient) {
  return httpExchange(`${server.url}/privacy/export.zip`, { headers: { cookie: client.cookieHeader(), ...client.options.headers } });
}

describe('R-OPS-3: the export documents are the portal\'s own operations', () => {
  it('R-OPS-3: every export document is valid against the one schema (a schema change cannot break the download silently)', async () => {
    const schema = await createSchema();
    for (const [name, text] of Object.entries(EXPORT_DOCUMENTS)) expect([name, validate(schema, parse(text)).map((e) => e.message)]).toEqual([name, []]);
  });
});

describe('R-OPS-3: "Baixar meus dados"', () => {
  it('R-OPS-3: the zip holds everything the customer sees — cadastro, units, contracts, installments, bills, requests with the public conversation, files — and nothing of another customer', async () => {
    const { world, ana, bruno } = await twoCustomers();
    const { client: staff } = await world.staff(StaffRole.ADMIN);
    await staff.ok(REPLY, { i: { requestId: ana.request.id, body: 'Vamos enviar um técnico na terça.' } });
    await staff.ok(REPLY, { i: { requestId: ana.request.id, body: 'Nota interna: cliente exigente', visibility: 'INTERNAL' } });
    const client = await ana.client();
    await client.ok(SET, { purpose: 'WHATSAPP', g: true });

    const res = await download(client);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="meus-dados-\d{4}-\d{2}-\d{2}\.zip"$/);
    const zip = unzipSync(new Uint8Array(res.body));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['LEIA-ME.txt', 'dados.json']));
    const text = Buffer.from(zip['dados.json']!).toString('utf8');
    const data = JSON.parse(text);

    expect(data.cadastro.customer).toMatchObject({ name: 'Ana Privacidade', document: ana.customer.document, email: ana.customer.email });
    expect(data.unidades.map((u: { id: string }) => u.id)).toEqual([ana.unit.id]);
    expect(data.unidades[0].contracts.map((c: { title: string }) => c.title)).toEqual(['Contrato de Ana Privacidade']);
    const installments = data.financeiro.flatMap((f: any) => f.sales.flatMap((s: any) => s.plans.flatMap((p: any) => p.installments)));
    expect(installments.map((i: { id: string }) => i.id).sort()).toEqual(ana.installments.map((i) => i.id).sort());
    expect(installments.find((i: any) => i.currentBill)?.currentBill.id).toBe(ana.bill.id);
    expect(data.pedidos).toHaveLength(1);
    expect(data.pedidos[0]).toMatchObject({ id: ana.request.id, number: ana.request.number });
    expect(data.pedidos[0].messages.map((m: { body: string }) => m.body)).toEqual(['Vamos enviar um técnico na terça.']);
    expect(data.consentimentos.find((c: { purpose: string }) => c.purpose === 'WHATSAPP')).toMatchObject({ granted: true, textVersion: CONSENT_TEXTS.WHATSAPP.version });
    // Only what this portal turns off (address confirmation, bookings, referrals here) is listed as unavailable.
    expect(data.indisponivel.map((u: { secao: string }) => u.secao)).not.toEqual(expect.arrayContaining(['contratos']));
    expect(data.indisponivel.map((u: { secao: string }) => u.secao).filter((s: string) => ['cadastro', 'unidades', 'financeiro', 'pedidos', 'consentimentos'].includes(s))).toEqual([]);
    expect(data.indisponivel).toEqual(expect.arrayContaining([{ secao: 'indicacoes', motivo: 'O Indique um amigo está desativado neste portal.' }]));

    // Her files, byte for byte, listed in dados.json.
    const byId = new Map(data.arquivos.map((f: { id: string; caminho: string }) => [f.id, f.caminho]));
    expect([...byId.keys()].sort()).toEqual([ana.contractFile.file.id, ana.photo.file.id].sort());
    expect(Buffer.from(zip[byId.get(ana.contractFile.file.id) as string]!)).toEqual(ana.contractFile.bytes);
    expect(Buffer.from(zip[byId.get(ana.photo.file.id) as string]!)).toEqual(ana.photo.bytes);
    expect(byId.get(ana.contractFile.file.id)).toMatch(/^arquivos\/contratos\//);
    expect(byId.get(ana.photo.file.id)).toMatch(/^arquivos\/fotos-dos-pedidos\//);

    // Nothing of Bruno's, nothing internal.
    const everything = Object.entries(zip).map(([name, bytes]) => `${name}\n${Buffer.from(bytes).toString('latin1')}`).join('\n');
    for (const secret of ['Bruno Vizinho', bruno.customer.document, bruno.customer.email!, bruno.unit.name, bruno.contract.title, bruno.contractFile.file.id, bruno.photo.file.id,
      bruno.bill.id, bruno.request.id, 'Nota interna']) {
      expect(everything).not.toContain(secret);
    }

    // Audited: the customer's own download shows in the log of who accessed or changed her data.
    const { customerDataAccessLog } = await staff.ok(STAFF_LOG, { id: ana.customer.id });
    expect(customerDataAccessLog.nodes).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'CHANGE', who: 'Ana Privacidade', what: 'Baixou a cópia dos dados' })]));
  });

  it('R-OPS-3: only the signed-in customer downloads; a section the portal turns off is listed as unavailable, with the reason', async () => {
    const { world, ana } = await twoCustomers({ showContracts: false });
    expect((await httpExchange(`${server.url}/privacy/export.zip`)).status).toBe(401);
    const { client: staff } = await world.staff(StaffRole.ADMIN);
    const asStaff = await httpExchange(`${server.url}/privacy/export.zip`, { headers: { cookie: staff.cookieHeader() } });
    expect(asStaff.status).toBe(401);
    expect(asStaff.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const res = await download(await ana.client());
    const data = JSON.parse(Buffer.from(unzipSync(new Uint8Array(res.body))['dados.json']!).toString('utf8'));
    expect(data.unidades[0].contracts).toBeUndefined();
    expect(data.indisponivel).toEqual(expect.arrayContaining([{ secao: 'contratos', motivo: 'A exibição de contratos está desativada neste portal.' }]));
    expect(data.arquivos.map((f: { id: string }) => f.id)).toEqual([ana.photo.file.id]);
  });
});

describe('R-OPS-3: consents', () => {
  it('R-OPS-3: gives and revokes a consent, with its history and the text\'s version; repeating changes nothing; staff see the history', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Consentimento' });
    const client = await ana.client();
    const before = (await client.ok(CONSENTS)).myConsents;
    expect(before.map((c: { purpose: string }) => c.purpose)).toEqual(['WHATSAPP', 'MARKETING', 'SURVEYS', 'REFERRAL']);
    expect(before.every((c: { granted: boolean; history: unknown[] }) => !c.granted && c.history.length === 0)).toBe(true);
    expect(before[1]).toMatchObject({ text: CONSENT_TEXTS.MARKETING.text, textVersion: CONSENT_TEXTS.MARKETING.version });

    const given = (await client.ok(SET, { purpose: 'MARKETING', g: true })).setConsent;
    expect(given).toMatchObject({ granted: true, textVersion: CONSENT_TEXTS.MARKETING.version, outdated: false });
    expect(given.history).toEqual([{ textVersion: CONSENT_TEXTS.MARKETING.version, revokedAt: null }]);
    expect((await client.ok(SET, { purpose: 'MARKETING', g: true })).setConsent.history).toHaveLength(1);
    const revoked = (await client.ok(SET, { purpose: 'MARKETING', g: false })).setConsent;
    expect(revoked.granted).toBe(false);
    expect(revoked.history[0].revokedAt).not.toBeNull();
    expect((await client.ok(SET, { purpose: 'MARKETING', g: false })).setConsent.history).toHaveLength(1);
    await client.ok(SET, { purpose: 'MARKETING', g: true });

    const marketing = (await client.ok(CONSENTS)).myConsents[1];
    expect(marketing).toMatchObject({ granted: true, source: 'PORTAL', revokedAt: null });
    expect(marketing.history).toHaveLength(2);
    expect(marketing.history[0]).toMatchObject({ revokedAt: null, source: 'PORTAL' });
    expect(marketing.history[1].revokedAt).not.toBeNull();

    // Staff see the same history; each real change is audited on the customer.
    const { client: staff } = await world.staff(StaffRole.AGENT);
    const seen = (await staff.ok(STAFF_CONSENTS, { id: ana.customer.id })).customerConsents;
    expect(seen[1]).toMatchObject({ purpose: 'MARKETING', granted: true });
    expect(seen[1].history).toHaveLength(2);
    const audit = await server.em().getConnection().execute<{ action: string }[]>(`select action from audit_log where target_id = ? and action like 'consent.%' order by at`, [ana.customer.id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['consent.grant', 'consent.revoke', 'consent.grant']);
  });

  it('R-OPS-3: a consent given on an older text is shown as outdated; accepting again records the current version and closes the old one', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await server.em().getConnection().execute(
      `insert into consent (id, company_id, account_id, purpose, text_version, source, granted_at) values (gen_random_uuid(), ?, ?, 'SURVEYS', 'surveys-2020-01', 'PORTAL', now() - interval '1 year')`,
      [world.company.id, ana.account.id]);
    const client = await ana.client();
    expect((await client.ok(CONSENTS)).myConsents[2]).toMatchObject({ purpose: 'SURVEYS', granted: true, outdated: true });
    const renewed = (await client.ok(SET, { purpose: 'SURVEYS', g: true })).setConsent;
    expect(renewed).toMatchObject({ granted: true, outdated: false, textVersion: CONSENT_TEXTS.SURVEYS.version });
    expect(renewed.history.map((h: { textVersion: string; revokedAt: string | null }) => [h.textVersion, h.revokedAt === null])).toEqual([
      [CONSENT_TEXTS.SURVEYS.version, true], ['surveys-2020-01', false],
    ]);
  });

  it('R-OPS-3: an unknown purpose is refused with BAD_USER_INPUT, in Portuguese, naming the field; nothing is written', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const client = await ana.client();
    const result = await client.request(SET, { purpose: 'NEWSLETTER', g: true });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    expect(result.errors?.[0]?.message).toBe('Finalidade do consentimento: o valor "NEWSLETTER" não é uma das opções.');
    const missing = await client.request(`mutation { setConsent(purpose: WHATSAPP) { granted } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const [{ n }] = await server.em().getConnection().execute(`select count(*)::int as n from consent where account_id = ?`, [ana.account.id]);
    expect(n).toBe(0);
  });

  it('R-OPS-3: "Indique um amigo" records the referrer\'s REFERRAL consent with the text\'s version', async () => {
    const world = await World.create(server, { showReferFriend: true });
    const ana = await world.customer();
    const client = await ana.client();
    await client.ok(`mutation($i: ReferFriendInput!) { referFriend(input: $i) { id } }`, { i: { friendName: 'Carla Amiga', phone: '(11) 98765-4321', consent: true } });
    expect((await client.ok(CONSENTS)).myConsents[3]).toMatchObject({ purpose: 'REFERRAL', granted: true, textVersion: CONSENT_TEXTS.REFERRAL.version });
  });
});

describe('R-OPS-3: who accessed or changed the data', () => {
  it('R-OPS-3: staff reads of the customer\'s record are logged once per kind in the window; the customer sees who, staff also see from where', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Lida' });
    const { client: staff, account: reader } = await world.staff(StaffRole.ADMIN);
    const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name } }`;
    await staff.ok(CUSTOMER, { id: ana.customer.id });
    await staff.ok(CUSTOMER, { id: ana.customer.id });
    await staff.ok(`query($id: ID!) { customerFinance(customerId: $id) { reservationId } }`, { id: ana.customer.id });
    const rows = async () => (await server.em().getConnection().execute<{ kind: string }[]>(`select kind from personal_data_access where customer_id = ? order by at`, [ana.customer.id])).map((r: { kind: string }) => r.kind);
    expect(await rows()).toEqual(['PROFILE', 'FINANCE']);

    server.clock.advance((READ_LOG_WINDOW_MINUTES + 1) * 60_000);
    try {
      await staff.ok(CUSTOMER, { id: ana.customer.id });
      await staff.ok(CUSTOMER, { id: ana.customer.id });
    } finally {
      server.clock.advance(-(READ_LOG_WINDOW_MINUTES + 1) * 60_000);
    }
    expect((await rows()).filter((k: string) => k === 'PROFILE')).toHaveLength(2);

    const mine = (await (await ana.client()).ok(MY_LOG)).myDataAccessLog.nodes;
    expect(mine.filter((n: { event: string }) => n.event === 'READ')).toHaveLength(3);
    expect(mine[0]).toMatchObject({ event: 'READ', who: reader.name, byStaff: true, what: 'Consultou o cadastro', readKind: 'PROFILE', ip: null });
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'Consultou o financeiro', readKind: 'FINANCE' })]));

    // Staff: newest first, with the address, paginated.
    const first = (await staff.ok(STAFF_LOG, { id: ana.customer.id, first: 2 })).customerDataAccessLog;
    expect(first.nodes).toHaveLength(2);
    expect(first.nodes[0].ip).toBeTruthy();
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await staff.ok(STAFF_LOG, { id: ana.customer.id, first: 50, after: first.pageInfo.endCursor })).customerDataAccessLog;
    expect(rest.nodes).toHaveLength(1);
    const all = [...first.nodes, ...rest.nodes];
    expect(new Set(all.map((n: { id: string }) => n.id)).size).toBe(3);
    expect(all.map((n: { at: string }) => n.at)).toEqual([...all.map((n: { at: string }) => n.at)].sort().reverse());
  });

  it('R-OPS-4: a member of staff limited to other developments sees neither this customer\'s log nor consents, and their reads are not logged', async () => {
    const { world, ana } = await twoCustomers();
    const other = await world.development2('Loteamento Distante');
    const { client: limited } = await world.staff(StaffRole.ADMIN, { developments: [other] });
    for (const [q, v] of [[STAFF_LOG, { id: ana.customer.id }], [STAFF_CONSENTS, { id: ana.customer.id }], [`query($id: ID!) { customer(id: $id) { id } }`, { id: ana.customer.id }]] as const) {
      const result = await limited.request(q, v);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    await (await ana.client()).ok(REQUEST_DELETION, { r: null });
    expect((await limited.ok(DELETION_REQUESTS, { s: 'PENDING' })).deletionRequests.nodes).toEqual([]);
    const [{ n }] = await server.em().getConnection().execute(`select count(*)::int as n from personal_data_access where customer_id = ?`, [ana.customer.id]);
    expect(n).toBe(0);
    // A member of staff within reach sees them (and the request).
    const { client: inScope } = await world.staff(StaffRole.ADMIN, { developments: [world.development] });
    expect((await inScope.ok(STAFF_CONSENTS, { id: ana.customer.id })).customerConsents).toHaveLength(4);
    expect((await inScope.ok(DELETION_REQUESTS, { s: 'PENDING' })).deletionRequests.nodes.map((r: { customerId: string }) => r.customerId)).toEqual([ana.customer.id]);
  });
});

describe('R-OPS-3: deletion request', () => {
  it('R-OPS-3: carrying out a deletion anonymises the customer and keeps contracts, installments, bills and requests with their end date', async () => {
    const { world, ana, bruno } = await twoCustomers();
    const client = await ana.client();
    await client.ok(SET, { purpose: 'MARKETING', g: true });
    const asked = (await client.ok(REQUEST_DELETION, { r: 'Não quero mais receber nada.' })).requestDataDeletion;
    expect(asked).toMatchObject({ status: 'PENDING', reason: 'Não quero mais receber nada.' });
    const twice = await client.request(REQUEST_DELETION, { r: null });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await client.ok(`{ myDeletionRequests { id status } }`)).myDeletionRequests).toEqual([{ id: asked.id, status: 'PENDING' }]);

    const { client: staff, account: admin } = await world.staff(StaffRole.ADMIN);
    expect((await staff.ok(DELETION_REQUESTS, { s: 'PENDING' })).deletionRequests.nodes).toEqual([
      { id: asked.id, customerId: ana.customer.id, customerName: 'Ana Privacidade', status: 'PENDING', reason: 'Não quero mais receber nada.' },
    ]);
    const noReason = await staff.request(`mutation($id: ID!) { refuseDeletionRequest(id: $id, reason: " ") { id } }`, { id: asked.id });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { MANAGER } = StaffRole;
    const { client: manager } = await world.staff(MANAGER);
    expect((await manager.request(COMPLETE, { id: asked.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const done = (await staff.ok(COMPLETE, { id: asked.id })).completeDeletionRequest;
    // The last due date of her sale is 10/03/2027: kept for 5 years after it.
    expect(done).toMatchObject({ status: 'COMPLETED', decidedByName: admin.name, retainedUntil: '2032-03-10' });
    const kept = done.retained.map((r: { kind: string; retainUntil: string }) => [r.kind, r.retainUntil]);
    expect(kept).toEqual(expect.arrayContaining([
      ['CONTRACT', '2032-03-10'], ['INSTALLMENT', '2032-03-10'], ['BILL', '2032-03-10'], ['CUSTOMER_DOCUMENT', '2032-03-10'],
    ]));
    expect(kept.filter(([k]: string[]) => k === 'INSTALLMENT')).toHaveLength(2);
    expect(kept.filter(([k]: string[]) => k === 'REQUEST')).toHaveLength(1);
    expect(done.retained.find((r: { kind: string }) => r.kind === 'CONTRACT').legalBasis).toContain('Código Tributário Nacional');
    expect(done.retained.find((r: { kind: string }) => r.kind === 'CONTRACT').description).toBe(`Contrato de Ana Privacidade · ${ana.unit.name}`);

    const db = server.em().getConnection();
    const [customer] = await db.execute(`select name, email, phone, document from customer where id = ?`, [ana.customer.id]);
    expect(customer).toEqual({ name: 'Titular anonimizado', email: null, phone: null, document: ana.customer.document });
    const [account] = await db.execute(`select name, email, password_hash, login_active from account where id = ?`, [ana.account.id]);
    expect(account).toMatchObject({ name: 'Titular anonimizado', password_hash: null, login_active: false });
    expect(account.email).not.toContain(ana.customer.email!.split('@')[0]);
    const [{ open }] = await db.execute(`select count(*)::int as open from consent where account_id = ? and revoked_at is null`, [ana.account.id]);
    expect(open).toBe(0);
    const [{ rows }] = await db.execute(`select (select count(*) from contract where id = ?) + (select count(*) from installment where id = any(?::uuid[])) + (select count(*) from bill where id = ?) as rows`,
      [ana.contract.id, `{${ana.installments.map((i) => i.id).join(',')}}`, ana.bill.id]);
    expect(Number(rows)).toBe(4);

    // Her login is closed (sessions ended) and the request says so; a second completion conflicts; Bruno is untouched.
    expect((await client.request(`{ myConsents { purpose } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await staff.request(COMPLETE, { id: asked.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [brunoRow] = await db.execute(`select name, email from customer where id = ?`, [bruno.customer.id]);
    expect(brunoRow).toEqual({ name: 'Bruno Vizinho', email: bruno.customer.email });
    const { customerDataAccessLog } = await staff.ok(STAFF_LOG, { id: ana.customer.id });
    expect(customerDataAccessLog.nodes[0]).toMatchObject({ event: 'CHANGE', who: admin.name, what: 'Atendeu o pedido de exclusão: dados anonimizados' });
  });

  it('R-OPS-3: staff refuse a request with the reason the customer reads', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const client = await ana.client();
    const { id } = (await client.ok(REQUEST_DELETION, { r: null })).requestDataDeletion;
    const { client: staff } = await world.staff(StaffRole.ADMIN);
    await staff.ok(`mutation($id: ID!, $r: String!) { refuseDeletionRequest(id: $id, reason: $r) { status } }`, { id, r: 'Seu contrato ainda está em vigor: os dados são necessários para cumpri-lo.' });
    expect((await client.ok(`{ myDeletionRequests { status refusalReason } }`)).myDeletionRequests).toEqual([
      { status: 'REFUSED', refusalReason: 'Seu contrato ainda está em vigor: os dados são necessários para cumpri-lo.' },
    ]);
    // A new request may be made after a refusal.
    expect((await client.ok(REQUEST_DELETION, { r: null })).requestDataDeletion.status).toBe('PENDING');
  });
});

describe('R-OPS-3: the data-protection officer', () => {
  it('R-OPS-3: ADMIN sets the officer (validated, audited); anyone reaching the portal reads it', async () => {
    const world = await World.create(server);
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const SAVE = `mutation($i: DataProtectionOfficerInput!) { updateDataProtectionOfficer(input: $i) { name email phone } }`;
    const bad = await admin.request(SAVE, { i: { name: 'Dora Encarregada', email: 'não é e-mail' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await admin.ok(SAVE, { i: { name: 'Dora Encarregada', email: 'DPO@Empresa.com.br', phone: '11987654321' } })).updateDataProtectionOfficer)
      .toEqual({ name: 'Dora Encarregada', email: 'dpo@empresa.com.br', phone: '(11) 98765-4321' });
    const anonymous = server.client({ headers: world.headers });
    expect((await anonymous.ok(`{ dataProtectionOfficer { name email phone } }`)).dataProtectionOfficer).toEqual({ name: 'Dora Encarregada', email: 'dpo@empresa.com.br', phone: '(11) 98765-4321' });
    const { client: limited } = await world.staff(StaffRole.ADMIN, { developments: [world.development] });
    expect((await limited.request(SAVE, { i: { name: 'Outra' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await server.em().getConnection().execute(`select count(*)::int as n from audit_log where action = 'privacy.dpo.update' and company_id = ?`, [world.company.id]);
    expect(n).toBe(1);
  });
});
