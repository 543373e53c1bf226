import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { ReservationStatus, StaffRole, World } from '../../../../test/world.js';
import { AuditLog } from '../../../audit/audit-log.entity.js';
import { Block } from '../../../developments/block.entity.js';
import { Portal } from '../../../portal/portal.entity.js';
import { RequestKind } from '../../../../test/world.js';
import { createSchema } from '../../../../graphql/schema.js';
import { PREVIEWED_MUTATIONS } from '../impact.middleware.js';

const PREVIEW = `query($c: ImpactChangeInput!, $p: ImpactPageInput) { impactPreview(change: $c, page: $p) {
  nothingChanges summary kinds { kind direction customers objects nextCursor examples { customerId customerName objectId objectLabel ruleId ruleLabel } } } }`;

let server: TestServer;
beforeAll(async () => {
  // A save waits for its turn long enough for the test that holds two saves in flight (the default 1 s would give up under load).
  server = await startTestServer({ impactSaveWaitMs: 15_000 });
});
afterAll(() => server?.stop());

type Kind = { kind: string; direction: string; customers: number; objects: number; nextCursor: string | null; examples: { customerId: string; objectId: string; objectLabel: string; ruleId: string | null }[] };
const fails = async (client: { request: (q: string, v?: Record<string, unknown>) => Promise<{ errors?: unknown[] }> }, query: string, variables: Record<string, unknown>) => (await client.request(query, variables)).errors?.[0];
const counts = (kinds: Kind[]) => kinds.map((k) => [k.kind, k.direction, k.customers, k.objects]);

/** A company where Ana has a sold unit with a contract, and a member of staff to change it. */
async function anaWithAContract() {
  const world = await World.create(server);
  const ana = await world.customer({ name: 'Ana' });
  const { reservation } = await world.soldUnit(ana.customer);
  await world.contract(reservation);
  const { client } = await world.staff();
  return { world, ana, client };
}

/** A connection of its own that takes the portal's row (`lock`, in a transaction) while `work` runs; `work` ends that transaction. */
async function holdingPortalRow(portalId: string, lock: string, work: (holder: pg.Client) => Promise<void>): Promise<void> {
  const holder = new pg.Client({ connectionString: server.config.databaseUrl! });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query(lock, [portalId]);
    await work(holder);
  } finally {
    await holder.end();
  }
}

/** [sessions the holder blocks, sessions waiting for an advisory lock] (pg_stat_activity is read once per transaction unless its snapshot is cleared). */
async function waiting(holder: pg.Client): Promise<[number, number]> {
  const [row] = (await holder.query(`select pg_stat_clear_snapshot(),
      (select count(*) from pg_stat_activity where datname = current_database() and pg_backend_pid() = any(pg_blocking_pids(pid))) as row,
      (select count(*) from pg_stat_activity where datname = current_database() and wait_event = 'advisory') as turn`)).rows;
  return [Number(row.row), Number(row.turn)];
}

describe('R-EXPLAIN-4: impact preview — who stops seeing what, and who starts, before saving', () => {
  it('R-EXPLAIN-4: inactivating a block hides its units (and what hangs off them) from their customers; nothing is saved', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana' });
    const bia = await world.customer({ name: 'Bia' });
    const { unit, reservation } = await world.soldUnit(ana.customer);
    await world.reservation(unit, bia.customer, ReservationStatus.SOLD);
    const elsewhere = await world.unit({ block: null });
    await world.reservation(elsewhere, ana.customer);
    await world.contract(reservation, { signed: true, validated: true, type: world.types.sale });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } } });
    expect(impactPreview.nothingChanges).toBe(false);
    // Bia loses her only unit there, and with it the menus of that development; Ana still sees another unit in it.
    expect(counts(impactPreview.kinds)).toEqual([['UNITS', 'LOST', 2, 1], ['CONTRACTS', 'LOST', 1, 1], ['MENUS', 'LOST', 1, 4]]);
    expect(impactPreview.summary).toBe('Esta mudança esconde 1 unidade de 2 clientes, 1 contrato de 1 cliente e 4 menus de 1 cliente.');
    const units = impactPreview.kinds[0] as Kind;
    expect(units.examples.map((e) => [e.customerId, e.objectId, e.ruleId])).toEqual([[ana.customer.id, unit.id, 'R-UNIT-2'], [bia.customer.id, unit.id, 'R-UNIT-2']]);
    expect(units.examples[0]!.objectLabel).toBe(`${unit.name} — ${world.development.name}`);
    // Nothing changed: the block is still active, no audit entry.
    const em = server.em();
    expect((await em.findOneOrFail(Block, world.block.id)).active).toBe(true);
    expect(await em.count(AuditLog, { targetId: world.block.id })).toBe(0);
  });

  it('R-EXPLAIN-4: the reverse change shows them again (gains), with the rule that hid them before', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana' });
    const { unit } = await world.soldUnit(ana.customer);
    await world.update(world.block, { active: false });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { setBlockActive: { id: world.block.id, active: true } } });
    expect(counts(impactPreview.kinds)).toEqual([['UNITS', 'GAINED', 1, 1], ['MENUS', 'GAINED', 1, 4]]);
    expect(impactPreview.summary).toBe('Esta mudança mostra 1 unidade a 1 cliente e 4 menus a 1 cliente.');
    expect(impactPreview.kinds[0].examples[0]).toMatchObject({ objectId: unit.id, ruleId: 'R-UNIT-2' });
  });

  it('R-EXPLAIN-4: a change that affects nobody says so', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer, { block: null });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } } });
    expect(impactPreview).toEqual({ nothingChanges: true, summary: 'Esta mudança não altera o que nenhum cliente vê.', kinds: [] });
  });

  it('R-EXPLAIN-4: the saved change keeps its counts in its audit entry', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    await client.ok('mutation($id: ID!) { setBlockActive(id: $id, active: false) { id active } }', { id: world.block.id });
    const entry = await server.em().findOneOrFail(AuditLog, { targetId: world.block.id });
    expect(entry.impact).toEqual([{ kind: 'UNITS', direction: 'LOST', customers: 1, objects: 1 }, { kind: 'MENUS', direction: 'LOST', customers: 1, objects: 4, menus: expect.arrayContaining(['SERVICE', 'ASSISTANCE']) }]);
    expect((await server.em().findOneOrFail(Block, world.block.id)).active).toBe(false);
  });

  it('R-EXPLAIN-4: a wrong change is refused as the save would refuse it, and changes nothing', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client } = await world.staff();
    const notFound = await fails(client, PREVIEW, { c: { setBlockActive: { id: other.block.id, active: false } } });
    expect(notFound).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const two = await fails(client, PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false }, setStageActive: { id: world.stage.id, active: false } } });
    expect(two).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'change' } });
    const { client: agent } = await world.staff(StaffRole.AGENT);
    expect(await fails(agent, PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } } })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('R-EXPLAIN-4: portal settings — "Exibir Contratos" off hides the contracts and the menu Contratos; loginEnabled off takes password sign-in away', async () => {
    const { world, ana, client } = await anaWithAContract();
    const contracts = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showContracts: false } } } })).impactPreview;
    expect(counts(contracts.kinds)).toEqual([['CONTRACTS', 'LOST', 1, 1], ['MENUS', 'LOST', 1, 1]]);
    expect(contracts.summary).toBe('Esta mudança esconde 1 contrato de 1 cliente e o menu Contratos de 1 cliente.');
    expect(contracts.kinds[1].examples[0]).toMatchObject({ customerId: ana.customer.id, objectId: 'CONTRACTS', objectLabel: 'menu Contratos', ruleId: 'R-CONTRACT-1' });
    const login = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { loginEnabled: false } } } })).impactPreview;
    expect(counts(login.kinds)).toEqual([['LOGINS', 'LOST', 1, 1]]);
    expect(login.kinds[0].examples[0]).toMatchObject({ objectId: world.portal.id, ruleId: 'R-AUTH-7' });
    expect((await server.em().findOneOrFail(Portal, world.portal.id)).showContracts).toBe(true);
  });

  it('R-EXPLAIN-4: two admins save at once — each save counts what it changes, not what the other saved meanwhile', async () => {
    const { world, client } = await anaWithAContract();
    // Someone holds the portal's row: both saves start; the first waits for the row, the second for its turn.
    await holdingPortalRow(world.portal.id, 'select 1 from portal where id = $1 for update', async (holder) => {
      const save = (input: Record<string, boolean>) => client.ok('mutation($id: ID!, $i: PortalSettingsInput!) { updatePortalSettings(portalId: $id, input: $i) { id } }', { id: world.portal.id, i: input });
      const saves = Promise.allSettled([save({ showContracts: false }), save({ showServiceMenu: false })]);
      await expect.poll(() => waiting(holder), { timeout: 3_000 }).toEqual([1, 1]);
      await holder.query('rollback');
      expect((await saves).map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    });
    // Whichever was saved second: it hides the menu Atendimentos only, not again the contracts.
    const counted = (await server.em().find(AuditLog, { targetId: world.portal.id })).map((entry) => entry.impact);
    expect(counted).toHaveLength(2);
    expect(counted).toEqual(expect.arrayContaining([
      [{ kind: 'CONTRACTS', direction: 'LOST', customers: 1, objects: 1 }, { kind: 'MENUS', direction: 'LOST', customers: 1, objects: 1, menus: ['CONTRACTS'] }],
      [{ kind: 'MENUS', direction: 'LOST', customers: 1, objects: 1, menus: ['SERVICE'] }],
    ]));
  });

  it('R-EXPLAIN-4: a preview counts only its own change, not a save that commits while it reads', async () => {
    const { world, client } = await anaWithAContract();
    // Another save holds the portal's row, about to hide the contracts; the preview (the menu Atendimentos) reads, then waits for the row.
    await holdingPortalRow(world.portal.id, 'update portal set show_contracts = false where id = $1', async (other) => {
      const preview = client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } } });
      await expect.poll(async () => (await waiting(other))[0], { timeout: 3_000 }).toBe(1);
      await other.query('commit');
      const { impactPreview } = await preview;
      // Read again over the committed contracts change: the menu Atendimentos only (not the contracts and their menu too).
      expect(counts(impactPreview.kinds)).toEqual([['MENUS', 'LOST', 1, 1]]);
      expect(impactPreview.summary).toBe('Esta mudança esconde o menu Atendimentos de 1 cliente.');
    });
    expect((await server.em().findOneOrFail(Portal, world.portal.id, { refresh: true })).showServiceMenu).toBe(true);
  });

  it('R-EXPLAIN-4: a menu toggle and a development permission: "o menu Atendimentos de N clientes"', async () => {
    const world = await World.create(server);
    for (let i = 0; i < 3; i++) await world.soldUnit((await world.customer()).customer);
    const { client } = await world.staff();
    const menu = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } } })).impactPreview;
    expect(menu.summary).toBe('Esta mudança esconde o menu Atendimentos de 3 clientes.');
    const permission = (await client.ok(PREVIEW, { c: { updateDevelopment: { input: { id: world.development.id, allowServiceRequests: false } } } })).impactPreview;
    expect(permission.summary).toBe('Esta mudança esconde o menu Atendimentos de 3 clientes.');
    expect(permission.kinds[0].examples.map((e: { ruleId: string }) => e.ruleId)).toEqual(['R-REQ-1', 'R-REQ-1', 'R-REQ-1']);
  });

  it('R-EXPLAIN-4: the menu examples come by customer name past the first few hundred customers of the company (read a slice at a time)', async () => {
    const world = await World.create(server);
    const zelia = await world.customer({ name: 'Zélia Última' });
    await world.soldUnit(zelia.customer);
    // 450 customers before her by name, none with a login (no menu to lose): the examples' reader goes past two slices.
    await server.em().getConnection().execute(`insert into customer (id, company_id, name, document, email, created_at, updated_at)
      select gen_random_uuid(), ?, 'Aa ' || lpad(n::text, 3, '0'), lpad(n::text, 11, '0'), 'aa' || n || '@teste.dev', now(), now() from generate_series(1, 450) n`, [world.company.id]);
    const { client } = await world.staff();
    const menu = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } } })).impactPreview;
    expect(menu.summary).toBe('Esta mudança esconde o menu Atendimentos de 1 cliente.');
    expect(menu.kinds[0].examples.map((e: { customerId: string; objectLabel: string }) => [e.customerId, e.objectLabel])).toEqual([[zelia.customer.id, 'menu Atendimentos']]);
  });

  it('R-EXPLAIN-4: with a second portal (serving another development), a request and the menu hidden by the menu\'s switch name that rule, lost or gained', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana' });
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    // The work's portal (as the demo's): its menu is on, but it does not serve Ana's development; the older of the two.
    const obra = await world.development2();
    world.portal.developments.remove(obra);
    const second = world.em.create(Portal, { company: world.company, name: 'Portal da Obra', slug: `obra-${world.portal.slug}`, createdAt: new Date(Date.now() - 86_400_000) });
    second.developments.add(obra);
    await world.em.flush();
    const { client } = await world.staff();
    const off = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } } })).impactPreview;
    // The request and the menu: the menu's switch in the portal that showed them, not "some portal" (where nothing fails) or the older portal (which shows Ana nothing).
    const rules = (preview: { kinds: Kind[] }) => preview.kinds.map((k) => [k.kind, k.direction, k.examples.map((e) => [e.objectId, e.ruleId])]);
    expect(rules(off)).toEqual([['REQUESTS', 'LOST', [[request.id, 'R-SET-1']]], ['MENUS', 'LOST', [['SERVICE', 'R-SET-1']]]]);
    world.portal.showServiceMenu = false;
    await world.em.flush();
    const on = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: true } } } })).impactPreview;
    expect(rules(on)).toEqual([['REQUESTS', 'GAINED', [[request.id, 'R-SET-1']]], ['MENUS', 'GAINED', [['SERVICE', 'R-SET-1']]]]);
  });

  it('R-EXPLAIN-4: a customer\'s examples read in order ("nº 2" before "nº 10"), and the pages neither repeat nor skip one', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana' });
    const { unit } = await world.soldUnit(ana.customer);
    await world.manyRequests(24, { openedBy: ana.account, unit });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } } });
    const requests = impactPreview.kinds.find((k: Kind) => k.kind === 'REQUESTS');
    const numbers = requests.examples.map((e: Kind['examples'][number]) => Number(e.objectLabel.replace('nº ', '')));
    expect(numbers).toHaveLength(10);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // The next page holds the other two: none shown twice, none left out.
    const next = (await client.ok(PREVIEW, { c: { updatePortalSettings: { portalId: world.portal.id, input: { showServiceMenu: false } } }, p: { kind: 'REQUESTS', direction: 'LOST', after: requests.nextCursor } })).impactPreview;
    const rest = next.kinds.find((k: Kind) => k.kind === 'REQUESTS').examples.map((e: Kind['examples'][number]) => e.objectId);
    const all = [...requests.examples.map((e: Kind['examples'][number]) => e.objectId), ...rest];
    expect(all).toHaveLength(12);
    expect(new Set(all).size).toBe(12);
  });

  it('R-EXPLAIN-4: an association type without "Visualiza Unidades Portal" hides the unit from its associates only', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const spouse = await world.customer({ name: 'Cônjuge da Ana' });
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [{ customer: spouse.customer, type: world.types.spouse }]);
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { saveAssociationType: { input: { id: world.types.spouse.id, seesUnitsInPortal: false } } } });
    expect(impactPreview.kinds[0]).toMatchObject({ kind: 'UNITS', direction: 'LOST', customers: 1, objects: 1 });
    expect(impactPreview.kinds[0].examples[0]).toMatchObject({ customerId: spouse.customer.id, objectId: unit.id, ruleId: 'R-UNIT-1' });
  });

  it('R-EXPLAIN-4: a contract type made visible shows its contracts (a gain)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const contract = await world.contract(reservation, { type: world.types.internal });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { saveContractType: { input: { id: world.types.internal.id, visibleToCustomer: true } } } });
    expect(counts(impactPreview.kinds)).toEqual([['CONTRACTS', 'GAINED', 1, 1]]);
    expect(impactPreview.kinds[0].examples[0]).toMatchObject({ objectId: contract.id, ruleId: 'R-CONTRACT-3' });
  });

  it('R-EXPLAIN-4: the workflow\'s "Exibir assistência com situação Fim" shows repairs finished past the SLA', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const old = await world.request({ openedBy: ana.account, unit, kind: RequestKind.ASSISTANCE, status: world.statuses.aDone, finishedAt: new Date(Date.now() - 90 * 86_400_000) });
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { saveWorkflow: { input: { id: world.workflows.assistance.id, showFinishedInPortal: true } } } });
    expect(counts(impactPreview.kinds)).toEqual([['REQUESTS', 'GAINED', 1, 1]]);
    expect(impactPreview.kinds[0].examples[0]).toMatchObject({ objectId: old.id, objectLabel: `nº ${old.number}`, ruleId: 'R-REQ-5' });
  });

  it('R-EXPLAIN-4: the portal inactivated — every login and everything shown goes; a development no longer served — its units go', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const off = (await client.ok(PREVIEW, { c: { setPortalActive: { portalId: world.portal.id, active: false } } })).impactPreview;
    expect(off.kinds.map((k: Kind) => [k.kind, k.direction])).toEqual([['UNITS', 'LOST'], ['MENUS', 'LOST'], ['LOGINS', 'LOST']]);
    const dev2 = await world.development2();
    const served = (await client.ok(PREVIEW, { c: { setPortalDevelopments: { portalId: world.portal.id, developmentIds: [dev2.id] } } })).impactPreview;
    expect(counts(served.kinds).slice(0, 1)).toEqual([['UNITS', 'LOST', 1, 1]]);
    expect(served.kinds[0].examples[0].ruleId).toBe('R-UNIT-3');
  });

  it('R-EXPLAIN-4: a domain bound to one development hides the others\' units from every address but theirs', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const dev2 = await world.development2();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const { impactPreview } = await client.ok(PREVIEW, { c: { savePortalDomain: { input: { portalId: world.portal.id, hostname: 'torre.exemplo.com.br', developmentIds: [dev2.id] } } } });
    expect(impactPreview.kinds[0]).toMatchObject({ kind: 'UNITS', direction: 'LOST', customers: 1, objects: 1 });
    expect(impactPreview.kinds[0].examples[0].ruleId).toBe('R-PORTAL-3');
  });

  it('R-EXPLAIN-4: scope — a member limited to a development previews only within it', async () => {
    const world = await World.create(server);
    const inside = await world.customer();
    await world.soldUnit(inside.customer);
    const dev2 = await world.development2();
    const outside = await world.customer();
    await world.soldUnit(outside.customer, { development: dev2 });
    await world.update(world.portal, {});
    const other = world.em.create(Portal, { company: world.company, name: 'Portal Torre', slug: `p2-${Date.now()}` });
    other.developments.add(world.development);
    await world.em.flush();
    const change = { c: { updatePortalSettings: { portalId: other.id, input: { loginEnabled: false } } } };
    const admin = (await (await world.staff()).client.ok(PREVIEW, change)).impactPreview;
    expect(counts(admin.kinds)).toEqual([['LOGINS', 'LOST', 2, 1]]);
    const { client: limited } = await world.staff(StaffRole.MANAGER, { developments: [world.development] });
    const mine = (await limited.ok(PREVIEW, change)).impactPreview;
    expect(counts(mine.kinds)).toEqual([['LOGINS', 'LOST', 1, 1]]);
    expect(mine.kinds[0].examples.map((e: { customerId: string }) => e.customerId)).toEqual([inside.customer.id]);
  });

  it('R-EXPLAIN-4: the affected customers page by page, with a cursor', async () => {
    const world = await World.create(server);
    for (let i = 0; i < 5; i++) await world.soldUnit((await world.customer({ name: `Cliente ${i}` })).customer);
    const { client } = await world.staff();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const preview: { kinds: Kind[] } = (await client.ok(PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } }, p: { kind: 'UNITS', direction: 'LOST', first: 2, after } })).impactPreview;
      const units = preview.kinds.find((k) => k.kind === 'UNITS')!;
      seen.push(...units.examples.map((e) => e.customerId));
      expect(preview.kinds.find((k) => k.kind === 'MENUS')!.examples).toEqual([]);
      after = units.nextCursor;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(await fails(client, PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } }, p: { after: 'x' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('R-EXPLAIN-4: every previewed mutation has its change in ImpactChangeInput, with the same arguments', async () => {
    const schema = await createSchema();
    const change = schema.getType('ImpactChangeInput') as import('graphql').GraphQLInputObjectType;
    const mutations = schema.getMutationType()!.getFields();
    expect(Object.keys(change.getFields()).sort()).toEqual([...PREVIEWED_MUTATIONS].sort());
    for (const [name, field] of Object.entries(change.getFields())) {
      const holder = (field.type as import('graphql').GraphQLInputObjectType).getFields();
      expect(Object.fromEntries(Object.values(holder).map((f) => [f.name, String(f.type)])), name).toEqual(Object.fromEntries(mutations[name]!.args.map((a) => [a.name, String(a.type)])));
    }
  });
});

describe('R-EXPLAIN-4: a company too large to measure in time', () => {
  let slow: TestServer;
  beforeAll(async () => {
    // Every statement of the measurement given up at once: what a very large company meets.
    slow = await startTestServer({ impactStatementMs: 1 });
  });
  afterAll(() => slow?.stop());

  it('R-EXPLAIN-4: the preview says it could not be worked out (nothing saved); the save goes through, audited without counts', async () => {
    const world = await World.create(slow);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const refused = await fails(client, PREVIEW, { c: { setBlockActive: { id: world.block.id, active: false } } });
    expect(refused).toMatchObject({ extensions: { code: 'PREVIEW_UNAVAILABLE' } });
    expect((refused as { message: string }).message).toMatch(/^Não foi possível calcular a tempo/);
    expect((await slow.em().findOneOrFail(Block, world.block.id)).active).toBe(true);
    await client.ok('mutation($id: ID!) { setBlockActive(id: $id, active: false) { id active } }', { id: world.block.id });
    expect((await slow.em().findOneOrFail(Block, world.block.id)).active).toBe(false);
    const entry = await slow.em().findOneOrFail(AuditLog, { targetId: world.block.id });
    expect(entry).toMatchObject({ action: 'Block.update', impact: null });
  });
});
