import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { ReservationStatus, World } from '../../../test/world.js';

const MY_UNITS = `{ myUnits { id name deliveryForecast development { name } } }`;
const UNIT = `query($id: ID!) { unit(id: $id) { id name } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ids = (data: { myUnits: { id: string }[] }) => data.myUnits.map((u) => u.id).sort();

describe('R-UNIT-1: holder or associate of a sold reservation', () => {
  it('R-UNIT-1: the holder of a SOLD reservation sees the unit; another customer does not', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const bruno = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    expect(ids(await (await ana.client()).ok(MY_UNITS))).toEqual([unit.id]);
    expect(ids(await (await bruno.client()).ok(MY_UNITS))).toEqual([]);
  });

  it('R-UNIT-1: reservations in progress, cancelled or rescinded do not show the unit', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    for (const status of [ReservationStatus.IN_PROGRESS, ReservationStatus.CANCELLED, ReservationStatus.RESCINDED]) {
      await world.reservation(await world.unit(), ana.customer, status);
    }
    const { unit } = await world.soldUnit(ana.customer);
    expect(ids(await (await ana.client()).ok(MY_UNITS))).toEqual([unit.id]);
  });

  it('R-UNIT-1: an associate whose type sees units sees it; one whose type does not, does not', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer();
    const guarantor = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [
      { customer: spouse.customer, type: world.types.spouse },
      { customer: guarantor.customer, type: world.types.guarantor },
    ]);
    expect(ids(await (await spouse.client()).ok(MY_UNITS))).toEqual([unit.id]);
    expect(ids(await (await guarantor.client()).ok(MY_UNITS))).toEqual([]);
    await world.update(world.types.guarantor, { seesUnitsInPortal: true });
    expect(ids(await (await guarantor.client()).ok(MY_UNITS))).toEqual([unit.id]);
  });
});

describe('R-UNIT-2: active block and stage', () => {
  it('R-UNIT-2: a unit in an inactive block or an inactive stage is hidden, even with a SOLD reservation', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit: visible } = await world.soldUnit(ana.customer);
    const { unit: inBlock } = await world.soldUnit(ana.customer);
    const client = await ana.client();
    expect(ids(await client.ok(MY_UNITS))).toEqual([visible.id, inBlock.id].sort());

    await world.update(world.block, { active: false });
    expect(ids(await client.ok(MY_UNITS))).toEqual([]);
    await world.update(world.block, { active: true });
    await world.update(world.stage, { active: false });
    expect(ids(await client.ok(MY_UNITS))).toEqual([]);
    await world.update(world.stage, { active: true });
    expect(ids(await client.ok(MY_UNITS))).toEqual([visible.id, inBlock.id].sort());
  });
});

describe('R-UNIT-3: the portal serves the development and is active', () => {
  it('R-UNIT-3: a development the portal does not serve shows nothing; an inactive portal refuses', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const client = await ana.client();
    world.portal.developments.remove(world.development);
    await world.em.flush();
    expect(ids(await client.ok(MY_UNITS))).toEqual([]);
    world.portal.developments.add(world.development);
    await world.em.flush();
    expect(ids(await client.ok(MY_UNITS))).toEqual([unit.id]);
    await world.update(world.portal, { active: false });
    expect((await client.request(MY_UNITS)).errors?.[0]?.extensions?.code).toBe('PORTAL_INACTIVE');
  });
});

describe('R-UNIT-4: hidden is the same as missing', () => {
  it('R-UNIT-4: a hidden unit, another customer\'s unit and a made-up id all answer the same NOT_FOUND', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const bruno = await world.customer();
    const { unit: mine } = await world.soldUnit(ana.customer);
    const hidden = await world.unit({ block: null, stage: null });
    await world.reservation(hidden, ana.customer, ReservationStatus.IN_PROGRESS);
    const { unit: theirs } = await world.soldUnit(bruno.customer);
    const client = await ana.client();
    expect((await client.ok(UNIT, { id: mine.id })).unit).toMatchObject({ id: mine.id });
    const answers = await Promise.all([hidden.id, theirs.id, '7f1c6a52-0000-4000-8000-000000000000'].map((id) => client.request(UNIT, { id })));
    for (const answer of answers) expect(answer.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }))).toEqual([{ message: 'Unidade não encontrada.', code: 'NOT_FOUND' }]);
  });
});

describe('R-UNIT-5: delivery forecast', () => {
  it('R-UNIT-5: shows the development\'s delivery date only when showDeliveryForecast is on', async () => {
    const world = await World.create(server, { showDeliveryForecast: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    expect((await client.ok(MY_UNITS)).myUnits[0].deliveryForecast).toBeNull();
    await world.update(world.portal, { showDeliveryForecast: true });
    expect((await client.ok(MY_UNITS)).myUnits[0].deliveryForecast).toBe('2027-06-30');
  });
});

describe('R-PORTAL-3: domains bound to developments', () => {
  it('R-PORTAL-3: through a domain the customer sees only the developments bound to it', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Serena');
    const ana = await world.customer();
    const { unit: tower } = await world.soldUnit(ana.customer);
    const { unit: lot } = await world.soldUnit(ana.customer, { development: lots });
    await world.bindDomain(`torre-${world.portal.slug}.test`, [world.development]);
    await world.bindDomain(`lotes-${world.portal.slug}.test`, [lots]);
    const viaTower = await ana.client({ host: `torre-${world.portal.slug}.test` });
    expect(ids(await viaTower.ok(MY_UNITS))).toEqual([tower.id]);
    const viaLots = await ana.client({ host: `lotes-${world.portal.slug}.test` });
    expect(ids(await viaLots.ok(MY_UNITS))).toEqual([lot.id]);
  });

  it('R-PORTAL-3: a customer with nothing through this domain gets PORTAL_DOMAIN_MISMATCH naming the one right address', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Serena');
    const bruno = await world.customer();
    await world.soldUnit(bruno.customer, { development: lots });
    await world.bindDomain(`torre2-${world.portal.slug}.test`, [world.development]);
    await world.bindDomain(`lotes2-${world.portal.slug}.test`, [lots]);
    const wrong = server.client({ app: 'client', headers: { ...world.headers, host: `torre2-${world.portal.slug}.test:4000` } });
    const result = await wrong.request(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: bruno.account.email, password: bruno.password } });
    expect(result.errors?.[0]).toMatchObject({
      message: `Sua unidade está no portal de Loteamento Serena: entre por http://lotes2-${world.portal.slug}.test:4000.`,
      extensions: { code: 'PORTAL_DOMAIN_MISMATCH', correctUrl: `http://lotes2-${world.portal.slug}.test:4000` },
    });
    expect(wrong.cookies.size).toBe(0);
  });

  it('R-PORTAL-3: a portal with no bindings serves all its developments on any of its domains', async () => {
    const world = await World.create(server);
    const lots = await world.development2();
    const ana = await world.customer();
    const { unit: a } = await world.soldUnit(ana.customer);
    const { unit: b } = await world.soldUnit(ana.customer, { development: lots });
    await world.bindDomain(`livre-${world.portal.slug}.test`, []);
    expect(ids(await (await ana.client({ host: `livre-${world.portal.slug}.test` })).ok(MY_UNITS))).toEqual([a.id, b.id].sort());
  });
});
