import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { RequestKind, ReservationStatus, World } from '../../../test/world.js';
import { SyndicFile } from '../../syndics/syndic-file.entity.js';

const OPEN = `mutation($i: OpenRequestInput!) { openRequest(input: $i) { id number kind status { name } subsubject { name } location { name } commonArea { name } history { toStatus { name } comment } } }`;
const MY_REQUESTS = `query($kind: RequestKind, $open: Boolean) { myRequests(kind: $kind, open: $open) { nodes { id } } }`;
const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id finishedAt status { name } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ids = (data: { myRequests: { nodes: { id: string }[] } }) => data.myRequests.nodes.map((n) => n.id).sort();

async function holderWithUnit(world: World) {
  const holder = await world.customer();
  const { unit } = await world.soldUnit(holder.customer);
  return { ...holder, unit, client: await holder.client() };
}

describe('R-REQ-1: opening requests needs the development permission and the portal menu', () => {
  it('R-REQ-1: a customer opens a SERVICE request for their unit', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.service.id, description: 'Preciso da 2ª via' } });
    expect(openRequest).toMatchObject({ kind: 'SERVICE', status: { name: 'Aberto' }, history: [{ toStatus: { name: 'Aberto' }, comment: null }] });
    expect(openRequest.number).toBeGreaterThan(0);
  });

  it('R-REQ-1: refused with FEATURE_DISABLED naming the development permission when the development forbids it', async () => {
    const world = await World.create(server);
    await world.update(world.development, { allowServiceRequests: false });
    const ana = await holderWithUnit(world);
    const result = await ana.client.request(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'allowServiceRequests' });
    expect((await ana.client.ok(`{ myMenus { menu visible reason } }`)).myMenus).toContainEqual({ menu: 'SERVICE', visible: false, reason: expect.stringMatching(/atendimentos/) });
  });

  it('R-REQ-1: refused with FEATURE_DISABLED naming the portal menu when showAssistanceMenu is off', async () => {
    const world = await World.create(server, { showAssistanceMenu: false });
    const ana = await holderWithUnit(world);
    const result = await ana.client.request(OPEN, { i: { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showAssistanceMenu' });
  });

  it('R-REQ-1: nothing is written when the request is refused', async () => {
    const world = await World.create(server);
    await world.update(world.development, { allowAssistanceRequests: false });
    const ana = await holderWithUnit(world);
    await ana.client.request(OPEN, { i: { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'x' } });
    const bad = await ana.client.request(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'x' } });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'subsubjectId' });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([]);
  });
});

describe('R-REQ-2: subsubject display names', () => {
  it('R-REQ-2: the portal shows portalDisplayName; staff see the real name', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'Pinga' } });
    expect(openRequest.subsubject.name).toBe('Vazamento');
    const { client } = await world.staff();
    const { request } = await client.ok(`query($id: ID!) { request(id: $id) { subsubject { name portalDisplayName } } }`, { id: openRequest.id });
    expect(request.subsubject).toEqual({ name: 'VAZ-HID-03 vazamento ramal', portalDisplayName: 'Vazamento' });
    const { requestSubjects } = await ana.client.ok(`{ requestSubjects(kind: ASSISTANCE) { name subsubjects { name portalDisplayName } } }`);
    expect(requestSubjects[0].subsubjects).toEqual([{ name: 'Vazamento', portalDisplayName: null }]);
  });

  it('R-REQ-2: without a display name the portal shows the real name', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    expect(openRequest.subsubject.name).toBe('2ª via de boleto');
  });
});

describe('R-REQ-3: location and common area', () => {
  it('R-REQ-3: with showLocation on, an assistance names a location of the unit; off, FEATURE_DISABLED', async () => {
    const world = await World.create(server, { showLocation: false });
    const ana = await holderWithUnit(world);
    const kitchen = await world.location('Cozinha');
    const input = { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, locationId: kitchen.id, description: 'Pia' };
    expect((await ana.client.request(OPEN, { i: input })).errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showLocation' });
    await world.update(world.portal, { showLocation: true });
    expect((await ana.client.ok(OPEN, { i: input })).openRequest.location).toEqual({ name: 'Cozinha' });
  });

  it('R-REQ-3: with showCommonArea on, an assistance targets a common area instead of a unit; off, FEATURE_DISABLED', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const pool = await world.commonArea('Piscina');
    const input = { kind: 'ASSISTANCE', commonAreaId: pool.id, subsubjectId: world.subsubjects.assistance.id, description: 'Filtro' };
    expect((await ana.client.request(OPEN, { i: input })).errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showCommonArea' });
    await world.update(world.portal, { showCommonArea: true });
    expect((await ana.client.ok(OPEN, { i: input })).openRequest.commonArea).toEqual({ name: 'Piscina' });
  });
});

describe('R-REQ-4: workflow statuses and history', () => {
  it('R-REQ-4: staff change the status with a public comment; the history keeps who, when and the comment', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    const { client, account } = await world.staff();
    await client.ok(CHANGE, { i: { requestId: openRequest.id, statusId: world.statuses.doing.id, comment: 'Estamos vendo.' } });
    const { changeRequestStatus } = await client.ok(CHANGE, { i: { requestId: openRequest.id, statusId: world.statuses.done.id } });
    expect(changeRequestStatus.finishedAt).not.toBeNull();
    const { request } = await ana.client.ok(`query($id: ID!) { request(id: $id) { status { name isFinal } history { fromStatus { name } toStatus { name } comment changedByName at } } }`, { id: openRequest.id });
    expect(request.status).toEqual({ name: 'Concluído', isFinal: true });
    expect(request.history.map((h: { toStatus: { name: string }; comment: string | null; changedByName: string }) => [h.toStatus.name, h.comment, h.changedByName])).toEqual([
      ['Aberto', null, ana.account.name], ['Em andamento', 'Estamos vendo.', account.name], ['Concluído', null, account.name],
    ]);
  });

  it('R-REQ-4: a status of another workflow is BAD_USER_INPUT naming statusId', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'SERVICE', unitId: ana.unit.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    const { client } = await world.staff();
    const result = await client.request(CHANGE, { i: { requestId: openRequest.id, statusId: world.statuses.aDone.id } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'statusId' });
  });
});

describe('R-REQ-5 / R-REQ-6: finished assistances and the SLA', () => {
  it('R-REQ-5: a finished assistance is visible until finishedAt + SLA, then hidden (never deleted)', async () => {
    const world = await World.create(server, { finishedAssistanceSlaMinutes: 120 });
    const ana = await holderWithUnit(world);
    const finished = await world.request({ openedBy: ana.account, unit: ana.unit, kind: RequestKind.ASSISTANCE, status: world.statuses.aDone, finishedAt: new Date() });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([finished.id]);
    server.clock.advance(121 * 60_000);
    try {
      expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([]);
      expect((await ana.client.request(`query($id: ID!) { request(id: $id) { id } }`, { id: finished.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const { client } = await world.staff();
      expect((await client.ok(`query($id: ID!) { request(id: $id) { id } }`, { id: finished.id })).request.id).toBe(finished.id);
    } finally {
      server.clock.reset();
    }
  });

  it('R-REQ-5: the SLA applies to assistances only; finished service requests stay', async () => {
    const world = await World.create(server, { finishedAssistanceSlaMinutes: 60 });
    const ana = await holderWithUnit(world);
    const done = await world.request({ openedBy: ana.account, unit: ana.unit, status: world.statuses.done, finishedAt: new Date(Date.now() - 10 * 86_400_000) });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([done.id]);
  });

  it('R-REQ-6: with showFinishedInPortal on the workflow, finished assistances stay visible past the SLA', async () => {
    const world = await World.create(server, { finishedAssistanceSlaMinutes: 60 });
    const ana = await holderWithUnit(world);
    const old = await world.request({ openedBy: ana.account, unit: ana.unit, kind: RequestKind.ASSISTANCE, status: world.statuses.aDone, finishedAt: new Date(Date.now() - 30 * 86_400_000) });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([]);
    await world.update(world.workflows.assistance, { showFinishedInPortal: true });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([old.id]);
  });
});

describe('R-REQ-7: who sees a request', () => {
  it('R-REQ-7: the holder sees a request an associate opened; an associate who does not see the unit does not; another customer does not', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const guarantor = await world.customer();
    const stranger = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [
      { customer: spouse.customer, type: world.types.spouse }, { customer: guarantor.customer, type: world.types.guarantor },
    ]);
    const byGuarantor = await world.request({ openedBy: guarantor.account, unit });
    const bySpouse = await world.request({ openedBy: spouse.account, unit });
    expect(ids(await (await holder.client()).ok(MY_REQUESTS))).toEqual([byGuarantor.id, bySpouse.id].sort());
    expect(ids(await (await spouse.client()).ok(MY_REQUESTS))).toEqual([byGuarantor.id, bySpouse.id].sort());
    // The guarantor opened one, but does not see the unit (R-UNIT-4 hides what hangs off it).
    expect(ids(await (await guarantor.client()).ok(MY_REQUESTS))).toEqual([]);
    expect(ids(await (await stranger.client()).ok(MY_REQUESTS))).toEqual([]);
  });

  it('R-REQ-7: a common-area request is seen by whoever opened it only', async () => {
    const world = await World.create(server, { showCommonArea: true });
    const ana = await holderWithUnit(world);
    const bruno = await holderWithUnit(world);
    const hall = await world.commonArea();
    const mine = await world.request({ openedBy: ana.account, commonArea: hall, kind: RequestKind.ASSISTANCE });
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([mine.id]);
    expect(ids(await bruno.client.ok(MY_REQUESTS))).toEqual([]);
  });

  it('R-REQ-7: staff see all of their company\'s requests, with filters and cursor pagination, and none of another company', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const ana = await holderWithUnit(world);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await world.request({ openedBy: ana.account, unit: ana.unit, createdAt: new Date(Date.now() - i * 60_000) }));
    await world.request({ openedBy: ana.account, unit: ana.unit, kind: RequestKind.ASSISTANCE });
    const { client } = await world.staff();
    const page = `query($f: RequestFilter, $after: String) { requests(filter: $f, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { requests }: { requests: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await client.ok(page, { f: { kind: "SERVICE", customerId: ana.customer.id }, after });
      seen.push(...requests.nodes.map((n: { id: string }) => n.id));
      if (!requests.pageInfo.hasNextPage) break;
      after = requests.pageInfo.endCursor;
    }
    expect(seen).toEqual(made.map((r) => r.id));
    const outsider = await other.staff();
    expect((await outsider.client.ok(page, {})).requests.nodes).toEqual([]);
    expect((await outsider.client.request(`query($id: ID!) { request(id: $id) { id } }`, { id: made[0]!.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('R-REQ-8: syndics', () => {
  it('R-REQ-8: a syndic opens requests for common areas of their development, sees only their own, never customers\'', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const ana = await holderWithUnit(world);
    const customerRequest = await world.request({ openedBy: ana.account, unit: ana.unit });
    const syndic = await world.syndic();
    const hall = await world.commonArea('Hall');
    const client = await syndic.client();
    const { openRequest } = await client.ok(OPEN, { i: { kind: 'SERVICE', commonAreaId: hall.id, subsubjectId: world.subsubjects.service.id, description: 'Lâmpada' } });
    expect(ids(await client.ok(MY_REQUESTS))).toEqual([openRequest.id]);
    expect((await client.request(`query($id: ID!) { request(id: $id) { id } }`, { id: customerRequest.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ids(await ana.client.ok(MY_REQUESTS))).toEqual([customerRequest.id]);
    const otherDevelopment = await world.development2();
    const elsewhere = await world.commonArea('Quadra', otherDevelopment);
    const refused = await client.request(OPEN, { i: { kind: 'SERVICE', commonAreaId: elsewhere.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'commonAreaId' });
  });

  it('R-REQ-8: with showSyndicAccess off the syndic cannot sign in (FEATURE_DISABLED naming the setting)', async () => {
    const world = await World.create(server, { showSyndicAccess: false });
    const syndic = await world.syndic();
    const result = await server.client({ app: 'client', headers: world.headers }).request(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, {
      i: { login: syndic.account.email, password: syndic.password, kind: 'SYNDIC' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showSyndicAccess' });
  });

  it('R-REQ-8: a syndic\'s request needs the matching menu (R-SET-1)', async () => {
    const world = await World.create(server, { showSyndicAccess: true, showServiceMenu: false });
    const syndic = await world.syndic();
    const hall = await world.commonArea('Hall');
    const result = await (await syndic.client()).request(OPEN, { i: { kind: 'SERVICE', commonAreaId: hall.id, subsubjectId: world.subsubjects.service.id, description: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showServiceMenu' });
  });
});

describe('R-REQ-10: syndic files', () => {
  it('R-REQ-10: a syndic sees the files of the development and their own, not another syndic\'s', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const me = await world.syndic();
    const other = await world.syndic();
    const em = world.em;
    em.create(SyndicFile, { development: world.development, name: 'Regimento interno', url: 'https://arquivos.test/regimento.pdf' });
    em.create(SyndicFile, { syndic: me.syndic, name: 'Ata da minha posse', url: 'https://arquivos.test/ata.pdf' });
    em.create(SyndicFile, { syndic: other.syndic, name: 'Ata do outro', url: 'https://arquivos.test/outro.pdf' });
    await em.flush();
    const { mySyndicFiles } = await (await me.client()).ok(`{ mySyndicFiles { name } }`);
    expect(mySyndicFiles.map((f: { name: string }) => f.name)).toEqual(['Ata da minha posse', 'Regimento interno']);
  });
});

describe('R-SET-1: menus follow their toggles, and the API refuses too', () => {
  it('R-SET-1: with showServiceMenu off the SERVICE list is refused (FEATURE_DISABLED) and the menu is hidden', async () => {
    const world = await World.create(server, { showServiceMenu: false });
    const ana = await holderWithUnit(world);
    const result = await ana.client.request(MY_REQUESTS, { kind: 'SERVICE' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showServiceMenu' });
    const { myMenus } = await ana.client.ok(`{ myMenus { menu visible } }`);
    expect(myMenus).toContainEqual({ menu: 'SERVICE', visible: false });
    expect(myMenus).toContainEqual({ menu: 'ASSISTANCE', visible: true });
    await world.update(world.portal, { showServiceMenu: true });
    expect((await ana.client.ok(`{ myMenus { menu visible } }`)).myMenus).toContainEqual({ menu: 'SERVICE', visible: true });
  });
});
