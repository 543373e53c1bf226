import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, subscribe } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { FileOwnerKind, StaffRole, World } from '../../../test/world.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { StoredFile } from '../../files/stored-file.entity.js';
import { RequestMessage } from '../request-message.entity.js';

const OPEN = `mutation($i: OpenRequestInput!) { openRequest(input: $i) { id photos { id name thumbnailUrl } } }`;
const REPLY = `mutation($i: ReplyToRequestInput!) { replyToRequest(input: $i) { id body visibility authorKind authorName mine photos { id } } }`;
const CONVERSATION = `query($id: ID!) { request(id: $id) { id photos { id } messages { body visibility authorKind photos { id } } history { comment } } }`;
const CANCEL = `mutation($i: CancelRequestInput!) { cancelRequest(input: $i) { id finishedAt cancelled status { name isFinal isCancellation } history { toStatus { name } comment } } }`;
const RATE = `mutation($i: RateRequestInput!) { rateRequest(input: $i) { id ratingScore ratingComment ratedAt } }`;
const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;
const ASSIGN = `mutation($i: AssignRequestInput!) { assignRequest(input: $i) { id assignee { id name } } }`;
const MINE = `subscription { myRequestChanged { id messages { body visibility } } }`;
const STAFF_LIST = `subscription { requestListChanged { id messages { body visibility } } }`;
const settle = () => new Promise((r) => setTimeout(r, 250));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const photo = (colour = '#3366cc') => sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).jpeg().toBuffer();

/** A portal user's photo sent as the client app sends it (POST /files, REQUEST_PHOTO): its id. */
async function uploadPhoto(world: World, client: GraphQLClient, name = 'vazamento.jpg'): Promise<string> {
  const response = await httpExchange(`${server.url}/files`, {
    method: 'POST', body: await photo(),
    headers: { ...world.headers, 'content-type': 'image/jpeg', 'x-habite-app': 'client', 'x-habite-file-name': encodeURIComponent(name), 'x-habite-file-purpose': 'REQUEST_PHOTO', cookie: client.cookieHeader() },
  });
  expect(response.status).toBe(201);
  return JSON.parse(response.body.toString('utf8')).id as string;
}

const download = (world: World, client: GraphQLClient, path: string) => httpExchange(`${server.url}${path}`, { headers: { ...world.headers, cookie: client.cookieHeader() } });

async function holderWithUnit(world: World) {
  const holder = await world.customer();
  const { unit } = await world.soldUnit(holder.customer);
  return { ...holder, unit, client: await holder.client() };
}

describe('R-REQ-7: photos of a request are seen by whoever sees the request', () => {
  it('R-REQ-7: Ana attaches photos when opening an assistência; staff see them; another customer\'s photo is NOT_FOUND', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const bruno = await holderWithUnit(world);
    const photoIds = [await uploadPhoto(world, ana.client, 'teto.jpg'), await uploadPhoto(world, ana.client, 'parede.jpg')];
    const { openRequest } = await ana.client.ok(OPEN, { i: { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'Mancha no teto', photoIds } });
    expect(openRequest.photos.map((p: { id: string }) => p.id).sort()).toEqual([...photoIds].sort());
    expect(openRequest.photos[0].thumbnailUrl).toMatch(/variant=thumbnail/);

    expect((await download(world, ana.client, `/files/${photoIds[0]}`)).status).toBe(200);
    expect((await download(world, ana.client, `/files/${photoIds[0]}?variant=thumbnail`)).status).toBe(200);
    const { client: staff } = await world.staff(StaffRole.AGENT);
    expect((await staff.ok(CONVERSATION, { id: openRequest.id })).request.photos).toHaveLength(2);
    expect((await download(world, staff, `/files/${photoIds[1]}`)).status).toBe(200);

    // Bruno, another customer of the same development: the photo is NOT_FOUND, as is the request.
    const hidden = await download(world, bruno.client, `/files/${photoIds[0]}`);
    expect(hidden.status).toBe(404);
    expect(JSON.parse(hidden.body.toString('utf8')).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await bruno.client.request(CONVERSATION, { id: openRequest.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Staff of another company: NOT_FOUND too.
    const other = await World.create(server);
    const { client: stranger } = await other.staff();
    expect((await download(other, stranger, `/files/${photoIds[0]}`)).status).toBe(404);
  });

  it('R-REQ-7: a photo someone else sent cannot be attached (BAD_USER_INPUT naming photoIds) and nothing is written', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const bruno = await holderWithUnit(world);
    const brunos = await uploadPhoto(world, bruno.client);
    const result = await ana.client.request(OPEN, { i: { kind: 'ASSISTANCE', unitId: ana.unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'x', photoIds: [brunos] } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
    expect((await ana.client.ok(`{ myRequests { nodes { id } } }`)).myRequests.nodes).toEqual([]);
    expect((await server.em().findOneOrFail(StoredFile, { id: brunos })).ownerId).toBeNull();
  });
});

describe('R-REQ-4 / R-REQ-7: the conversation of a request', () => {
  it('R-REQ-7: the customer replies with a photo; staff reply publicly and write an internal note the customer never receives', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit, kind: 'ASSISTANCE' as never });
    const { client: staff } = await world.staff();

    const photoId = await uploadPhoto(world, ana.client);
    const { replyToRequest: mine } = await ana.client.ok(REPLY, { i: { requestId: request.id, body: 'Segue a foto do vazamento', photoIds: [photoId] } });
    expect(mine).toMatchObject({ visibility: 'PUBLIC', authorKind: 'CUSTOMER', mine: true, photos: [{ id: photoId }] });
    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Vamos visitar na terça', visibility: 'PUBLIC' } });
    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Cliente já reclamou duas vezes', visibility: 'INTERNAL' } });
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.aDone.id, comment: 'Reparo feito' } });

    const seenByAna = (await ana.client.ok(CONVERSATION, { id: request.id })).request;
    expect(seenByAna.messages.map((m: { body: string }) => m.body)).toEqual(['Segue a foto do vazamento', 'Vamos visitar na terça']);
    expect(JSON.stringify(seenByAna)).not.toContain('duas vezes');
    expect(seenByAna.history.map((h: { comment: string | null }) => h.comment)).toEqual([null, 'Reparo feito']);
    const seenByStaff = (await staff.ok(CONVERSATION, { id: request.id })).request;
    expect(seenByStaff.messages.map((m: { visibility: string; authorKind: string }) => [m.authorKind, m.visibility])).toEqual([['CUSTOMER', 'PUBLIC'], ['STAFF', 'PUBLIC'], ['STAFF', 'INTERNAL']]);
  });

  it('R-REQ-7: a photo on an internal note never reaches a customer; staff see it', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    const { client: staff, account } = await world.staff();
    const { replyToRequest: note } = await staff.ok(REPLY, { i: { requestId: request.id, body: 'Foto da vistoria', visibility: 'INTERNAL' } });
    const { file } = await world.storedFile(FileOwnerKind.REQUEST_PHOTO, note.id, { createdBy: account });
    expect((await download(world, ana.client, `/files/${file.id}`)).status).toBe(404);
    expect((await download(world, staff, `/files/${file.id}`)).status).toBe(200);
  });

  it('R-REQ-7: the holder reads and answers the conversation of a request their spouse opened; a customer cannot write internal notes', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, 'SOLD' as never, [{ customer: spouse.customer, type: world.types.spouse }]);
    const request = await world.request({ openedBy: spouse.account, unit });
    const holderClient = await holder.client();
    await (await spouse.client()).ok(REPLY, { i: { requestId: request.id, body: 'Alguma novidade?' } });
    await holderClient.ok(REPLY, { i: { requestId: request.id, body: 'Reforçando o pedido' } });
    expect((await holderClient.ok(CONVERSATION, { id: request.id })).request.messages).toHaveLength(2);
    const internal = await holderClient.request(REPLY, { i: { requestId: request.id, body: 'x', visibility: 'INTERNAL' } });
    expect(internal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visibility' });
    const empty = await holderClient.request(REPLY, { i: { requestId: request.id, body: '   ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await server.em().count(RequestMessage, { request: request.id })).toBe(2);
  });

  it('R-REQ-7: a reply to a request the customer cannot see is NOT_FOUND; to a finished one, CONFLICT', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const bruno = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    expect((await bruno.client.request(REPLY, { i: { requestId: request.id, body: 'oi' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const done = await world.request({ openedBy: ana.account, unit: ana.unit, status: world.statuses.done, finishedAt: new Date() });
    const late = await ana.client.request(REPLY, { i: { requestId: done.id, body: 'oi' } });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/abra um novo/) });
  });
});

describe('R-REQ-9: replies go out live; internal notes only to staff', () => {
  it('R-REQ-9: a public reply reaches the customer and staff watchers; an internal note reaches staff only, never the customer', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    const { client: staff } = await world.staff();
    const { client: watcher } = await world.staff(StaffRole.AGENT);
    const anaWs = ana.client.ws();
    const staffWs = watcher.ws();
    const anaSub = subscribe(anaWs, MINE);
    const staffSub = subscribe(staffWs, STAFF_LIST);
    await settle();

    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Nota: fornecedor atrasou', visibility: 'INTERNAL' } });
    const [noteEvent] = await staffSub.next(1, 1000);
    expect(noteEvent?.data?.requestListChanged.messages).toEqual([{ body: 'Nota: fornecedor atrasou', visibility: 'INTERNAL' }]);
    await settle();
    expect(anaSub.events).toEqual([]);

    const started = Date.now();
    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Técnico confirmado para amanhã', visibility: 'PUBLIC' } });
    const [event] = await anaSub.next(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event).toEqual({ data: { myRequestChanged: { id: request.id, messages: [{ body: 'Técnico confirmado para amanhã', visibility: 'PUBLIC' }] } } });
    expect((await staffSub.next(2, 1000)).map((e) => e.data?.requestListChanged.messages.length)).toEqual([1, 2]);
    await settle();
    expect(JSON.stringify(anaSub.events)).not.toContain('fornecedor');
    await Promise.all([anaWs.dispose(), staffWs.dispose()]);
  });
});

describe('R-REQ-4: the customer cancels a request still open', () => {
  it('R-REQ-4: the opener cancels: a final "cancelled" status, kept in the history with the reason, audited; a second cancel is CONFLICT', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    const { cancelRequest } = await ana.client.ok(CANCEL, { i: { requestId: request.id, reason: 'Resolvi sozinha' } });
    expect(cancelRequest).toMatchObject({ cancelled: true, status: { name: 'Cancelado pelo cliente', isFinal: true, isCancellation: true } });
    expect(cancelRequest.finishedAt).not.toBeNull();
    expect(cancelRequest.history.at(-1)).toEqual({ toStatus: { name: 'Cancelado pelo cliente' }, comment: 'Resolvi sozinha' });
    const audit = await server.em().find(AuditLog, { targetId: request.id, action: 'request.cancel' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor?.id).toBe(ana.account.id);
    const again = await ana.client.request(CANCEL, { i: { requestId: request.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The workflow's cancellation status is made once and reused.
    const second = await world.request({ openedBy: ana.account, unit: ana.unit });
    const { cancelRequest: other } = await ana.client.ok(CANCEL, { i: { requestId: second.id } });
    expect(other.status.name).toBe('Cancelado pelo cliente');
    const { workflows } = await (await world.staff()).client.ok(`{ workflows { kind statuses { isCancellation } } }`);
    expect(workflows.find((w: { kind: string }) => w.kind === 'SERVICE').statuses.filter((s: { isCancellation: boolean }) => s.isCancellation)).toHaveLength(1);
  });

  it('R-REQ-4: an associate who did not open it cannot cancel (FORBIDDEN); the holder can; a hidden request is NOT_FOUND', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, 'SOLD' as never, [{ customer: spouse.customer, type: world.types.spouse }]);
    const byHolder = await world.request({ openedBy: holder.account, unit });
    const bySpouse = await world.request({ openedBy: spouse.account, unit });
    const spouseClient = await spouse.client();
    expect((await spouseClient.request(CANCEL, { i: { requestId: byHolder.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await spouseClient.ok(`query($id: ID!) { request(id: $id) { viewerCanCancel } }`, { id: byHolder.id })).request.viewerCanCancel).toBe(false);
    const holderClient = await holder.client();
    expect((await holderClient.ok(`query($id: ID!) { request(id: $id) { viewerCanCancel } }`, { id: bySpouse.id })).request.viewerCanCancel).toBe(true);
    expect((await holderClient.ok(CANCEL, { i: { requestId: bySpouse.id } })).cancelRequest.cancelled).toBe(true);
    const stranger = await holderWithUnit(world);
    expect((await stranger.client.request(CANCEL, { i: { requestId: byHolder.id } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('R-REQ-4: the opener rates a finished request once', () => {
  it('R-REQ-4: rating needs a finished request, 1 to 5, once, by the opener', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    expect((await ana.client.request(RATE, { i: { requestId: request.id, score: 5 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { client: staff } = await world.staff();
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.done.id } });
    expect((await ana.client.request(RATE, { i: { requestId: request.id, score: 7 } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    expect((await ana.client.ok(`query($id: ID!) { request(id: $id) { viewerCanRate } }`, { id: request.id })).request.viewerCanRate).toBe(true);
    const { rateRequest } = await ana.client.ok(RATE, { i: { requestId: request.id, score: 4, comment: 'Rápido, mas sujou o piso' } });
    expect(rateRequest).toMatchObject({ ratingScore: 4, ratingComment: 'Rápido, mas sujou o piso' });
    expect((await ana.client.request(RATE, { i: { requestId: request.id, score: 5 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await staff.ok(`query($id: ID!) { request(id: $id) { ratingScore } }`, { id: request.id })).request.ratingScore).toBe(4);
  });

  it('R-REQ-4: a cancelled request is not rated; someone other than the opener cannot rate', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, 'SOLD' as never, [{ customer: spouse.customer, type: world.types.spouse }]);
    const done = await world.request({ openedBy: spouse.account, unit, status: world.statuses.done, finishedAt: new Date() });
    expect((await (await holder.client()).request(RATE, { i: { requestId: done.id, score: 5 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const spouseClient = await spouse.client();
    const open = await world.request({ openedBy: spouse.account, unit });
    await spouseClient.ok(CANCEL, { i: { requestId: open.id } });
    expect((await spouseClient.request(RATE, { i: { requestId: open.id, score: 1 } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('R-OPS-4: staff assign a request to a member who can see it, and see the SLA clock', () => {
  it('R-OPS-4: the assignee must see the request (company, development limit); audited', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const request = await world.request({ openedBy: ana.account, unit: ana.unit });
    const { client: staff } = await world.staff(StaffRole.MANAGER);
    const elsewhere = await world.development2();
    const { account: limitedElsewhere } = await world.staff(StaffRole.AGENT, { developments: [elsewhere] });
    const { account: limitedHere } = await world.staff(StaffRole.AGENT, { developments: [world.development] });
    const { account: foreign } = await (await World.create(server)).staff();

    const { request: seen } = await staff.ok(`query($id: ID!) { request(id: $id) { assignableStaff { id } } }`, { id: request.id });
    const assignable = seen.assignableStaff.map((a: { id: string }) => a.id);
    expect(assignable).toContain(limitedHere.id);
    expect(assignable).not.toContain(limitedElsewhere.id);
    expect(assignable).not.toContain(foreign.id);

    for (const bad of [limitedElsewhere.id, foreign.id, ana.account.id]) {
      expect((await staff.request(ASSIGN, { i: { requestId: request.id, assigneeId: bad } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    }
    const { assignRequest } = await staff.ok(ASSIGN, { i: { requestId: request.id, assigneeId: limitedHere.id } });
    expect(assignRequest.assignee).toEqual({ id: limitedHere.id, name: limitedHere.name });
    const audit = await server.em().find(AuditLog, { targetId: request.id, action: 'request.assign' });
    expect(audit.map((a) => a.after)).toEqual([{ assigneeId: limitedHere.id }]);
    // The customer never sees who on staff holds it.
    expect((await ana.client.ok(`query($id: ID!) { request(id: $id) { assignee { id } sla { dueAt } } }`, { id: request.id })).request).toEqual({ assignee: null, sla: null });
  });

  it('R-OPS-4: the SLA clock counts from opening against the workflow\'s deadline (dueHours)', async () => {
    const world = await World.create(server);
    const ana = await holderWithUnit(world);
    const { client: staff } = await world.staff();
    const opened = new Date(Date.now() - 30 * 3_600_000);
    const late = await world.request({ openedBy: ana.account, unit: ana.unit, createdAt: opened });
    const SLA = `query($id: ID!) { request(id: $id) { sla { openedAt elapsedMinutes dueHours dueAt remainingMinutes overdue } } }`;
    expect((await staff.ok(SLA, { id: late.id })).request.sla).toMatchObject({ dueHours: null, dueAt: null, remainingMinutes: null, overdue: false });
    expect((await staff.request(`mutation($i: WorkflowInput!) { saveWorkflow(input: $i) { id } }`, { i: { id: world.workflows.service.id, dueHours: -1 } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueHours' });
    await staff.ok(`mutation($i: WorkflowInput!) { saveWorkflow(input: $i) { dueHours } }`, { i: { id: world.workflows.service.id, dueHours: 24 } });
    const { sla } = (await staff.ok(SLA, { id: late.id })).request;
    expect(sla).toMatchObject({ dueHours: 24, dueAt: new Date(opened.getTime() + 24 * 3_600_000).toISOString(), overdue: true });
    expect(sla.elapsedMinutes).toBeGreaterThanOrEqual(30 * 60 - 1);
    expect(sla.remainingMinutes).toBeLessThanOrEqual(-6 * 60 + 1);
    const fresh = await world.request({ openedBy: ana.account, unit: ana.unit });
    expect((await staff.ok(SLA, { id: fresh.id })).request.sla).toMatchObject({ overdue: false, remainingMinutes: expect.any(Number) });
  });
});
