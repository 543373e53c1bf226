import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';
import { Development, DevelopmentKind, DevelopmentStatus } from '../../developments/development.entity.js';

const AUDIT = `query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after actorLabel } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-SET-2: every settings change is audited with before and after', () => {
  it('R-SET-2: changing portal settings records exactly the fields that changed, before and after', async () => {
    const world = await World.create(server);
    const { client, account } = await world.staff(StaffRole.MANAGER);
    await client.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showContracts: false, showFaq: false, loginText1: "Bem-vindo", finishedAssistanceSla: 2, finishedAssistanceSlaUnit: HOURS }) { id finishedAssistanceSla finishedAssistanceSlaMinutes } }`, { id: world.portal.id });
    const { auditLog } = await client.ok(AUDIT, { id: world.portal.id });
    expect(auditLog.nodes).toEqual([{
      action: 'portal.settings.update',
      actorLabel: expect.stringContaining(account.email),
      before: { showContracts: true, loginText1: null, finishedAssistanceSlaMinutes: 10080, finishedAssistanceSlaUnit: 'DAYS' },
      after: { showContracts: false, loginText1: 'Bem-vindo', finishedAssistanceSlaMinutes: 120, finishedAssistanceSlaUnit: 'HOURS' },
    }]);
  });

  it('R-SET-2: configuration records (association type, workflow, block, development) are audited too', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    await client.ok(`mutation($id: ID) { saveAssociationType(input: { id: $id, seesUnitsInPortal: true }) { id } }`, { id: world.types.guarantor.id });
    await client.ok(`mutation($id: ID) { saveWorkflow(input: { id: $id, showFinishedInPortal: true }) { id } }`, { id: world.workflows.assistance.id });
    await client.ok(`mutation($id: ID!) { setBlockActive(id: $id, active: false) { active } }`, { id: world.block.id });
    await client.ok(`mutation($id: ID!) { updateDevelopment(input: { id: $id, allowServiceRequests: false }) { allowServiceRequests } }`, { id: world.development.id });
    for (const [id, before, after] of [
      [world.types.guarantor.id, { seesUnitsInPortal: false }, { seesUnitsInPortal: true }],
      [world.workflows.assistance.id, { showFinishedInPortal: false }, { showFinishedInPortal: true }],
      [world.block.id, { active: true }, { active: false }],
      [world.development.id, { allowServiceRequests: true }, { allowServiceRequests: false }],
    ] as const) {
      expect((await client.ok(AUDIT, { id })).auditLog.nodes).toEqual([expect.objectContaining({ before, after })]);
    }
  });

  it('R-SET-2: a change that changes nothing writes no audit entry; bad input writes nothing', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    await client.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showContracts: true }) { id } }`, { id: world.portal.id });
    const bad = await client.request(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showDeliveryForecast: true, primaryColor: "azul" }) { id } }`, { id: world.portal.id });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'primaryColor' });
    expect((await client.ok(AUDIT, { id: world.portal.id })).auditLog.nodes).toEqual([]);
    expect((await client.ok(`query($id: ID!) { portal(id: $id) { showDeliveryForecast } }`, { id: world.portal.id })).portal.showDeliveryForecast).toBe(false);
  });

  it('an AGENT cannot change configuration (FORBIDDEN)', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.AGENT);
    const result = await client.request(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showFaq: true }) { id } }`, { id: world.portal.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('R-PORTAL-1: portals and their developments', () => {
  it('R-PORTAL-1: a WORK development has at most one portal', async () => {
    const world = await World.create(server);
    const work = world.em.create(Development, { company: world.company, name: 'Obra Casa Silva', kind: DevelopmentKind.WORK });
    await world.em.flush();
    const { client } = await world.staff();
    const create = `mutation($i: CreatePortalInput!) { createPortal(input: $i) { id } }`;
    await client.ok(create, { i: { name: 'Obra Silva', slug: `obra-${world.portal.slug}`, developmentIds: [work.id] } });
    const second = await client.request(create, { i: { name: 'Outro', slug: `outro-${world.portal.slug}`, developmentIds: [work.id] } });
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'developmentIds' }, message: expect.stringMatching(/Obra Casa Silva/) });
    // A DEVELOPMENT (sold in units) may be served by several portals.
    await client.ok(create, { i: { name: 'Outro', slug: `outro-${world.portal.slug}`, developmentIds: [world.development.id] } });
  });
});

describe('portal list', () => {
  it('searches portals by name and filters them by portal status and by the status of their developments (obra)', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const work = world.em.create(Development, { company: world.company, name: 'Obra Paralisada', kind: DevelopmentKind.WORK, status: DevelopmentStatus.PAUSED });
    await world.em.flush();
    await client.ok(`mutation($i: CreatePortalInput!) { createPortal(input: $i) { id } }`, { i: { name: 'Portal da Obra', slug: `obra-p-${world.portal.slug}`, developmentIds: [work.id] } });
    const list = `query($s: String, $a: Boolean, $d: DevelopmentStatus) { portals(search: $s, active: $a, developmentStatus: $d) { name } }`;
    expect((await client.ok(list, { d: 'PAUSED' })).portals).toEqual([{ name: 'Portal da Obra' }]);
    expect((await client.ok(list, { d: 'IN_PROGRESS' })).portals).toEqual([{ name: 'Portal Teste' }]);
    expect((await client.ok(list, { s: 'obra' })).portals).toEqual([{ name: 'Portal da Obra' }]);
    expect((await client.ok(list, { a: false })).portals).toEqual([]);
  });
});

describe('R-PORTAL-2: activation and deletion', () => {
  it('R-PORTAL-2: deleting asks for the portal\'s name, typed exactly', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const wrong = await client.request(`mutation($id: ID!) { deletePortal(portalId: $id, confirmName: "portal teste") }`, { id: world.portal.id });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmName' });
    expect(await client.ok(`mutation($id: ID!) { deletePortal(portalId: $id, confirmName: "Portal Teste") }`, { id: world.portal.id })).toEqual({ deletePortal: true });
    expect((await client.request(`query($id: ID!) { portal(id: $id) { id } }`, { id: world.portal.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('R-PORTAL-2: inactivating keeps the data; reactivating restores access', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const customer = await ana.client();
    const { client } = await world.staff();
    await client.ok(`mutation($id: ID!) { setPortalActive(portalId: $id, active: false) { active } }`, { id: world.portal.id });
    expect((await customer.request(`{ myUnits { id } }`)).errors?.[0]?.extensions?.code).toBe('PORTAL_INACTIVE');
    await client.ok(`mutation($id: ID!) { setPortalActive(portalId: $id, active: true) { active } }`, { id: world.portal.id });
    expect((await customer.ok(`{ myUnits { id } }`)).myUnits).toEqual([{ id: unit.id }]);
  });
});

describe('R-PORTAL-3: domain bindings through the API', () => {
  it('R-PORTAL-3: binds a hostname to developments the portal serves; refuses others and another portal\'s hostname', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client } = await world.staff();
    const save = `mutation($i: PortalDomainInput!) { savePortalDomain(input: $i) { hostname developments { name } } }`;
    const host = `Jardins-${world.portal.slug}.test`;
    expect((await client.ok(save, { i: { portalId: world.portal.id, hostname: host, developmentIds: [world.development.id] } })).savePortalDomain)
      .toEqual({ hostname: host.toLowerCase(), developments: [{ name: world.development.name }] });
    const notServed = await client.request(save, { i: { portalId: world.portal.id, hostname: `x-${world.portal.slug}.test`, developmentIds: [other.development.id] } });
    expect(notServed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'developmentIds' });
    const bad = await client.request(save, { i: { portalId: world.portal.id, hostname: 'https://com barra/', developmentIds: [] } });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hostname' });
    const { client: theirs } = await other.staff();
    const taken = await theirs.request(save, { i: { portalId: other.portal.id, hostname: host, developmentIds: [] } });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('R-PORTAL-4: login texts and white label', () => {
  it('R-PORTAL-4: the login screen gets Texto 1, Texto 2, name, logo and colours without signing in', async () => {
    const world = await World.create(server, { loginText1: 'Bem-vindo ao seu novo lar', loginText2: 'Dúvidas? (11) 4000-0000', whiteLabelName: 'Minha Casa', primaryColor: '#112233' });
    const anonymous = server.client({ app: 'client', headers: world.headers });
    const { currentPortal } = await anonymous.ok(`{ currentPortal { name whiteLabelName loginText1 loginText2 primaryColor logoUrl showSyndicAccess loginEnabled developments { id } } }`);
    expect(currentPortal).toEqual({
      name: 'Portal Teste', whiteLabelName: 'Minha Casa', loginText1: 'Bem-vindo ao seu novo lar', loginText2: 'Dúvidas? (11) 4000-0000',
      primaryColor: '#112233', logoUrl: null, showSyndicAccess: false, loginEnabled: true, developments: [],
    });
  });
});
