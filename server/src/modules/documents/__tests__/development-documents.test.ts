import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../demo/demo-pdf.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { StaffRole, World } from '../../../test/world.js';
import { Block } from '../../developments/block.entity.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** POST /files as staff (the admin app's headers), then addDevelopmentDocument. */
async function addDocument(client: GraphQLClient, input: { developmentId: string; blockId?: string; unitId?: string; category: string; title?: string }) {
  const sent = await httpExchange(`${server.url}/files`, {
    method: 'POST', body: minimalPdf(input.title ?? 'Documento', ['Documento de teste.']),
    headers: { 'content-type': 'application/pdf', 'x-habite-app': 'admin', 'x-habite-file-name': encodeURIComponent(`${input.title ?? 'documento'}.pdf`), 'x-habite-file-purpose': 'DEVELOPMENT_DOCUMENT', cookie: client.cookieHeader() },
  });
  expect(sent.status).toBe(201);
  const fileId = sent.json().id as string;
  return client.request<{ addDevelopmentDocument: { id: string; title: string; url: string } }>(
    `mutation($i: AddDevelopmentDocumentInput!) { addDevelopmentDocument(input: $i) { id title url category } }`, { i: { ...input, fileId } });
}

const UNIT_DOCUMENTS = `query($id: ID!) { unit(id: $id) { documents { id title category url } } }`;
const get = (path: string, client: GraphQLClient) => httpExchange(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });

describe('development documents (manual do proprietário, memorial descritivo) — R-UNIT-4', () => {
  it('R-UNIT-4: the development\'s documents reach the customers who see a unit there; a tower\'s only that tower\'s; a unit\'s only that unit\'s; the file follows the same rule (404 otherwise)', async () => {
    const world = await World.create(server);
    const towerB = world.em.create(Block, { development: world.development, name: 'Bloco B' });
    await world.em.flush();
    const ana = await world.customer();
    const { unit: anaUnit } = await world.soldUnit(ana.customer);
    const bruno = await world.customer();
    const { unit: brunoUnit } = await world.soldUnit(bruno.customer, { block: towerB });
    const { client: admin } = await world.staff(StaffRole.ADMIN);

    const manual = (await addDocument(admin, { developmentId: world.development.id, category: 'OWNER_MANUAL', title: 'Manual do proprietário' })).data!.addDevelopmentDocument;
    const towerA = (await addDocument(admin, { developmentId: world.development.id, blockId: world.block.id, category: 'CONDOMINIUM_RULES', title: 'Regimento do Bloco A' })).data!.addDevelopmentDocument;
    const plan = (await addDocument(admin, { developmentId: world.development.id, unitId: brunoUnit.id, category: 'FLOOR_PLAN', title: 'Planta do apartamento' })).data!.addDevelopmentDocument;

    const anaClient = await ana.client();
    const brunoClient = await bruno.client();
    const titles = async (client: GraphQLClient, unitId: string) => (await client.ok(UNIT_DOCUMENTS, { id: unitId })).unit.documents.map((d: { title: string }) => d.title).sort();
    expect(await titles(anaClient, anaUnit.id)).toEqual(['Manual do proprietário', 'Regimento do Bloco A']);
    expect(await titles(brunoClient, brunoUnit.id)).toEqual(['Manual do proprietário', 'Planta do apartamento']);

    // The bytes follow the document's rule: another tower's or another unit's document is the same 404 as a missing one.
    expect((await get(manual.url, anaClient)).status).toBe(200);
    expect((await get(towerA.url, anaClient)).status).toBe(200);
    expect((await get(plan.url, anaClient)).status).toBe(404);
    expect((await get(towerA.url, brunoClient)).status).toBe(404);
    expect((await get(plan.url, brunoClient)).status).toBe(200);
  });

  it('R-UNIT-2, R-UNIT-4, R-EXPLAIN-1: when the customer\'s unit is hidden (its tower made inactive), its documents and their files are hidden with it, and the explainer says why', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const manual = (await addDocument(admin, { developmentId: world.development.id, category: 'SPECIFICATION', title: 'Memorial descritivo' })).data!.addDevelopmentDocument;
    const anaClient = await ana.client();
    expect((await get(manual.url, anaClient)).status).toBe(200);

    const explain = async () => (await admin.ok<{ explainVisibility: { visible: boolean; checks: { ruleId: string; passed: boolean; detail: string }[] } }>(
      `query($input: ExplainVisibilityInput!) { explainVisibility(input: $input) { visible checks { ruleId passed detail } } }`,
      { input: { customerId: ana.customer.id, target: { documentId: manual.id } } })).explainVisibility;
    expect(await explain()).toMatchObject({ visible: true, checks: [{ ruleId: 'R-UNIT-4', passed: true, detail: expect.stringContaining(`vê a unidade "${unit.name}"`) }] });

    await world.update(world.block, { active: false });
    expect((await get(manual.url, anaClient)).status).toBe(404);
    const hidden = await anaClient.request(UNIT_DOCUMENTS, { id: unit.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // R-EXPLAIN-1: the explainer names the rule and why, in words.
    const why = await explain();
    expect(why.visible).toBe(false);
    expect(why.checks[0]).toMatchObject({ ruleId: 'R-UNIT-4', passed: false, detail: expect.stringContaining(`A unidade "${unit.name}" em "${world.development.name}" está oculta ao cliente`) });
  });

  it('R-OPS-4, R-SET-2: staff limited to another development cannot add or read them; an added and a removed document are audited; a tower and a unit together are refused on the field', async () => {
    const world = await World.create(server);
    const other = await world.development2();
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const { client: limited } = await world.staff(StaffRole.MANAGER, { developments: [other] });
    const unit = await world.unit();

    const both = await addDocument(admin, { developmentId: world.development.id, blockId: world.block.id, unitId: unit.id, category: 'OTHER', title: 'Dúbio' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });

    const refused = await addDocument(limited, { developmentId: world.development.id, category: 'OTHER', title: 'Fora do alcance' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const added = (await addDocument(admin, { developmentId: world.development.id, category: 'WARRANTY', title: 'Termo de garantia' })).data!.addDevelopmentDocument;
    expect((await get(added.url, limited)).status).toBe(404);
    const listed = await admin.ok(`query($id: ID!) { development(id: $id) { documents { title category } } }`, { id: world.development.id });
    expect(listed.development.documents).toEqual([{ title: 'Termo de garantia', category: 'WARRANTY' }]);
    expect((await limited.request(`mutation($id: ID!) { removeDevelopmentDocument(id: $id) }`, { id: added.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await admin.ok(`mutation($id: ID!) { removeDevelopmentDocument(id: $id) }`, { id: added.id });
    expect((await get(added.url, admin)).status).toBe(404);
    const audit = await admin.ok(`{ auditLog(first: 10) { edges { node { action } } } }`);
    expect(audit.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(expect.arrayContaining(['developmentDocument.add', 'developmentDocument.remove']));
  });
});
