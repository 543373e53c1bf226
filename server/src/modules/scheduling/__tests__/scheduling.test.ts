import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { ReservationStatus, StaffRole, World } from '../../../test/world.js';
import { Portal } from '../../portal/portal.entity.js';
import { addDays, localDay } from '../scheduling-time.js';

const PUBLISH = `mutation($i: PublishAppointmentSlotsInput!) { publishAppointmentSlots(input: $i) }`;
const SLOTS = `query($u: ID!, $k: AppointmentKind!) { appointmentSlots(unitId: $u, kind: $k) { unitName slots { id day time kind } notice } }`;
const BOOK = `mutation($u: ID!, $s: ID!) { bookAppointment(unitId: $u, slotId: $s) { id status slot { id } } }`;
const MOVE = `mutation($id: ID!, $s: ID!) { rescheduleAppointment(id: $id, slotId: $s) { id status slot { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(id: $id) { id status } }`;
const MINE = `{ myAppointments { id status kind unitName cancelReason cancelledByStaff slot { id } } }`;
const STAFF_SLOTS = `query($d: ID!) { staffAppointmentSlots(developmentId: $d) { id kind booking { id unitName customerName } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const tomorrow = () => addDays(localDay(new Date()), 1);

/** A portal with Agendamentos on, vistoria slots at 09:00, 10:00 and 11:00 for three days published by an ADMIN, and Ana with a sold unit. */
async function setup(showScheduling = true) {
  const world = await World.create(server, { showScheduling });
  const admin = await world.staff();
  const created = (await admin.client.ok(PUBLISH, { i: {
    developmentId: world.development.id, kind: 'VISTORIA', firstDay: tomorrow(), lastDay: addDays(tomorrow(), 2), times: ['09:00', '10:00', '11:00'], durationMinutes: 60, weekdays: [0, 1, 2, 3, 4, 5, 6],
  } })).publishAppointmentSlots;
  const ana = await world.customer({ name: 'Ana Souza' });
  const { unit } = await world.soldUnit(ana.customer, { name: 'Apto 101' });
  return { world, admin, ana, unit, created };
}

const freeIds = async (client: Awaited<ReturnType<Awaited<ReturnType<World['customer']>>['client']>>, unitId: string, kind = 'VISTORIA') =>
  (await client.ok(SLOTS, { u: unitId, k: kind })).appointmentSlots.slots.map((s: { id: string }) => s.id) as string[];

describe('Agendamentos (SPEC §11, showScheduling)', () => {
  it('R-SET-1: with showScheduling off the Agendamentos menu is hidden and the API refuses with FEATURE_DISABLED naming showScheduling; on, both serve it', async () => {
    const { world, ana, unit } = await setup(false);
    const client = await ana.client();
    for (const [query, variables] of [[SLOTS, { u: unit.id, k: 'VISTORIA' }], [MINE, {}], [BOOK, { u: unit.id, s: unit.id }]] as const) {
      const refused = await client.request(query, variables);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FEATURE_DISABLED', setting: 'showScheduling' }, message: 'Os agendamentos estão desativados neste portal.' });
    }
    const menu = async () => (await client.ok(`{ myMenus { menu visible } }`)).myMenus.find((m: { menu: string }) => m.menu === 'SCHEDULING');
    expect(await menu()).toEqual({ menu: 'SCHEDULING', visible: false });
    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showScheduling: true });
    expect(await menu()).toEqual({ menu: 'SCHEDULING', visible: true });
    expect(await freeIds(client, unit.id)).toHaveLength(9);
  });

  it('double booking is refused by the database under concurrency: of many simultaneous bookings of one slot exactly one wins, the rest get CONFLICT in words', async () => {
    const { world } = await setup();
    const people = await Promise.all(Array.from({ length: 8 }, async () => {
      const person = await world.customer();
      const { unit } = await world.soldUnit(person.customer);
      return { client: await person.client(), unit };
    }));
    const [slot] = await freeIds(people[0]!.client, people[0]!.unit.id);
    const answers = await Promise.all(people.map((p) => p.client.request(BOOK, { u: p.unit.id, s: slot })));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    const refusals = answers.filter((a) => a.errors).map((a) => a.errors![0]);
    expect(refusals).toHaveLength(7);
    for (const r of refusals) expect(r).toMatchObject({ message: 'Este horário acabou de ser reservado por outra pessoa: escolha outro horário.', extensions: { code: 'CONFLICT' } });
    const rows = await world.em.getConnection().execute(`select count(*)::int as n from appointment where slot_id = ? and status = 'BOOKED'`, [slot]);
    expect(rows[0].n).toBe(1);
    // The rule lives in PostgreSQL, not only in the service: a second BOOKED row is refused outright.
    const [booked] = await world.em.getConnection().execute(`select * from appointment where slot_id = ?`, [slot]);
    await expect(world.em.getConnection().execute(
      `insert into appointment (id, slot_id, kind, unit_id, customer_id, status, created_at, updated_at) values (gen_random_uuid(), ?, 'VISTORIA', ?, ?, 'BOOKED', now(), now())`,
      [slot, people[1]!.unit.id, booked.customer_id],
    )).rejects.toThrow(/appointment_slot_booked_unique/);
  });

  it('R-UNIT-1, R-UNIT-4: a customer books only for a unit they see (NOT_FOUND otherwise), and only a slot of that unit\'s development', async () => {
    const { world, ana, unit } = await setup();
    const client = await ana.client();
    const bruno = await world.customer();
    const { unit: hers } = await world.soldUnit(bruno.customer);
    const pending = await world.unit();
    await world.reservation(pending, ana.customer, ReservationStatus.IN_PROGRESS);
    const [slot] = await freeIds(client, unit.id);
    for (const other of [hers.id, pending.id]) {
      expect((await client.request(SLOTS, { u: other, k: 'VISTORIA' })).errors?.[0]).toMatchObject({ message: 'Unidade não encontrada.', extensions: { code: 'NOT_FOUND' } });
      expect((await client.request(BOOK, { u: other, s: slot })).errors?.[0]).toMatchObject({ message: 'Unidade não encontrada.', extensions: { code: 'NOT_FOUND' } });
    }
    const elsewhere = await world.development2();
    const { unit: far } = await world.soldUnit(ana.customer, { development: elsewhere });
    expect((await client.request(BOOK, { u: far.id, s: slot })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slotId' });
    expect(await freeIds(client, far.id)).toEqual([]);
    expect((await client.ok(SLOTS, { u: far.id, k: 'VISTORIA' })).appointmentSlots.notice).toContain('Não há horários livres de vistoria');
    // Bruno does not see Ana's booking.
    await client.ok(BOOK, { u: unit.id, s: slot });
    expect((await (await bruno.client()).ok(MINE)).myAppointments).toEqual([]);
  });

  it('a unit has one active booking per kind (decision): a second vistoria is CONFLICT in words; a key handover may be booked besides', async () => {
    const { world, admin, ana, unit } = await setup();
    await admin.client.ok(PUBLISH, { i: { developmentId: world.development.id, kind: 'KEY_HANDOVER', firstDay: tomorrow(), lastDay: tomorrow(), times: ['14:00'], durationMinutes: 30, weekdays: [0, 1, 2, 3, 4, 5, 6] } });
    const client = await ana.client();
    const [first, second] = await freeIds(client, unit.id);
    await client.ok(BOOK, { u: unit.id, s: first });
    const again = await client.request(BOOK, { u: unit.id, s: second });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'unitId' });
    expect(again.errors?.[0]?.message).toMatch(/^A unidade "Apto 101" já tem vistoria agendada para \d\d\/\d\d\/\d{4} às 09:00: remarque ou cancele esse agendamento\.$/);
    const [keys] = await freeIds(client, unit.id, 'KEY_HANDOVER');
    await client.ok(BOOK, { u: unit.id, s: keys });
    expect((await client.ok(MINE)).myAppointments.map((a: { kind: string }) => a.kind).sort()).toEqual(['KEY_HANDOVER', 'VISTORIA']);
  });

  it('reschedule is an atomic move: the old slot is freed and the new one taken; onto a taken slot it is CONFLICT and nothing changes', async () => {
    const { world, ana, unit } = await setup();
    const client = await ana.client();
    const [a, b, c] = await freeIds(client, unit.id);
    const { bookAppointment } = await client.ok(BOOK, { u: unit.id, s: a });
    const moved = (await client.ok(MOVE, { id: bookAppointment.id, s: b })).rescheduleAppointment;
    expect(moved).toEqual({ id: bookAppointment.id, status: 'BOOKED', slot: { id: b } });
    const free = await freeIds(client, unit.id);
    expect(free).toContain(a);
    expect(free).not.toContain(b);
    const carla = await world.customer();
    const { unit: hers } = await world.soldUnit(carla.customer);
    await (await carla.client()).ok(BOOK, { u: hers.id, s: c });
    const refused = await client.request(MOVE, { id: bookAppointment.id, s: c });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Este horário acabou de ser reservado por outra pessoa: escolha outro horário.', extensions: { code: 'CONFLICT' } });
    expect((await client.ok(MINE)).myAppointments).toMatchObject([{ id: bookAppointment.id, status: 'BOOKED', slot: { id: b } }]);
  });

  it('cancel frees the slot; staff see who booked and cancel with a reason the customer reads (audited)', async () => {
    const { world, admin, ana, unit } = await setup();
    const client = await ana.client();
    const [a] = await freeIds(client, unit.id);
    const first = (await client.ok(BOOK, { u: unit.id, s: a })).bookAppointment;
    expect((await client.ok(CANCEL, { id: first.id })).cancelAppointment.status).toBe('CANCELLED');
    expect(await freeIds(client, unit.id)).toContain(a);
    const second = (await client.ok(BOOK, { u: unit.id, s: a })).bookAppointment;
    const slots = (await admin.client.ok(STAFF_SLOTS, { d: world.development.id })).staffAppointmentSlots;
    expect(slots.find((s: { id: string }) => s.id === a).booking).toEqual({ id: second.id, unitName: 'Apto 101', customerName: 'Ana Souza' });
    expect((await admin.client.request(`mutation($id: ID!) { cancelAppointmentAsStaff(id: $id, reason: " ") }`, { id: second.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await admin.client.ok(`mutation($id: ID!, $r: String!) { cancelAppointmentAsStaff(id: $id, reason: $r) }`, { id: second.id, r: 'O vistoriador adoeceu; escolha outro dia, por favor.' });
    expect((await client.ok(MINE)).myAppointments.find((x: { id: string }) => x.id === second.id)).toMatchObject({ status: 'CANCELLED', cancelledByStaff: true, cancelReason: 'O vistoriador adoeceu; escolha outro dia, por favor.' });
    expect((await client.request(CANCEL, { id: second.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action targetLabel after } } }`, { id: second.id });
    expect(auditLog.nodes).toMatchObject([{ action: 'appointment.cancel', targetLabel: expect.stringContaining('Agendamento · Apto 101'), after: { cancelReason: 'O vistoriador adoeceu; escolha outro dia, por favor.' } }]);
  });

  it('publishing: bad input names the field and writes nothing; an existing slot is kept; an AGENT cannot publish; staff limited to another development get NOT_FOUND; a booked slot is not removed', async () => {
    const { world, admin, ana, unit, created } = await setup();
    expect(created).toBe(9);
    const base = { developmentId: world.development.id, kind: 'VISTORIA', firstDay: tomorrow(), lastDay: tomorrow(), times: ['09:00', '15:30'], durationMinutes: 60, weekdays: [0, 1, 2, 3, 4, 5, 6] };
    expect((await admin.client.ok(PUBLISH, { i: base })).publishAppointmentSlots).toBe(1);
    for (const [patch, field] of [[{ times: ['9h'] }, 'times'], [{ lastDay: addDays(tomorrow(), -1) }, 'lastDay'], [{ durationMinutes: 5 }, 'durationMinutes'], [{ firstDay: '2027-02-31' }, 'firstDay']] as const) {
      expect((await admin.client.request(PUBLISH, { i: { ...base, ...patch } })).errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const agent = await world.staff(StaffRole.AGENT);
    expect((await agent.client.request(PUBLISH, { i: base })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await world.development2();
    const limited = await world.staff(StaffRole.MANAGER, { developments: [elsewhere] });
    expect((await limited.client.request(PUBLISH, { i: base })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Empreendimento não encontrado.' });
    const client = await ana.client();
    const [a] = await freeIds(client, unit.id);
    await client.ok(BOOK, { u: unit.id, s: a });
    expect((await admin.client.request(`mutation($id: ID!) { removeAppointmentSlot(id: $id) }`, { id: a })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await admin.client.request(`mutation($id: ID!) { cancelAppointmentAsStaff(id: $id, reason: "x") }`, { id: a })).errors?.[0]).toMatchObject({ message: 'Agendamento não encontrado.' });
  });
});
