import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../demo/demo-pdf.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange, type RawResponse } from '../../../test/http.js';
import { FileOwnerKind, ReservationStatus, StaffRole, World } from '../../../test/world.js';
import { Block } from '../../developments/block.entity.js';
import { StoredFile } from '../stored-file.entity.js';

const LIMIT = 64 * 1024;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ uploadMaxBytes: LIMIT });
});
afterAll(() => server?.stop());

/** GET /files/<id> as this client (its session cookie), or as nobody. */
const get = (id: string, client?: GraphQLClient, query = '') =>
  httpExchange(`${server.url}/files/${id}${query}`, { headers: client?.cookies.size ? { cookie: client.cookieHeader() } : {} });

/** What a caller learns from a refusal: everything but the date and the request's own id (issue 15: every response has one). */
const seen = (r: RawResponse) => ({
  status: r.status, body: r.body.toString('utf8'),
  headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => !['date', 'connection', 'keep-alive', 'x-request-id'].includes(k))),
});

/** POST /files as a member of staff (their admin cookie), with the headers the admin app sends. */
function upload(client: GraphQLClient | null, bytes: Buffer, options: { name?: string; purpose?: string; headers?: Record<string, string> } = {}) {
  return httpExchange(`${server.url}/files`, {
    method: 'POST',
    body: bytes,
    headers: {
      'content-type': 'application/pdf',
      'x-habite-app': 'admin',
      ...(options.name === undefined ? { 'x-habite-file-name': encodeURIComponent('Contrato assinado — A-101.pdf') } : options.name ? { 'x-habite-file-name': options.name } : {}),
      ...(options.purpose === '' ? {} : { 'x-habite-file-purpose': options.purpose ?? 'CONTRACT_DOCUMENT' }),
      ...(client ? { cookie: client.cookieHeader() } : {}),
      ...options.headers,
    },
  });
}

/** Rows and files on disk: what a refused upload must leave exactly as it was. */
async function stored() {
  const folder = join(server.config.dataDir, 'files');
  const onDisk = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return { rows: await server.em().count(StoredFile, {}), onDisk: onDisk.length };
}

const MISSING = '00000000-0000-4000-8000-00000000f11e';

/** Ana sees a sold unit with a signed, validated contract of a visible type, whose document is stored. */
async function anaWithDocument(world: World) {
  const ana = await world.customer({ name: 'Ana' });
  const { unit, reservation } = await world.soldUnit(ana.customer);
  const contract = await world.contract(reservation, { title: 'Compra e venda' });
  const { file, bytes } = await world.contractDocument(contract, 'Compra e venda — assinado');
  return { ana, unit, reservation, contract, file, bytes, client: await ana.client() };
}

describe('SPEC §4, R-UNIT-4: a contract document is served to whoever sees the contract, and to nobody else', () => {
  it('R-CONTRACT-1..4: the customer who sees the contract gets its PDF inline, named, never cached, never sniffed', async () => {
    const world = await World.create(server);
    const { client, file, bytes, unit } = await anaWithDocument(world);
    const answer = await get(file.id, client);
    expect(answer.status).toBe(200);
    expect(answer.body.equals(bytes)).toBe(true);
    expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(answer.headers).toMatchObject({
      'content-type': 'application/pdf', 'content-length': String(bytes.length), 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store',
      'content-disposition': `inline; filename="Compra e venda _ assinado.pdf"; filename*=UTF-8''${encodeURIComponent('Compra e venda — assinado.pdf')}`,
    });
    expect((await get(file.id, client, '?download=1')).headers['content-disposition']).toMatch(/^attachment; /);
    // The API says where: Habite's own address.
    const seenUnit = (await client.ok(`query($id: ID!) { unit(id: $id) { contracts { documentUrl document { name size contentType } } } }`, { id: unit.id })).unit;
    expect(seenUnit.contracts).toEqual([{ documentUrl: `/files/${file.id}`, document: { name: 'Compra e venda — assinado.pdf', size: bytes.length, contentType: 'application/pdf' } }]);
  });

  it('R-CONTRACT-2, -3, -4, -1, R-UNIT-4: unsigned, of a hidden type, of a hidden unit, of another customer, with contracts off, or asked by nobody: 404 exactly like a missing file', async () => {
    const world = await World.create(server);
    const { ana, reservation, client, file } = await anaWithDocument(world);
    const missing = seen(await get(MISSING, client));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ errors: [{ message: 'Arquivo não encontrado.', extensions: { code: 'NOT_FOUND' } }] });

    const unsigned = await world.contractDocument(await world.contract(reservation, { signed: false }));
    const notValidated = await world.contractDocument(await world.contract(reservation, { validated: false }));
    const hiddenType = await world.contractDocument(await world.contract(reservation, { type: world.types.internal }));
    const inactiveBlock = world.em.create(Block, { development: world.development, name: 'Bloco inativo', active: false });
    await world.em.flush();
    const { reservation: hiddenSale } = await world.soldUnit(ana.customer, { block: inactiveBlock });
    const hiddenUnit = await world.contractDocument(await world.contract(hiddenSale));
    const inProgress = await world.reservation(await world.unit(), ana.customer, ReservationStatus.IN_PROGRESS);
    const notSold = await world.contractDocument(await world.contract(inProgress));
    const bruno = await world.customer({ name: 'Bruno' });
    const { reservation: brunos } = await world.soldUnit(bruno.customer);
    const another = await world.contractDocument(await world.contract(brunos));
    const pending = await world.storedFile(FileOwnerKind.CONTRACT_DOCUMENT, null);
    for (const [what, id] of [
      ['unsigned', unsigned.file.id], ['not validated', notValidated.file.id], ['hidden type', hiddenType.file.id], ['hidden unit', hiddenUnit.file.id],
      ['reservation not sold', notSold.file.id], ['another customer\'s', another.file.id], ['not attached yet', pending.file.id],
    ] as const) {
      expect(seen(await get(id, client)), what).toEqual(missing);
    }
    expect(seen(await get(file.id)), 'nobody signed in').toEqual(seen(await get(MISSING)));
    expect(seen(await get('nao-e-um-id', client)), 'not an id').toEqual(missing);
    await world.update(world.portal, { showContracts: false });
    expect(seen(await get(file.id, client)), 'contracts off').toEqual(missing);
  });

  it('R-OPS-4: staff open the files of their company within their scope; another company\'s staff, a member limited to another development, and an upload by someone else are 404', async () => {
    const world = await World.create(server);
    const { file } = await anaWithDocument(world);
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    expect((await get(file.id, admin)).status).toBe(200);
    const { client: here } = await world.staff(StaffRole.AGENT, { developments: [world.development] });
    expect((await get(file.id, here)).status).toBe(200);
    const elsewhere = await world.development2('Loteamento Longe');
    const { client: limited } = await world.staff(StaffRole.MANAGER, { developments: [elsewhere] });
    const missing = seen(await get(MISSING, admin));
    expect(seen(await get(file.id, limited))).toEqual(missing);
    const other = await World.create(server);
    const { client: outsider } = await other.staff(StaffRole.ADMIN);
    expect(seen(await get(file.id, outsider))).toEqual(missing);
    const { account: uploader, client: uploaderClient } = await world.staff(StaffRole.MANAGER);
    const pending = await world.storedFile(FileOwnerKind.CONTRACT_DOCUMENT, null, { createdBy: uploader });
    expect((await get(pending.file.id, uploaderClient)).status).toBe(200);
    expect(seen(await get(pending.file.id, admin))).toEqual(missing);
  });
});

describe('R-REQ-10: syndic files are served to the syndics who see them', () => {
  it('R-REQ-10: the syndic opens the development\'s files and their own; another syndic\'s, and any customer, get 404', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const me = await world.syndic();
    const other = await world.syndic();
    const ofDevelopment = await world.syndicFile({ development: world.development }, 'Regimento interno');
    const mine = await world.syndicFile({ syndic: me.syndic }, 'Ata da minha posse');
    const theirs = await world.syndicFile({ syndic: other.syndic }, 'Ata do outro');
    const syndic = await me.client();
    const { mySyndicFiles } = await syndic.ok(`{ mySyndicFiles { name url } }`);
    expect(mySyndicFiles).toEqual([{ name: 'Ata da minha posse', url: `/files/${mine.file.id}` }, { name: 'Regimento interno', url: `/files/${ofDevelopment.file.id}` }]);
    for (const { file, bytes } of [ofDevelopment, mine]) {
      const answer = await get(file.id, syndic);
      expect(answer.status).toBe(200);
      expect(answer.body.equals(bytes)).toBe(true);
    }
    const missing = seen(await get(MISSING, syndic));
    expect(seen(await get(theirs.file.id, syndic))).toEqual(missing);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const customer = await ana.client();
    for (const { file } of [ofDevelopment, mine, theirs]) expect(seen(await get(file.id, customer))).toEqual(seen(await get(MISSING, customer)));
    // The syndic access off: nothing for the syndic either.
    await world.update(world.portal, { showSyndicAccess: false });
    expect(seen(await get(ofDevelopment.file.id, syndic))).toEqual(missing);
  });
});

describe('uploads: staff send a file, a mutation attaches it', () => {
  it('a MANAGER uploads a PDF (201 with its id) and sets it as the contract\'s document; the customer then opens it; replacing it removes the old one; audited', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const contract = await world.contract(reservation, { title: 'Compra e venda' });
    const { client } = await world.staff(StaffRole.MANAGER);
    const pdf = minimalPdf('Contrato assinado', ['A-101']);
    const sent = await upload(client, pdf);
    expect(sent.status).toBe(201);
    expect(sent.json()).toMatchObject({ name: 'Contrato assinado — A-101.pdf', contentType: 'application/pdf', size: pdf.length, url: `/files/${sent.json().id}` });
    const set = `mutation($c: ID!, $f: ID) { setContractDocument(contractId: $c, fileId: $f) { id documentUrl document { name } } }`;
    expect((await client.ok(set, { c: contract.id, f: sent.json().id })).setContractDocument).toEqual({ id: contract.id, documentUrl: sent.json().url, document: { name: 'Contrato assinado — A-101.pdf' } });
    const customer = await ana.client();
    expect((await get(sent.json().id, customer)).body.equals(pdf)).toBe(true);

    // Used already: it cannot be attached elsewhere.
    const second = await world.contract(reservation);
    expect((await client.request(set, { c: second.id, f: sent.json().id })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fileId' });
    // Someone else's upload is not yours to attach.
    const { client: colleague } = await world.staff(StaffRole.ADMIN);
    const theirs = (await upload(colleague, pdf)).json();
    expect((await client.request(set, { c: contract.id, f: theirs.id })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fileId' });

    const replacement = (await upload(client, minimalPdf('Contrato retificado', ['A-101']), { name: 'retificado.pdf' })).json();
    await client.ok(set, { c: contract.id, f: replacement.id });
    expect((await get(replacement.id, customer)).status).toBe(200);
    expect((await get(sent.json().id, customer)).status).toBe(404);
    expect(await server.em().count(StoredFile, { id: sent.json().id })).toBe(0);
    await client.ok(set, { c: contract.id, f: null });
    expect((await customer.ok(`query($id: ID!) { unit(id: $id) { contracts { documentUrl } } }`, { id: reservation.unit.id })).unit.contracts[0].documentUrl).toBeNull();
    const { auditLog } = await client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after } } }`, { id: contract.id });
    expect(auditLog.nodes.map((n: { action: string; after: { documentName: string | null } }) => [n.action, n.after.documentName])).toEqual([
      ['contract.document.set', null], ['contract.document.set', 'retificado.pdf'], ['contract.document.set', 'Contrato assinado — A-101.pdf'],
    ]);
  });

  it('refusals say what to do in Portuguese, name the field, and write nothing: too big, not a PDF by its content, empty, unnamed, unknown purpose', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN);
    const before = await stored();
    const cases: [string, Promise<RawResponse>, number, Record<string, unknown>, RegExp][] = [
      ['too big', upload(client, Buffer.concat([minimalPdf('Grande', []), Buffer.alloc(LIMIT)])), 413, { code: 'BAD_USER_INPUT', field: 'file', reason: 'TOO_LARGE', maxBytes: LIMIT }, /máximo é 0,1 MB/],
      ['far too big', upload(client, Buffer.alloc(LIMIT * 5, 1)), 413, { code: 'BAD_USER_INPUT', field: 'file', reason: 'TOO_LARGE' }, /máximo/],
      ['a PNG named .pdf', upload(client, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), { name: 'contrato.pdf' }), 415, { code: 'BAD_USER_INPUT', field: 'file', reason: 'TYPE', accepted: ['PDF'] }, /não é PDF/],
      ['HTML as application/pdf', upload(client, Buffer.from('<html><script>alert(1)</script></html>')), 415, { code: 'BAD_USER_INPUT', field: 'file', reason: 'TYPE' }, /Envie o documento em PDF/],
      ['empty', upload(client, Buffer.alloc(0)), 400, { code: 'BAD_USER_INPUT', field: 'file', reason: 'EMPTY' }, /vazio/],
      ['no name', upload(client, minimalPdf('x', []), { name: '' }), 400, { code: 'BAD_USER_INPUT', field: 'file' }, /X-Habite-File-Name/],
      ['a control character in the name', upload(client, minimalPdf('x', []), { name: 'a%00b.pdf' }), 400, { code: 'BAD_USER_INPUT', field: 'name' }, /caracteres inválidos/],
      ['unknown purpose', upload(client, minimalPdf('x', []), { purpose: 'AVATAR' }), 400, { code: 'BAD_USER_INPUT', field: 'purpose' }, /CONTRACT_DOCUMENT/],
    ];
    for (const [what, answer, status, extensions, message] of cases) {
      const r = await answer;
      expect(r.status, what).toBe(status);
      expect(r.json().errors[0], what).toMatchObject({ extensions, message: expect.stringMatching(message) });
    }
    expect(await stored()).toEqual(before);
  });

  it('only staff who may attach (ADMIN, MANAGER) upload: an AGENT, a customer and nobody are refused; a form of another site too (CSRF); nothing is written', async () => {
    const world = await World.create(server);
    const before = await stored();
    const pdf = minimalPdf('x', []);
    const { client: agent } = await world.staff(StaffRole.AGENT);
    expect((await upload(agent, pdf)).status).toBe(403);
    const ana = await world.customer();
    const customer = await ana.client();
    expect((await upload(customer, pdf, { headers: { 'x-habite-app': 'client' } })).status).toBe(403);
    expect((await upload(null, pdf)).json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const foreign = await upload(admin, pdf, { headers: { origin: 'https://atacante.example' } });
    expect([foreign.status, foreign.json().errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    // A plain form can send neither custom header: refused before anything else.
    const form = await httpExchange(`${server.url}/files`, { method: 'POST', body: pdf, headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: admin.cookieHeader() } });
    expect(form.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('R-REQ-10: staff add a syndic file for the development or for one syndic, and remove it (bytes too); audited', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const me = await world.syndic();
    const { client } = await world.staff(StaffRole.ADMIN);
    const add = `mutation($i: AddSyndicFileInput!) { addSyndicFile(input: $i) { id name url } }`;
    const forAll = (await upload(client, minimalPdf('Regimento', []), { name: 'Regimento interno.pdf', purpose: 'SYNDIC_FILE' })).json();
    const forMe = (await upload(client, minimalPdf('Ata', []), { name: 'Ata.pdf', purpose: 'SYNDIC_FILE' })).json();
    const a = (await client.ok(add, { i: { developmentId: world.development.id, fileId: forAll.id } })).addSyndicFile;
    const b = (await client.ok(add, { i: { syndicId: me.syndic.id, fileId: forMe.id, name: 'Ata da posse' } })).addSyndicFile;
    expect([a.name, a.url, b.name]).toEqual(['Regimento interno', `/files/${forAll.id}`, 'Ata da posse']);
    // A contract's upload is not a syndic file, and one file is for one of the two.
    const wrongKind = (await upload(client, minimalPdf('x', []))).json();
    expect((await client.request(add, { i: { developmentId: world.development.id, fileId: wrongKind.id } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fileId' });
    expect((await client.request(add, { i: { developmentId: world.development.id, syndicId: me.syndic.id, fileId: wrongKind.id } })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'developmentId' });
    const { developments } = await client.ok(`{ developments { id syndicFiles { name } syndics { id files { name } } } }`);
    const development = developments.find((d: { id: string }) => d.id === world.development.id);
    expect(development.syndicFiles).toEqual([{ name: 'Regimento interno' }]);
    expect(development.syndics.find((s: { id: string }) => s.id === me.syndic.id).files).toEqual([{ name: 'Ata da posse' }]);
    const syndic = await me.client();
    expect((await syndic.ok(`{ mySyndicFiles { name } }`)).mySyndicFiles).toEqual([{ name: 'Ata da posse' }, { name: 'Regimento interno' }]);
    await client.ok(`mutation($id: ID!) { removeSyndicFile(id: $id) }`, { id: a.id });
    expect((await get(forAll.id, syndic)).status).toBe(404);
    expect(await server.em().count(StoredFile, { id: forAll.id })).toBe(0);
    const { auditLog } = await client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action } } }`, { id: a.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['syndicFile.remove', 'syndicFile.add']);
  });
});
