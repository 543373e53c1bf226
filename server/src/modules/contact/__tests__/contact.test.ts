import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';
import { ContactType } from '../contact-type.entity.js';

const SEND = `mutation($i: SendContactMessageInput!) { sendContactMessage(input: $i) { id status subject unitName blockName developmentName type { name } } }`;
const MINE = `{ myContactMessages { id status subject unitName customerName opinions { status text authorName } } }`;
const ADD = `mutation($i: AddOpinionInput!) { addOpinion(input: $i) { id status opinions { status text visibleToCustomer authorName } } }`;
const INBOX = `query($f: ContactFilter) { contactMessages(filter: $f) { nodes { id subject status customerName unitName } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function setup() {
  const world = await World.create(server);
  const [doubt, complaint] = [
    world.em.create(ContactType, { company: world.company, name: 'Dúvida', position: 0 }),
    world.em.create(ContactType, { company: world.company, name: 'Reclamação', position: 1 }),
  ];
  const retired = world.em.create(ContactType, { company: world.company, name: 'Antigo', active: false });
  await world.em.flush();
  const ana = await world.customer({ name: 'Ana' });
  const { unit } = await world.soldUnit(ana.customer, { name: 'Apto 101' });
  return { world, ana, unit, types: { doubt, complaint, retired } };
}

const titles = (nodes: { subject: string }[]) => nodes.map((n) => n.subject).sort();

describe('SPEC §7: Fale Conosco', () => {
  it('R-CONTACT-1: a customer sends a message with a contact type about one of their units or in general, and lists their own', async () => {
    const { world, ana, unit, types } = await setup();
    const client = await ana.client();
    const { contactTypes } = await client.ok(`{ contactTypes { name } }`);
    expect(contactTypes.map((t: { name: string }) => t.name)).toEqual(['Dúvida', 'Reclamação']);
    const about = (await client.ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: '  Vaga de garagem ', body: 'Qual é a minha vaga?' } })).sendContactMessage;
    expect(about).toMatchObject({ status: 'PENDING', subject: 'Vaga de garagem', unitName: 'Apto 101', blockName: 'Bloco A', developmentName: world.development.name, type: { name: 'Dúvida' } });
    const general = (await client.ok(SEND, { i: { typeId: types.complaint.id, subject: 'Atendimento', body: 'Demoraram a responder.' } })).sendContactMessage;
    expect(general).toMatchObject({ unitName: null, developmentName: null });
    const { myContactMessages } = await client.ok(MINE);
    expect(myContactMessages.map((m: { id: string }) => m.id).sort()).toEqual([about.id, general.id].sort());
    expect(myContactMessages[0].customerName).toBeNull();
  });

  it('R-CONTACT-1, R-UNIT-4: a unit the customer does not see answers NOT_FOUND and nothing is written; bad input names the field', async () => {
    const { world, ana, types } = await setup();
    const bia = await world.customer();
    const { unit: bias } = await world.soldUnit(bia.customer);
    const inactiveBlock = await world.update(world.em.create((await import('../../developments/block.entity.js')).Block, { development: world.development, name: 'Bloco B' }), { active: false });
    const { unit: hidden } = await world.soldUnit(ana.customer, { block: inactiveBlock });
    const client = await ana.client();
    for (const unitId of [bias.id, hidden.id]) {
      const refused = await client.request(SEND, { i: { typeId: types.doubt.id, unitId, subject: 'Oi', body: 'Oi' } });
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Unidade não encontrada.' });
    }
    const retired = await client.request(SEND, { i: { typeId: types.retired.id, subject: 'Oi', body: 'Oi' } });
    expect(retired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'typeId' });
    const empty = await client.request(SEND, { i: { typeId: types.doubt.id, subject: 'Oi', body: '   ' } });
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'body' }, message: 'Escreva sua mensagem.' });
    expect((await client.ok(MINE)).myContactMessages).toEqual([]);
  });

  it('R-CONTACT-2: each parecer sets the status and is kept; the customer reads only the pareceres meant for them; audited', async () => {
    const { world, ana, unit, types } = await setup();
    const client = await ana.client();
    const { id } = (await client.ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Vazamento', body: 'Pinga no banheiro.' } })).sendContactMessage;
    const admin = await world.staff();
    await admin.client.ok(ADD, { i: { messageId: id, status: 'READ', text: 'Recebido.', visibleToCustomer: true } });
    await admin.client.ok(ADD, { i: { messageId: id, status: 'NOTE', text: 'Cliente já ligou duas vezes.', visibleToCustomer: false } });
    const last = (await admin.client.ok(ADD, { i: { messageId: id, status: 'RESOLVED', text: 'Técnico visitou e consertou.', visibleToCustomer: true } })).addOpinion;
    expect(last.status).toBe('RESOLVED');
    expect(last.opinions.map((o: { status: string }) => o.status)).toEqual(['READ', 'NOTE', 'RESOLVED']);
    expect(last.opinions[0].authorName).toBe(admin.account.name);
    const [mine] = (await client.ok(MINE)).myContactMessages;
    expect(mine).toMatchObject({ status: 'RESOLVED', opinions: [{ status: 'READ', text: 'Recebido.', authorName: null }, { status: 'RESOLVED', text: 'Técnico visitou e consertou.' }] });
    expect(JSON.stringify(mine)).not.toContain('duas vezes');
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after } } }`, { id });
    expect(auditLog.nodes).toHaveLength(3);
    expect(auditLog.nodes).toContainEqual(expect.objectContaining({ action: 'ContactMessage.opinion', before: { status: 'READ' }, after: { status: 'NOTE', visibleToCustomer: false } }));
    // Bad input changes nothing.
    const bad = await admin.client.request(ADD, { i: { messageId: id, status: 'CLOSED', text: ' ', visibleToCustomer: true } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await admin.client.ok(`query($id: ID!) { contactMessage(id: $id) { status } }`, { id })).contactMessage.status).toBe('RESOLVED');
  });

  it('R-CONTACT-1: a customer never sees another customer\'s message, not even the holder an associate\'s', async () => {
    const { world, ana, unit, types } = await setup();
    const bia = await world.customer();
    await world.reservation(await world.unit(), bia.customer);
    const spouse = await world.customer();
    await world.reservation(await world.unit(), ana.customer, undefined, [{ customer: spouse.customer, type: world.types.spouse }]);
    await (await bia.client()).ok(SEND, { i: { typeId: types.doubt.id, subject: 'Da Bia', body: 'x' } });
    await (await spouse.client()).ok(SEND, { i: { typeId: types.doubt.id, subject: 'Do cônjuge', body: 'x' } });
    await (await ana.client()).ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Da Ana', body: 'x' } });
    expect(titles((await (await ana.client()).ok(MINE)).myContactMessages)).toEqual(['Da Ana']);
    expect(titles((await (await spouse.client()).ok(MINE)).myContactMessages)).toEqual(['Do cônjuge']);
  });

  it('R-CONTACT-2: the inbox filters by development, block/quadra, customer, contact type and status', async () => {
    const { world, ana, unit, types } = await setup();
    const lot = await world.development2('Loteamento Jardim');
    const quadra = world.em.create((await import('../../developments/block.entity.js')).Block, { development: lot, name: 'Quadra 3' });
    await world.em.flush();
    const bia = await world.customer({ name: 'Bia' });
    const { unit: lote } = await world.soldUnit(bia.customer, { development: lot, block: quadra, name: 'Lote 7' });
    const anaClient = await ana.client();
    const biaClient = await bia.client();
    await anaClient.ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Ana apto', body: 'x' } });
    await anaClient.ok(SEND, { i: { typeId: types.complaint.id, subject: 'Ana geral', body: 'x' } });
    const { id: biaLote } = (await biaClient.ok(SEND, { i: { typeId: types.complaint.id, unitId: lote.id, subject: 'Bia lote', body: 'x' } })).sendContactMessage;
    const admin = await world.staff();
    await admin.client.ok(ADD, { i: { messageId: biaLote, status: 'CLOSED', text: 'Encerrado.', visibleToCustomer: true } });
    const inbox = async (f: Record<string, unknown>) => titles((await admin.client.ok(INBOX, { f })).contactMessages.nodes);
    expect(await inbox({})).toEqual(['Ana apto', 'Ana geral', 'Bia lote']);
    // A development's messages: those about its units, and the general ones of its customers.
    expect(await inbox({ developmentId: world.development.id })).toEqual(['Ana apto', 'Ana geral']);
    expect(await inbox({ developmentId: lot.id })).toEqual(['Bia lote']);
    expect(await inbox({ blockId: quadra.id })).toEqual(['Bia lote']);
    expect(await inbox({ blockId: world.block.id })).toEqual(['Ana apto']);
    expect(await inbox({ customerId: ana.customer.id })).toEqual(['Ana apto', 'Ana geral']);
    expect(await inbox({ typeId: types.complaint.id })).toEqual(['Ana geral', 'Bia lote']);
    expect(await inbox({ status: 'CLOSED' })).toEqual(['Bia lote']);
    expect(await inbox({ status: 'PENDING', typeId: types.complaint.id })).toEqual(['Ana geral']);
  });

  it('R-OPS-4, R-OPS-1: staff limited to a development see only its messages (others NOT_FOUND); only an ADMIN adds pareceres', async () => {
    const { world, ana, unit, types } = await setup();
    const lot = await world.development2();
    const bia = await world.customer();
    const { unit: lote } = await world.soldUnit(bia.customer, { development: lot });
    await (await ana.client()).ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Ana', body: 'x' } });
    const { id: other } = (await (await bia.client()).ok(SEND, { i: { typeId: types.doubt.id, unitId: lote.id, subject: 'Bia', body: 'x' } })).sendContactMessage;
    const limited = await world.staff(StaffRole.ADMIN, { developments: [world.development] });
    expect(titles((await limited.client.ok(INBOX, {})).contactMessages.nodes)).toEqual(['Ana']);
    const hidden = await limited.client.request(ADD, { i: { messageId: other, status: 'READ', text: 'x', visibleToCustomer: true } });
    expect(hidden.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Mensagem não encontrada.' });
    const agent = await world.staff(StaffRole.AGENT);
    expect((await agent.client.request(ADD, { i: { messageId: other, status: 'READ', text: 'x', visibleToCustomer: true } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Customers cannot call the inbox.
    expect((await (await ana.client()).request(INBOX, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-SET-2: staff manage contact types (audited); an AGENT cannot; a limited member cannot create one', async () => {
    const { world } = await setup();
    const admin = await world.staff(StaffRole.MANAGER);
    const SAVE = `mutation($i: ContactTypeInput!) { saveContactType(input: $i) { id name active position } }`;
    const created = (await admin.client.ok(SAVE, { i: { name: 'Elogio', position: 5 } })).saveContactType;
    expect(created).toMatchObject({ name: 'Elogio', active: true, position: 5 });
    await admin.client.ok(SAVE, { i: { id: created.id, active: false } });
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after } } }`, { id: created.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(['ContactType.create', 'ContactType.update']);
    expect((await admin.client.request(SAVE, { i: { name: ' ' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const agent = await world.staff(StaffRole.AGENT);
    expect((await agent.client.request(SAVE, { i: { name: 'X' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const limited = await world.staff(StaffRole.MANAGER, { developments: [world.development] });
    expect((await limited.client.request(SAVE, { i: { name: 'X' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { contactTypes } = await admin.client.ok(`{ contactTypes { name active } }`);
    expect(contactTypes).toContainEqual({ name: 'Elogio', active: false });
  });
  it('R-CONTACT-2: a parecer meant for the customer reaches their screen live; an internal note and another customer\'s parecer do not', async () => {
    const { world, ana, unit, types } = await setup();
    const bia = await world.customer();
    const client = await ana.client();
    const { id } = (await client.ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Ao vivo', body: 'x' } })).sendContactMessage;
    const { id: other } = (await (await bia.client()).ok(SEND, { i: { typeId: types.doubt.id, subject: 'Da Bia', body: 'x' } })).sendContactMessage;
    const live = subscribe(client.ws(), `subscription { myContactMessageChanged }`);
    await new Promise((r) => setTimeout(r, 300));
    const admin = await world.staff();
    await admin.client.ok(ADD, { i: { messageId: id, status: 'NOTE', text: 'Interno.', visibleToCustomer: false } });
    await admin.client.ok(ADD, { i: { messageId: other, status: 'READ', text: 'Para a Bia.', visibleToCustomer: true } });
    await admin.client.ok(ADD, { i: { messageId: id, status: 'RESOLVED', text: 'Para a Ana.', visibleToCustomer: true } });
    const events = await live.next(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(live.events.map((e) => e.data)).toEqual([{ myContactMessageChanged: id }]);
    expect(events).toHaveLength(1);
    live.dispose();
  });
  it('R-UNIT-4: a message about a unit the customer no longer sees is hidden with the unit; general ones stay', async () => {
    const { world, ana, unit, types } = await setup();
    const client = await ana.client();
    await client.ok(SEND, { i: { typeId: types.doubt.id, unitId: unit.id, subject: 'Da unidade', body: 'x' } });
    await client.ok(SEND, { i: { typeId: types.doubt.id, subject: 'Geral', body: 'x' } });
    expect(titles((await client.ok(MINE)).myContactMessages)).toEqual(['Da unidade', 'Geral']);
    await world.update(world.block, { active: false });
    expect(titles((await client.ok(MINE)).myContactMessages)).toEqual(['Geral']);
  });
});
