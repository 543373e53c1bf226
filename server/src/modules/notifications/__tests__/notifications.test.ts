import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { World } from '../../../test/world.js';
import { Development } from '../../developments/development.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { saoPauloDate } from '../../finance/finance-words.js';
import { query } from '../../visibility/sql.js';
import { billsDigestRun } from '../notice-events.js';
import { Notification } from '../notification.entity.js';
import { NotificationKind } from '../notification.enums.js';

const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;
const REPLY = `mutation($i: ReplyToRequestInput!) { replyToRequest(input: $i) { id } }`;
const PREFS = `{ myNotificationPreferences { email whatsapp whatsappConsent push frequency workLog emailAddress } }`;
const UPDATE = `mutation($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { email frequency workLog whatsapp whatsappConsent } }`;
const STAFF_VIEW = `query($id: ID!) { customerNotifications(customerId: $id) { accountId preferences { email frequency } sent { kind channel status subject address error createdAt sentAt deliveredAt } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const settle = (ms = 600) => new Promise((r) => setTimeout(r, ms));

/** Waits until the account's notifications of a kind are no longer queued; returns them. */
async function delivered(accountId: string, kind: NotificationKind, count = 1, ms = 8000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const rows = await server.em().find(Notification, { account: accountId, kind }, { orderBy: { createdAt: 'asc' } });
    if (rows.length >= count && rows.every((r) => r.status !== 'QUEUED')) return rows;
    if (Date.now() > deadline) throw new Error(`notifications of ${kind}: ${JSON.stringify(rows.map((r) => [r.channel, r.status, r.error]))}`);
    await settle(100);
  }
}

/** A customer with a sold unit and an installment bill due on `dueDate`. */
async function billed(world: World, dueDate: string, options: { name?: string } = {}) {
  const ana = await world.customer({ name: options.name });
  const { reservation } = await world.soldUnit(ana.customer);
  const { installments } = await world.plan(reservation, { installments: [{ dueDate, amountCents: 123_456 }] });
  const bill = await world.bill({ installment: installments[0]! });
  return { ...ana, reservation, bill };
}

/** São Paulo 08:00 of a date (11:00 UTC). */
const morning = (date: string) => new Date(`${date}T11:00:00Z`);
const digest = (world: World, at: Date, batch?: number) => billsDigestRun(server.em(), server.services.notifications, { at, companyId: world.company.id, batch });
const mailsTo = (email: string) => server.smtp.received.filter((m) => m.to.includes(email));

describe('R-NOTIFY-4: request status changes and staff replies go out through the queue', () => {
  it('R-NOTIFY-4: a status change e-mails the customer who sees the request, with a link to it; another customer gets nothing', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const bruno = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.soldUnit(bruno.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const { client: staff } = await world.staff();
    await staff.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id, comment: 'Técnico a caminho' } });
    const mail = await server.smtp.waitFor(ana.account.email, /Atendimento nº \d+: Em andamento/);
    expect(mail.text).toContain('Técnico a caminho');
    expect(mail.text).toContain(`/pedidos/${request.id}`);
    const [row] = await delivered(ana.account.id, NotificationKind.REQUEST_STATUS);
    expect(row).toMatchObject({ channel: 'EMAIL', status: 'SENT', address: ana.account.email });
    await settle();
    expect(mailsTo(bruno.account.email)).toEqual([]);
  });

  it('R-NOTIFY-4: a public staff reply is e-mailed; an internal note never reaches the customer', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const { client: staff } = await world.staff();
    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Nota interna: cliente difícil', visibility: 'INTERNAL' } });
    await staff.ok(REPLY, { i: { requestId: request.id, body: 'Olá! Já agendamos a visita.' } });
    const mail = await server.smtp.waitFor(ana.account.email, /Nova resposta/);
    expect(mail.text).toContain('Já agendamos a visita');
    await settle();
    expect(mailsTo(ana.account.email).map((m) => m.text).join()).not.toContain('Nota interna');
    expect(await delivered(ana.account.id, NotificationKind.REQUEST_REPLY)).toHaveLength(1);
  });
});

describe('R-NOTIFY-4: work log and bookings', () => {
  const SAVE = `mutation($i: SaveWorkLogEntryInput!) { saveWorkLogEntry(input: $i) { id version } }`;
  const STATUS = `mutation($id: ID!, $s: WorkLogStatus!, $v: Int!) { setWorkLogStatus(id: $id, status: $s, version: $v) { version } }`;

  it('R-NOTIFY-4: an approved work-log entry reaches the customers of the development who asked for it; not the others, not before approval', async () => {
    const world = await World.create(server);
    const wants = await world.customer();
    const doesNot = await world.customer();
    await world.soldUnit(wants.customer);
    await world.soldUnit(doesNot.customer);
    await (await wants.client()).ok(UPDATE, { i: { workLog: true } });
    const { client: admin } = await world.staff();
    const saved = (await admin.ok(SAVE, { i: { developmentId: world.development.id, date: '2026-12-01', occurrences: 'Concretagem da laje.', labour: [] } })).saveWorkLogEntry;
    const review = (await admin.ok(STATUS, { id: saved.id, s: 'IN_REVIEW', v: saved.version })).setWorkLogStatus;
    await settle();
    expect(mailsTo(wants.account.email)).toEqual([]);
    await admin.ok(STATUS, { id: saved.id, s: 'APPROVED', v: review.version });
    const mail = await server.smtp.waitFor(wants.account.email, /Diário de obra/);
    expect(mail.text).toContain('01/12/2026');
    await settle();
    expect(mailsTo(doesNot.account.email)).toEqual([]);
  });

  it('R-NOTIFY-4: a booking is confirmed by e-mail, and the evening before it gets a reminder, once', async () => {
    const world = await World.create(server, { showScheduling: true });
    const { client: admin } = await world.staff();
    // Tomorrow in São Paulo (the reminder runs on São Paulo days).
    const tomorrow = saoPauloDate(new Date(Date.now() + 86_400_000));
    await admin.ok(`mutation($i: PublishAppointmentSlotsInput!) { publishAppointmentSlots(input: $i) }`, { i: {
      developmentId: world.development.id, kind: 'VISTORIA', firstDay: tomorrow, lastDay: tomorrow, times: ['15:00'], durationMinutes: 60, weekdays: [0, 1, 2, 3, 4, 5, 6],
    } });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer, { name: 'Apto 101' });
    const client = await ana.client();
    const slot = (await client.ok(`query($u: ID!) { appointmentSlots(unitId: $u, kind: VISTORIA) { slots { id } } }`, { u: unit.id })).appointmentSlots.slots[0].id;
    await client.ok(`mutation($u: ID!, $s: ID!) { bookAppointment(unitId: $u, slotId: $s) { id } }`, { u: unit.id, s: slot });
    const confirmed = await server.smtp.waitFor(ana.account.email, /Agendamento confirmado: vistoria/);
    expect(confirmed.text).toContain('Apto 101');
    const { bookingReminders } = await import('../notice-events.js');
    await bookingReminders(server.em(), server.services.notifications, new Date());
    await bookingReminders(server.em(), server.services.notifications, new Date());
    await server.smtp.waitFor(ana.account.email, /Lembrete: vistoria amanhã/);
    await settle();
    expect(mailsTo(ana.account.email)).toEqual([]);
  });
});

describe('R-NOTIFY-3: the queue is part of the transaction', () => {
  it('R-NOTIFY-3: a job queued in a transaction that rolls back is not there; one that commits is', async () => {
    const world = await World.create(server);
    const em = server.em();
    const id = crypto.randomUUID();
    await expect(em.transactional(async (tx) => {
      await server.queue.enqueue(tx, 'notify.event', { companyId: world.company.id, event: 'nothing', id, at: new Date().toISOString() }, { id });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    const jobs = async () => query<{ id: string }>(server.em(), `select id from pgboss.job where id = cast(:id as uuid)`, { id });
    expect(await jobs()).toEqual([]);
    await em.transactional(async (tx) => server.queue.enqueue(tx, 'notify.event', { companyId: world.company.id, event: 'nothing', id, at: new Date().toISOString() }, { id }));
    expect(await jobs()).toHaveLength(1);
  });
});

describe('R-NOTIFY-1: bills are told on their due date and while overdue, never otherwise', () => {
  // 2027-03-01 is a Monday.
  it('R-NOTIFY-1: nothing the day before; across São Paulo midnight the due date starts at 00:00 there; overdue the next days; nothing on the weekend', async () => {
    const world = await World.create(server);
    const ana = await billed(world, '2027-03-03');
    expect(await digest(world, morning('2027-03-02'))).toBe(0);
    // 02:30 UTC on the 3rd is still the 2nd (23:30) in São Paulo.
    expect(await digest(world, new Date('2027-03-03T02:30:00Z'))).toBe(0);
    expect(await digest(world, new Date('2027-03-03T03:30:00Z'))).toBe(1);
    const due = await server.smtp.waitFor(ana.account.email, /Seu boleto vence hoje/);
    expect(due.text).toContain('R$ 1.234,56');
    expect(due.text).toContain('03/03/2027');
    expect(await digest(world, morning('2027-03-04'))).toBe(1);
    const overdue = await server.smtp.waitFor(ana.account.email, /1 boleto em atraso/);
    expect(overdue.text).toContain('Está vencido 1 boleto');
    // Saturday and Sunday: no daily digest.
    expect(await digest(world, morning('2027-03-06'))).toBe(0);
    expect(await digest(world, morning('2027-03-07'))).toBe(0);
    expect(await digest(world, morning('2027-03-08'))).toBe(1);
  });

  it('R-NOTIFY-1: a customer who never signed in, served only by the company\'s second portal, hears of their bills there; no one hears twice', async () => {
    const world = await World.create(server);
    // A later portal, of a development the first one does not serve (as the demo's work portal).
    const obra = world.em.create(Development, { company: world.company, name: `Obra ${world.portal.slug}` });
    const second = world.em.create(Portal, { company: world.company, name: 'Portal da Obra', slug: `obra-${world.portal.slug}`, createdAt: new Date(Date.now() + 1000) });
    second.developments.add(obra);
    // It serves Ana's development too: she is seen through both portals, and hears once.
    second.developments.add(world.development);
    await world.em.flush();
    const silvia = await world.customer();
    const { reservation } = await world.soldUnit(silvia.customer, { development: obra });
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: '2027-04-05', amountCents: 50_000 }] });
    await world.bill({ installment: installments[0]! });
    // Ana, in both portals, with a bill the same day: one e-mail, not one per portal.
    const ana = await billed(world, '2027-04-05');
    expect(await digest(world, morning('2027-04-05'))).toBe(2);
    await server.smtp.waitFor(silvia.account.email, /Seu boleto vence hoje/);
    await server.smtp.waitFor(ana.account.email, /Seu boleto vence hoje/);
    await settle();
    expect(mailsTo(silvia.account.email)).toEqual([]);
    expect(mailsTo(ana.account.email)).toEqual([]);
  });

  it('R-NOTIFY-1: a bill paid, marked paid or not yet due is never told', async () => {
    const world = await World.create(server);
    const paid = await billed(world, '2027-03-03');
    await world.update(paid.bill, { status: 'PAID' as never });
    const marked = await billed(world, '2027-03-03');
    await world.update(marked.bill, { markedPaidAt: new Date() });
    await billed(world, '2027-03-10');
    expect(await digest(world, morning('2027-03-04'))).toBe(0);
  });

  it('R-NOTIFY-2: weekly people hear on Mondays only; a bill due on the weekend is "due" on Monday, payable then', async () => {
    const world = await World.create(server);
    const weekly = await billed(world, '2027-03-03');
    const client = await weekly.client();
    expect((await client.ok(UPDATE, { i: { frequency: 'WEEKLY' } })).updateNotificationPreferences).toMatchObject({ frequency: 'WEEKLY' });
    expect(await digest(world, morning('2027-03-04'))).toBe(0);
    expect(await digest(world, morning('2027-03-08'))).toBe(1);
    await server.smtp.waitFor(weekly.account.email, /em atraso/);

    const saturday = await billed(world, '2027-03-06');
    expect(await digest(world, morning('2027-03-08'))).toBe(1);
    const mail = await server.smtp.waitFor(saturday.account.email, /vence hoje/);
    expect(mail.text).toContain('06/03/2027');
  });
});

describe('R-NOTIFY-3: nothing twice for the same person, channel and day', () => {
  it('R-NOTIFY-3: the digest run twice, and again after a worker dies between batches, sends each person one e-mail', async () => {
    const world = await World.create(server);
    const people = [await billed(world, '2027-03-03'), await billed(world, '2027-03-03'), await billed(world, '2027-03-03')];
    const at = morning('2027-03-04');
    // The worker dies after its first batch of one (each batch commits with its delivery jobs).
    let batches = 0;
    const original = server.services.notifications.notify.bind(server.services.notifications);
    server.services.notifications.notify = async (em, request) => {
      if (batches++ === 1) throw new Error('worker killed');
      return original(em, request);
    };
    await expect(digest(world, at, 1)).rejects.toThrow('worker killed');
    server.services.notifications.notify = original;
    // The retry and a second run find the first person done.
    expect(await digest(world, at, 1)).toBe(2);
    expect(await digest(world, at, 1)).toBe(0);
    for (const p of people) {
      await server.smtp.waitFor(p.account.email, /em atraso/);
      expect(await delivered(p.account.id, NotificationKind.BILLS_DIGEST)).toHaveLength(1);
    }
    await settle();
    for (const p of people) expect(mailsTo(p.account.email)).toEqual([]);
  });
});

describe('R-NOTIFY-2: preferences', () => {
  it('R-NOTIFY-2: defaults are e-mail and WhatsApp, daily; e-mail off means no e-mail; staff see the preferences and what was sent', async () => {
    const world = await World.create(server);
    const ana = await billed(world, '2027-03-03');
    const client = await ana.client();
    expect((await client.ok(PREFS)).myNotificationPreferences).toMatchObject({ email: true, whatsapp: true, whatsappConsent: false, frequency: 'DAILY', workLog: false, emailAddress: ana.account.email });
    expect(await digest(world, morning('2027-03-04'))).toBe(1);
    await server.smtp.waitFor(ana.account.email, /em atraso/);
    await client.ok(UPDATE, { i: { email: false } });
    expect(await digest(world, morning('2027-03-05'))).toBe(0);

    const { client: staff } = await world.staff();
    const view = (await staff.ok(STAFF_VIEW, { id: ana.customer.id })).customerNotifications;
    expect(view.preferences).toEqual({ email: false, frequency: 'DAILY' });
    expect(view.sent).toEqual([expect.objectContaining({ kind: 'BILLS_DIGEST', channel: 'EMAIL', status: 'SENT', address: ana.account.email, deliveredAt: null })]);
    expect(Date.parse(view.sent[0].sentAt)).toBeGreaterThanOrEqual(Date.parse(view.sent[0].createdAt));
    // Bad input is refused, naming the field.
    const bad = await client.request(UPDATE, { i: { frequency: 'HOURLY' } });
    expect(JSON.stringify(bad.errors)).toMatch(/frequency/);
  });

  it('R-NOTIFY-2: every digest e-mail has a one-click unsubscribe (RFC 8058): GET only asks, POST turns e-mail off', async () => {
    const world = await World.create(server);
    const ana = await billed(world, '2027-03-03');
    await digest(world, morning('2027-03-04'));
    const mail = await server.smtp.waitFor(ana.account.email, /em atraso/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = mail.headers['list-unsubscribe']!.replace(/^<|>$/g, '').replace('localhost', '127.0.0.1');
    expect((await httpExchange(url, { method: 'GET' })).status).toBe(200);
    const client = await ana.client();
    expect((await client.ok(PREFS)).myNotificationPreferences.email).toBe(true);
    const forged = url.replace(/.{4}$/, 'AAAA');
    expect((await httpExchange(forged, { method: 'POST', body: Buffer.from("List-Unsubscribe=One-Click"), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
    expect((await httpExchange(url, { method: 'POST', body: Buffer.from("List-Unsubscribe=One-Click"), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(200);
    expect((await client.ok(PREFS)).myNotificationPreferences.email).toBe(false);
  });
});
