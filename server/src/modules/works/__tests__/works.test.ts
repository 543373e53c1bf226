import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { StaffRole, World } from '../../../test/world.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { Account } from '../../auth/account.entity.js';
import { Block } from '../../developments/block.entity.js';
import { saoPauloDate } from '../../finance/finance-words.js';
import { ScheduleTask } from '../schedule-task.entity.js';
import { WorkLogEntry } from '../work-log-entry.entity.js';
import { WorkLogStatus } from '../work-log.enums.js';
import { scheduleProgress } from '../schedule.js';

const WORK_LOG = `query($after: String, $limit: Int) { workLog(after: $after, limit: $limit) { notice nextCursor entries { id date status weather occurrences headcount labour { role headcount } developmentName blockName
  photos { id url thumbnailUrl width height } attachments { id url name } } } }`;
const ENTRY = `query($id: ID!) { workLogEntry(id: $id) { id status } }`;
const MENUS = `{ myMenus { menu visible reason } }`;
const SAVE = `mutation($i: SaveWorkLogEntryInput!) { saveWorkLogEntry(input: $i) { id status version photos { id url thumbnailUrl } } }`;
const STATUS = `mutation($id: ID!, $s: WorkLogStatus!, $v: Int!, $n: String) { setWorkLogStatus(id: $id, status: $s, version: $v, note: $n) { id status version reviewNote reviewedByName } }`;
const EXPLAIN = `query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible checks { ruleId passed detail fix { screen setting } } } }`;
const SCHEDULES = `{ workSchedules { developmentName progress plannedProgress plannedEnd forecastEnd delayDays delayText today tasks { name progress state delayDays delayText forecastEnd } } }`;

/** A calendar day in São Paulo, `offset` days from today. */
const day = (offset: number) => saoPauloDate(new Date(Date.now() + offset * 86_400_000));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A work log entry written directly (states the API reaches over time). */
async function entry(world: World, options: { date?: string; status?: WorkLogStatus; block?: Block | null; occurrences?: string } = {}) {
  const row = world.em.create(WorkLogEntry, {
    development: world.development, block: options.block ?? null, date: options.date ?? day(-1), status: options.status ?? WorkLogStatus.APPROVED,
    occurrences: options.occurrences ?? 'Concretagem da laje do 3º pavimento.', labour: [{ role: 'Pedreiro', headcount: 6 }, { role: 'Servente', headcount: 4 }],
  });
  await world.em.flush();
  return row;
}

/** A small real JPEG, as a phone would send it. */
const photo = (r = 90, g = 120, b = 160) => sharp({ create: { width: 640, height: 480, channels: 3, background: { r, g, b } } }).jpeg().toBuffer();

async function uploadPhoto(client: GraphQLClient, name = 'laje.jpg'): Promise<string> {
  const res = await httpExchange(`${server.url}/files`, {
    method: 'POST', body: await photo(),
    headers: { 'content-type': 'application/octet-stream', 'x-habite-app': 'admin', 'x-habite-file-name': encodeURIComponent(name), 'x-habite-file-purpose': 'WORK_LOG_PHOTO', cookie: client.cookieHeader() },
  });
  expect(res.status).toBe(201);
  return res.json().id as string;
}

const get = (path: string, client: GraphQLClient) => httpExchange(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });

describe('SPEC §9: the work log (Diário de Obra)', () => {
  it('R-WORK-1: customers see the statuses the portal lists (default only APPROVED), newest first, a tower\'s entries only for that tower\'s customers', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const bruno = await world.customer();
    const towerB = world.em.create(Block, { development: world.development, name: 'Torre B' });
    await world.em.flush();
    await world.soldUnit(ana.customer);
    await world.soldUnit(bruno.customer, { block: towerB });
    const old = await entry(world, { date: day(-30) });
    const recent = await entry(world, { date: day(-2) });
    const inReview = await entry(world, { date: day(-1), status: WorkLogStatus.IN_REVIEW });
    await entry(world, { date: day(-3), status: WorkLogStatus.REJECTED });
    await entry(world, { date: day(-4), status: WorkLogStatus.DRAFT });
    const ofTowerB = await entry(world, { date: day(-5), block: towerB });

    const client = await ana.client();
    const { workLog } = await client.ok(WORK_LOG);
    expect(workLog.entries.map((e: { id: string }) => e.id)).toEqual([recent.id, old.id]);
    expect(workLog.entries[0]).toMatchObject({ status: 'APPROVED', headcount: 10, labour: [{ role: 'Pedreiro', headcount: 6 }, { role: 'Servente', headcount: 4 }], blockName: null });
    expect((await (await bruno.client()).ok(WORK_LOG)).workLog.entries.map((e: { id: string }) => e.id)).toEqual([recent.id, ofTowerB.id, old.id]);
    // A page at a time, newest first.
    const first = (await client.ok(WORK_LOG, { limit: 1 })).workLog;
    expect(first.entries.map((e: { id: string }) => e.id)).toEqual([recent.id]);
    expect((await client.ok(WORK_LOG, { limit: 1, after: first.nextCursor })).workLog.entries.map((e: { id: string }) => e.id)).toEqual([old.id]);

    // An entry not listed, or of another tower, is indistinguishable from a missing one.
    for (const id of [inReview.id, ofTowerB.id]) expect((await client.request(ENTRY, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { client: admin } = await world.staff();
    await admin.ok(`mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { workLogStatuses } }`, { id: world.portal.id, i: { workLogStatuses: ['IN_REVIEW', 'APPROVED'] } });
    expect((await client.ok(WORK_LOG)).workLog.entries.map((e: { id: string }) => e.id)).toEqual([inReview.id, recent.id, old.id]);
    expect((await client.ok(ENTRY, { id: inReview.id })).workLogEntry.status).toBe('IN_REVIEW');
    // R-SET-2: audited with before and after.
    const audit = await world.em.fork().findOneOrFail(AuditLog, { targetId: world.portal.id, action: 'portal.settings.update' });
    expect(audit.before).toMatchObject({ workLogStatuses: ['APPROVED'] });
    expect(audit.after).toMatchObject({ workLogStatuses: ['IN_REVIEW', 'APPROVED'] });
  });

  it('R-SET-1, R-WORK-1: an empty workLogStatuses hides the Diário de obra menu and the API refuses the work log (FEATURE_DISABLED naming workLogStatuses)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const approved = await entry(world);
    const client = await ana.client();
    expect((await client.ok(MENUS)).myMenus).toContainEqual({ menu: 'WORK_LOG', visible: true, reason: null });

    const { client: admin } = await world.staff();
    await admin.ok(`mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { id } }`, { id: world.portal.id, i: { workLogStatuses: [] } });
    const menu = (await client.ok(MENUS)).myMenus.find((m: { menu: string }) => m.menu === 'WORK_LOG');
    expect(menu).toMatchObject({ visible: false, reason: expect.stringContaining('não exibe o diário de obra') });
    for (const [query, variables] of [[WORK_LOG, {}], [ENTRY, { id: approved.id }]] as const) {
      const refused = await client.request(query, variables);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FEATURE_DISABLED', setting: 'workLogStatuses' } });
    }
    const { explainVisibility } = await admin.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'WORK_LOG' } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks[0]).toMatchObject({ ruleId: 'R-SET-1', passed: false, fix: { screen: 'PORTAL_SETTINGS', setting: 'workLogStatuses' } });
    // A list that is not a list of statuses is refused, naming the setting, and changes nothing.
    const bad = await admin.request(`mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { id } }`, { id: world.portal.id, i: { workLogStatuses: null } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'workLogStatuses' } });
  });

  it('R-UNIT-4: a hidden unit hides its development\'s work log (NOT_FOUND), and the explainer names the unit rule that fails', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const approved = await entry(world);
    const client = await ana.client();
    expect((await client.ok(ENTRY, { id: approved.id })).workLogEntry.id).toBe(approved.id);
    await world.update(world.block, { active: false });
    expect((await client.request(ENTRY, { id: approved.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.ok(WORK_LOG)).workLog).toMatchObject({ entries: [], notice: expect.stringContaining('Ainda não há registros') });
    const { client: admin } = await world.staff();
    const { explainVisibility } = await admin.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { workLogEntryId: approved.id } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks.map((c: { ruleId: string; passed: boolean }) => [c.ruleId, c.passed])).toEqual([['R-WORK-3', true], ['R-WORK-1', true], ['R-UNIT-4', false]]);
    expect(explainVisibility.checks[2]).toMatchObject({ detail: expect.stringContaining('O bloco "Bloco A" está inativo'), fix: { screen: 'BLOCK' } });
  });

  it('R-WORK-1: a file of a rejected work-log entry is never served to customers', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client: admin } = await world.staff(StaffRole.MANAGER);
    const photoId = await uploadPhoto(admin);
    const saved = (await admin.ok(SAVE, { i: { developmentId: world.development.id, date: day(-1), occurrences: 'Alvenaria do 4º andar.', labour: [{ role: 'Pedreiro', headcount: 3 }], photoIds: [photoId] } })).saveWorkLogEntry;
    let version = (await admin.ok(STATUS, { id: saved.id, s: 'IN_REVIEW', v: saved.version })).setWorkLogStatus.version;
    version = (await admin.ok(STATUS, { id: saved.id, s: 'APPROVED', v: version })).setWorkLogStatus.version;
    const client = await ana.client();
    const [shown] = (await client.ok(WORK_LOG)).workLog.entries;
    expect(shown.photos).toEqual([{ id: photoId, url: `/files/${photoId}`, thumbnailUrl: `/files/${photoId}?variant=thumbnail`, width: 640, height: 480 }]);
    expect((await get(shown.photos[0].url, client)).status).toBe(200);
    expect((await get(shown.photos[0].thumbnailUrl, client)).status).toBe(200);

    // Withdrawn: rejected with a reason. The same addresses now answer as if the file never existed.
    await admin.ok(STATUS, { id: saved.id, s: 'REJECTED', v: version, n: 'Foto de outra obra.' });
    expect((await get(`/files/${photoId}`, client)).status).toBe(404);
    expect((await get(`/files/${photoId}?variant=thumbnail`, client)).status).toBe(404);
    expect((await client.ok(WORK_LOG)).workLog.entries).toEqual([]);
    // Staff still reach it (to fix the entry).
    expect((await get(`/files/${photoId}`, admin)).status).toBe(200);
    // Another customer of the company never did.
    const other = await world.customer();
    expect((await get(`/files/${photoId}`, await other.client())).status).toBe(404);
  });

  it('R-WORK-1: staff write an entry with photos, send it to review and approve it; the customer then sees it; reviews need a reason to reject, stale versions conflict, bad input names the field', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client: admin, account } = await world.staff(StaffRole.MANAGER);
    const client = await ana.client();

    const badDate = await admin.request(SAVE, { i: { developmentId: world.development.id, date: '2026-02-31', labour: [] } });
    expect(badDate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'date' } });
    const badLabour = await admin.request(SAVE, { i: { developmentId: world.development.id, date: day(0), labour: [{ role: ' ', headcount: 2 }] } });
    expect(badLabour.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'labour' } });
    expect(await world.em.fork().count(WorkLogEntry, { development: world.development })).toBe(0);

    const saved = (await admin.ok(SAVE, { i: { developmentId: world.development.id, date: day(0), weather: 'RAINY', occurrences: 'Chuva forte: concretagem adiada.', labour: [{ role: 'Armador', headcount: 2 }], photoIds: [await uploadPhoto(admin)] } })).saveWorkLogEntry;
    expect(saved).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await client.ok(WORK_LOG)).workLog.entries).toEqual([]);

    const inReview = (await admin.ok(STATUS, { id: saved.id, s: 'IN_REVIEW', v: 1 })).setWorkLogStatus;
    // Someone else's stale screen: CONFLICT, nothing changes.
    const stale = await admin.request(STATUS, { id: saved.id, s: 'APPROVED', v: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noReason = await admin.request(STATUS, { id: saved.id, s: 'REJECTED', v: inReview.version });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'note' } });
    const skip = await admin.request(STATUS, { id: saved.id, s: 'DRAFT', v: inReview.version + 5 });
    expect(skip.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const approved = (await admin.ok(STATUS, { id: saved.id, s: 'APPROVED', v: inReview.version })).setWorkLogStatus;
    expect(approved).toMatchObject({ status: 'APPROVED', reviewedByName: account.name });
    const { workLog } = await client.ok(WORK_LOG);
    expect(workLog.entries).toMatchObject([{ id: saved.id, weather: 'RAINY', occurrences: 'Chuva forte: concretagem adiada.', headcount: 2, photos: [{ width: 640 }] }]);
    // An approved entry does not change under the customer's eyes.
    const edit = await admin.request(SAVE, { i: { id: saved.id, version: approved.version, developmentId: world.development.id, date: day(0), labour: [] } });
    expect(edit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    const actions = (await world.em.fork().find(AuditLog, { targetId: saved.id }, { orderBy: { at: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['workLog.create', 'workLog.status', 'workLog.status']);
    // An agent reads but does not write.
    const { client: agent } = await world.staff(StaffRole.AGENT);
    expect((await agent.ok(`query($d: ID!) { staffWorkLog(developmentId: $d) { id status } }`, { d: world.development.id })).staffWorkLog).toEqual([{ id: saved.id, status: 'APPROVED' }]);
    expect((await agent.request(STATUS, { id: saved.id, s: 'REJECTED', v: approved.version, n: 'x' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-OPS-4: staff limited to other developments do not reach a development\'s work log or schedule', async () => {
    const world = await World.create(server);
    const approved = await entry(world);
    const other = await world.development2();
    const { client } = await world.staff(StaffRole.MANAGER, { developments: [other] });
    expect((await client.request(`query($d: ID!) { staffWorkLog(developmentId: $d) { id } }`, { d: world.development.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.request(`query($d: ID!) { staffSchedule(developmentId: $d) { progress } }`, { d: world.development.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client.request(STATUS, { id: approved.id, s: 'REJECTED', v: 1, n: 'fora' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('SPEC §9: the schedule (Cronograma)', () => {
  it('R-WORK-2: the portal shows overall progress, each stage\'s progress and delay in words, and the delivery forecast it implies', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const task = (name: string, position: number, fields: Partial<ScheduleTask>) => world.em.create(ScheduleTask, { development: world.development, name, position, plannedStart: day(-100), plannedEnd: day(-60), ...fields });
    task('Fundação', 0, { plannedStart: day(-100), plannedEnd: day(-60), actualStart: day(-100), actualEnd: day(-55), weight: 1, progress: 100 });
    task('Estrutura', 1, { plannedStart: day(-60), plannedEnd: day(-12), actualStart: day(-55), weight: 2, progress: 70 });
    task('Alvenaria', 2, { plannedStart: day(10), plannedEnd: day(60), weight: 1, progress: 0 });
    await world.em.flush();

    const { workSchedules } = await (await ana.client()).ok(SCHEDULES);
    expect(workSchedules).toHaveLength(1);
    const [schedule] = workSchedules;
    expect(schedule.progress).toBe(60); // (100·1 + 70·2 + 0·1) / 4
    expect(schedule.tasks.map((t: { name: string; state: string; delayDays: number; delayText: string | null }) => [t.name, t.state, t.delayDays, t.delayText])).toEqual([
      ['Fundação', 'DONE', 5, 'Fundação: concluída com 5 dias de atraso'],
      ['Estrutura', 'IN_PROGRESS', 12, 'Estrutura: 12 dias de atraso'],
      ['Alvenaria', 'NOT_STARTED', 0, null],
    ]);
    expect(schedule).toMatchObject({ plannedEnd: day(60), forecastEnd: day(72), delayDays: 12, delayText: 'Entrega prevista com 12 dias de atraso', today: day(0) });
    // In English too.
    const en = await (await ana.client({ 'x-habite-locale': 'en' })).ok(SCHEDULES);
    expect(en.workSchedules[0].tasks[1].delayText).toBe('Estrutura: 12 days late');
  });

  it('R-WORK-2: staff enter tasks (validated, versioned, audited) and read the same computed schedule', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.MANAGER);
    const SAVE_TASK = `mutation($i: SaveScheduleTaskInput!) { saveScheduleTask(input: $i) { progress tasks { id name version progress state } } }`;
    const backwards = await client.request(SAVE_TASK, { i: { developmentId: world.development.id, name: 'Estrutura', plannedStart: '2027-03-01', plannedEnd: '2027-01-01' } });
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'plannedEnd' } });
    const created = (await client.ok(SAVE_TASK, { i: { developmentId: world.development.id, name: 'Estrutura', plannedStart: '2027-01-01', plannedEnd: '2027-03-01', progress: 40 } })).saveScheduleTask;
    expect(created).toMatchObject({ progress: 40, tasks: [{ name: 'Estrutura', version: 1, progress: 40, state: 'IN_PROGRESS' }] });
    const id = created.tasks[0].id;
    const updated = (await client.ok(SAVE_TASK, { i: { id, version: 1, developmentId: world.development.id, name: 'Estrutura', plannedStart: '2027-01-01', plannedEnd: '2027-03-01', progress: 80 } })).saveScheduleTask;
    expect(updated.tasks[0]).toMatchObject({ version: 2, progress: 80 });
    const stale = await client.request(SAVE_TASK, { i: { id, version: 1, developmentId: world.development.id, name: 'Estrutura', plannedStart: '2027-01-01', plannedEnd: '2027-03-01', progress: 10 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const audit = await world.em.fork().find(AuditLog, { targetId: id }, { orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['schedule.task.create', 'schedule.task.update']);
  });

  it('R-WORK-2: with no tasks the schedule is empty and says nothing is late (pure computation)', () => {
    expect(scheduleProgress([], '2027-01-01')).toEqual({ tasks: [], progress: 0, plannedProgress: 0, plannedEnd: null, forecastEnd: null, delayDays: 0 });
  });
});

describe('R-WORK-3: per-user permissions', () => {
  it('R-WORK-3: without seeWorkLog the menus hide the work log and the schedule, the API refuses both, and the explainer says why; new users have every permission', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const approved = await entry(world);
    expect([...ana.account.portalPermissions].sort()).toEqual(['MARK_AS_PAID', 'SEE_FINANCIAL', 'SEE_WORK_LOG']);
    const { client: admin } = await world.staff();
    await admin.ok(`mutation($a: ID!, $p: [PortalPermission!]!) { setPortalPermissions(accountId: $a, permissions: $p) { portalPermissions } }`, { a: ana.account.id, p: ['SEE_FINANCIAL', 'MARK_AS_PAID'] });
    const client = await ana.client();
    const menus = (await client.ok(MENUS)).myMenus;
    for (const menu of ['WORK_LOG', 'SCHEDULE']) {
      expect(menus).toContainEqual({ menu, visible: false, reason: 'Seu acesso ao portal não inclui esta área. Se precisar dela, peça à incorporadora.' });
    }
    expect(menus).toContainEqual({ menu: 'FINANCIAL', visible: true, reason: null });
    for (const [query, variables] of [[WORK_LOG, {}], [ENTRY, { id: approved.id }], [SCHEDULES, {}]] as const) {
      expect((await client.request(query, variables)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // "Why doesn't this user see the work log?"
    const { explainVisibility } = await admin.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'WORK_LOG' } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks.find((c: { ruleId: string }) => c.ruleId === 'R-WORK-3')).toMatchObject({ passed: false, detail: expect.stringContaining('"Ver diário de obra"'), fix: { screen: 'ACCOUNT', setting: 'SEE_WORK_LOG' } });
    const entryExplained = (await admin.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { workLogEntryId: approved.id } } })).explainVisibility;
    expect(entryExplained.checks[0]).toMatchObject({ ruleId: 'R-WORK-3', passed: false });
    // Given back: seen again.
    await admin.ok(`mutation($a: ID!, $p: [PortalPermission!]!) { setPortalPermissions(accountId: $a, permissions: $p) { portalPermissions } }`, { a: ana.account.id, p: ['SEE_FINANCIAL', 'SEE_WORK_LOG', 'MARK_AS_PAID'] });
    expect((await (await ana.client()).ok(WORK_LOG)).workLog.entries.map((e: { id: string }) => e.id)).toEqual([approved.id]);
    expect((await world.em.fork().findOneOrFail(Account, ana.account.id)).portalPermissions).toContain('SEE_WORK_LOG');
  });
});
