import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { RequestKind, ReservationStatus, World } from '../../../../test/world.js';
import { ALL_PORTAL_PERMISSIONS, PortalPermission } from '../../../auth/account.enums.js';
import { Block } from '../../../developments/block.entity.js';
import { Stage } from '../../../developments/stage.entity.js';
import { Portal } from '../../../portal/portal.entity.js';
import { FOCUSED_MUTATIONS } from '../impact-focus.js';
import { PREVIEWED_MUTATIONS } from '../impact.middleware.js';

/**
 * R-EXPLAIN-4, the property: on random small companies and a random change among the previewed
 * mutations, the preview (asked for before the change) equals the difference between what the
 * customers see before and after the change is really applied — read through the customers' own
 * portal API (`myUnits` with their `contracts` as the unit page asks them, `myRequests`, `myMenus`,
 * and `signIn` for password sign-in), never through the server's functions.
 *
 * The preview counts a customer as seeing an object when some portal shows it through some address.
 * Here a customer's "list" is the union of their lists in every portal of the company (one or two
 * portals, each reached by `x-habite-portal`, one session per portal), so the two agree on that.
 * The worlds bind no domain to developments: through a bound domain the sign-in itself answers
 * PORTAL_DOMAIN_MISMATCH for a customer who sees no unit there (R-PORTAL-3), so a session at every
 * address cannot always be had; domain bindings are left to the example tests (impact.test.ts).
 *
 * Sessions are opened while every portal is active with password sign-in on; the configuration's
 * inactive portals and `loginEnabled` off are set afterwards (customers who signed in earlier), so
 * every customer has a session everywhere and both directions (losses and gains) can be measured.
 * A session of an inactive portal is refused everything (PORTAL_INACTIVE, R-PORTAL-2): it sees nothing.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Mostly true: a world where things are visible lets one change hide them (the changed toggle itself starts on or off as often: `start`). */
const likely = fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.constant(false), weight: 1 });
const status = fc.oneof({ arbitrary: fc.constant(ReservationStatus.SOLD), weight: 5 }, { arbitrary: fc.constantFrom(ReservationStatus.IN_PROGRESS, ReservationStatus.CANCELLED), weight: 2 });
const finished = fc.constantFrom(null, 'recent' as const, 'long ago' as const);
const kind = fc.constantFrom(RequestKind.SERVICE, RequestKind.ASSISTANCE);
const SETTINGS = ['showContracts', 'showServiceMenu', 'showAssistanceMenu', 'showFinancial', 'loginEnabled'] as const;

const portalConfig = fc.record({
  active: likely, loginEnabled: likely, showContracts: likely, showServiceMenu: likely, showAssistanceMenu: likely, showFinancial: likely,
  /** Which developments (by index) it serves. */
  serves: fc.subarray([0, 1], { minLength: 1 }),
});

/**
 * One change among the previewed mutations, by index into the configuration's objects. A toggle
 * mostly flips the current value (`flip`), sometimes saves it again (a change that affects nobody).
 */
const change = fc.oneof(
  fc.record({ name: fc.constant('setBlockActive' as const), development: fc.nat(1), flip: likely }),
  fc.record({ name: fc.constant('setStageActive' as const), development: fc.nat(1), flip: likely }),
  fc.record({ name: fc.constant('updatePortalSettings' as const), portal: fc.nat(1), setting: fc.constantFrom(...SETTINGS), flip: likely }),
  fc.record({ name: fc.constant('setPortalActive' as const), portal: fc.nat(1), flip: likely }),
  fc.record({ name: fc.constant('setPortalDevelopments' as const), portal: fc.nat(1), developments: fc.subarray([0, 1]) }),
  fc.record({ name: fc.constant('saveAssociationType' as const), type: fc.constantFrom('spouse' as const, 'guarantor' as const), flip: likely }),
  fc.record({ name: fc.constant('saveContractType' as const), type: fc.constantFrom('sale' as const, 'internal' as const), flip: likely }),
  fc.record({ name: fc.constant('updateDevelopment' as const), development: fc.nat(1), setting: fc.constantFrom('allowServiceRequests' as const, 'allowAssistanceRequests' as const), flip: likely }),
  // R-REQ-6: "Exibir assistência com situação Fim" is about repairs (the service workflow's flag shows nothing more).
  fc.record({ name: fc.constant('saveWorkflow' as const), workflow: fc.constant('assistance' as const), flip: likely }),
);

const configuration = fc.record({
  customers: fc.integer({ min: 2, max: 4 }),
  /** R-WORK-3: each customer's portal permissions (the menus Financeiro, Diário de obra and Cronograma read them). */
  permissions: fc.array(fc.oneof(fc.constant(ALL_PORTAL_PERMISSIONS), fc.subarray(ALL_PORTAL_PERMISSIONS)), { minLength: 4, maxLength: 4 }),
  developments: fc.array(fc.record({ blockActive: likely, stageActive: likely, allowServiceRequests: likely, allowAssistanceRequests: likely }), { minLength: 1, maxLength: 2 }),
  portals: fc.tuple(portalConfig, fc.option(portalConfig, { freq: 2 })),
  types: fc.record({ spouse: likely, guarantor: fc.boolean(), sale: likely, internal: fc.boolean() }),
  showFinished: fc.record({ service: fc.boolean(), assistance: fc.boolean() }),
  units: fc.array(fc.record({
    development: fc.nat(1), hasBlock: likely, hasStage: likely,
    reservations: fc.array(fc.record({
      holder: fc.nat(3), status,
      associates: fc.array(fc.record({ customer: fc.nat(3), type: fc.constantFrom('spouse' as const, 'guarantor' as const) }), { minLength: 1, maxLength: 2 }),
      contracts: fc.array(fc.record({ type: fc.constantFrom('sale' as const, 'internal' as const), signed: likely, validated: likely }), { maxLength: 2 }),
    }), { minLength: 1, maxLength: 2 }),
    requests: fc.array(fc.record({ kind, opener: fc.nat(3), finished }), { maxLength: 2 }),
  }), { minLength: 2, maxLength: 5 }),
  /** Requests about a common area, seen only by whoever opened them (R-REQ-7). */
  commonAreaRequests: fc.array(fc.record({ kind, opener: fc.nat(3), development: fc.nat(1), finished }), { maxLength: 2 }),
  change,
  /** Where the changed toggle starts (on or off as often): worlds start mostly on, and gains need it off. */
  start: fc.boolean(),
}).map((generated) => {
  const config = structuredClone(generated);
  const c = config.change;
  const development = config.developments[('development' in c ? c.development : 0) % config.developments.length]!;
  const portal = config.portals[('portal' in c ? c.portal : 0) % (config.portals[1] ? 2 : 1)]!;
  if (c.name === 'setBlockActive') development.blockActive = config.start;
  if (c.name === 'setStageActive') development.stageActive = config.start;
  if (c.name === 'updateDevelopment') development[c.setting] = config.start;
  if (c.name === 'updatePortalSettings') portal[c.setting] = config.start;
  if (c.name === 'setPortalActive') portal.active = config.start;
  if (c.name === 'saveAssociationType' || c.name === 'saveContractType') config.types[c.type] = config.start;
  if (c.name === 'saveWorkflow') config.showFinished[c.workflow] = config.start;
  return config;
});

type Configuration = typeof configuration extends fc.Arbitrary<infer T> ? T : never;
type Change = Configuration['change'];

const KINDS = ['UNITS', 'CONTRACTS', 'REQUESTS', 'MENUS', 'LOGINS'] as const;
type Kind = (typeof KINDS)[number];
/** Per kind, the `customer|object` pairs some portal shows. */
type Seen = Record<Kind, Set<string>>;

const DAY = 86_400_000;

async function build(config: Configuration) {
  const world = await World.create(server);
  const em = world.em;
  const developments = [{ development: world.development, block: world.block, stage: world.stage }];
  if (config.developments.length > 1) {
    const development = await world.development2();
    developments.push({ development, block: em.create(Block, { development, name: 'Bloco B' }), stage: em.create(Stage, { development, name: 'Etapa 2' }) });
  }
  const dev = (i: number) => developments[i % developments.length]!;
  for (const [i, d] of config.developments.entries()) {
    Object.assign(developments[i]!.development, { allowServiceRequests: d.allowServiceRequests, allowAssistanceRequests: d.allowAssistanceRequests });
    developments[i]!.block.active = d.blockActive;
    developments[i]!.stage.active = d.stageActive;
  }
  const portals = [world.portal];
  if (config.portals[1]) portals.push(em.create(Portal, { company: world.company, name: 'Portal Dois', slug: `p2-${world.portal.slug}` }));
  for (const [i, portal] of portals.entries()) {
    const p = config.portals[i]!;
    Object.assign(portal, { showContracts: p.showContracts, showServiceMenu: p.showServiceMenu, showAssistanceMenu: p.showAssistanceMenu, showFinancial: p.showFinancial });
    portal.developments.set([...new Set(p.serves.map((d) => dev(d).development))]);
  }
  world.types.spouse.seesUnitsInPortal = config.types.spouse;
  world.types.guarantor.seesUnitsInPortal = config.types.guarantor;
  world.types.sale.visibleToCustomer = config.types.sale;
  world.types.internal.visibleToCustomer = config.types.internal;
  world.workflows.service.showFinishedInPortal = config.showFinished.service;
  world.workflows.assistance.showFinishedInPortal = config.showFinished.assistance;
  await em.flush();

  const customers: Awaited<ReturnType<World['customer']>>[] = [];
  for (let i = 0; i < config.customers; i++) {
    const customer = await world.customer({ name: `Cliente ${i}` });
    await world.update(customer.account, { portalPermissions: [...config.permissions[i]!] });
    customers.push(customer);
  }
  const who = (i: number) => customers[i % customers.length]!;
  const request = async (r: { kind: RequestKind; opener: number; finished: 'recent' | 'long ago' | null }, target: { unit?: Parameters<World['request']>[0]['unit']; commonArea?: Parameters<World['request']>[0]['commonArea'] }) => {
    const done = r.kind === RequestKind.SERVICE ? world.statuses.done : world.statuses.aDone;
    await world.request({
      openedBy: who(r.opener).account, kind: r.kind, ...target,
      ...(r.finished ? { status: done, finishedAt: new Date(Date.now() - (r.finished === 'recent' ? 60_000 : 90 * DAY)) } : {}),
    });
  };
  for (const u of config.units) {
    const d = dev(u.development);
    const unit = await world.unit({ development: d.development, block: u.hasBlock ? d.block : null, stage: u.hasStage ? d.stage : null });
    for (const r of u.reservations) {
      const holder = who(r.holder).customer;
      const associates = [...new Map(r.associates.map((a) => [who(a.customer).customer, a.type])).entries()]
        .filter(([customer]) => customer !== holder).map(([customer, type]) => ({ customer, type: world.types[type] }));
      const reservation = await world.reservation(unit, holder, r.status, associates);
      for (const c of r.contracts) await world.contract(reservation, { type: world.types[c.type], signed: c.signed, validated: c.validated });
    }
    for (const r of u.requests) await request(r, { unit });
  }
  for (const r of config.commonAreaRequests) await request(r, { commonArea: await world.commonArea('Salão', dev(r.development).development) });

  // Every customer signs in to every portal now, while all are active with password sign-in on.
  const sessions = new Map<string, GraphQLClient>();
  for (const c of customers) for (const portal of portals) sessions.set(`${c.customer.id}|${portal.id}`, await c.client({ 'x-habite-portal': portal.slug }));
  for (const [i, portal] of portals.entries()) Object.assign(portal, { active: config.portals[i]!.active, loginEnabled: config.portals[i]!.loginEnabled });
  await em.flush();
  return { world, developments, portals, customers, sessions, dev };
}

type Built = Awaited<ReturnType<typeof build>>;

const MENUS = 'query { myMenus { menu visible } }';
const UNITS = 'query($contracts: Boolean!) { myUnits { id contracts @include(if: $contracts) { id } } }';
const REQUESTS = 'query($after: String) { myRequests(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }';

/** The answer's data; null when the portal refuses the session everything (inactive: R-PORTAL-2). Any other error fails the test. */
async function ask<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  const answer = await client.request<T>(query, variables);
  if (answer.errors?.length) {
    if (answer.errors.every((e) => e.extensions?.code === 'PORTAL_INACTIVE')) return null;
    throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data!;
}

/** What every customer sees, through their own sessions: the union over the portals. */
async function seen(built: Built): Promise<Seen> {
  const result = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Seen;
  for (const { customer, account, password } of built.customers) {
    for (const portal of built.portals) {
      const client = built.sessions.get(`${customer.id}|${portal.id}`)!;
      const add = (kind: Kind, object: string) => result[kind].add(`${customer.id}|${object}`);
      const menus = await ask<{ myMenus: { menu: string; visible: boolean }[] }>(client, MENUS);
      if (menus) {
        for (const m of menus.myMenus) if (m.visible) add('MENUS', m.menu);
        // As the unit page asks: the contracts only when the menu Contratos shows.
        const contracts = menus.myMenus.some((m) => m.menu === 'CONTRACTS' && m.visible);
        const units = await ask<{ myUnits: { id: string; contracts?: { id: string }[] }[] }>(client, UNITS, { contracts });
        for (const u of units?.myUnits ?? []) {
          add('UNITS', u.id);
          for (const c of u.contracts ?? []) add('CONTRACTS', c.id);
        }
        let after: string | null = null;
        do {
          const page: { myRequests: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null = await ask(client, REQUESTS, { after });
          for (const r of page?.myRequests.nodes ?? []) add('REQUESTS', r.id);
          after = page?.myRequests.pageInfo.hasNextPage ? page.myRequests.pageInfo.endCursor : null;
        } while (after);
      }
      // Password sign-in (R-AUTH-7, R-PORTAL-2): a fresh attempt.
      const fresh = new GraphQLClient(server.url, { app: 'client', headers: { 'x-habite-portal': portal.slug } });
      const signIn = await fresh.request(SIGN_IN, { i: { login: account.email, password } });
      if (!signIn.errors?.length) add('LOGINS', portal.id);
      else if (!signIn.errors.every((e) => ['PORTAL_INACTIVE', 'FEATURE_DISABLED'].includes(e.extensions?.code))) throw new Error(`sign-in: ${JSON.stringify(signIn.errors)}`);
    }
  }
  return result;
}

const MUTATIONS: Record<Change['name'], string> = {
  setBlockActive: 'mutation($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id } }',
  setStageActive: 'mutation($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id } }',
  updatePortalSettings: 'mutation($portalId: ID!, $input: PortalSettingsInput!) { updatePortalSettings(portalId: $portalId, input: $input) { id } }',
  setPortalActive: 'mutation($portalId: ID!, $active: Boolean!) { setPortalActive(portalId: $portalId, active: $active) { id } }',
  setPortalDevelopments: 'mutation($portalId: ID!, $developmentIds: [ID!]!) { setPortalDevelopments(portalId: $portalId, developmentIds: $developmentIds) { id } }',
  saveAssociationType: 'mutation($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }',
  saveContractType: 'mutation($input: ContractTypeInput!) { saveContractType(input: $input) { id } }',
  updateDevelopment: 'mutation($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }',
  saveWorkflow: 'mutation($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }',
};

/** The change's arguments (those of its mutation, and of its field in ImpactChangeInput): the current value, flipped or not. */
function argumentsOf(config: Configuration, built: Built): Record<string, unknown> {
  const { world, portals, dev } = built;
  const c = config.change;
  const portal = (i: number) => ({ entity: portals[i % portals.length]!, config: config.portals[i % portals.length]! });
  const development = (i: number) => config.developments[i % config.developments.length]!;
  const to = (current: boolean, flip: boolean) => (flip ? !current : current);
  switch (c.name) {
    case 'setBlockActive': return { id: dev(c.development).block.id, active: to(development(c.development).blockActive, c.flip) };
    case 'setStageActive': return { id: dev(c.development).stage.id, active: to(development(c.development).stageActive, c.flip) };
    case 'updatePortalSettings': return { portalId: portal(c.portal).entity.id, input: { [c.setting]: to(portal(c.portal).config[c.setting], c.flip) } };
    case 'setPortalActive': return { portalId: portal(c.portal).entity.id, active: to(portal(c.portal).config.active, c.flip) };
    case 'setPortalDevelopments': return { portalId: portal(c.portal).entity.id, developmentIds: [...new Set(c.developments.map((d) => dev(d).development.id))] };
    case 'saveAssociationType': return { input: { id: world.types[c.type].id, seesUnitsInPortal: to(config.types[c.type], c.flip) } };
    case 'saveContractType': return { input: { id: world.types[c.type].id, visibleToCustomer: to(config.types[c.type], c.flip) } };
    case 'updateDevelopment': return { input: { id: dev(c.development).development.id, [c.setting]: to(development(c.development)[c.setting], c.flip) } };
    case 'saveWorkflow': return { input: { id: world.workflows[c.workflow].id, showFinishedInPortal: to(config.showFinished[c.workflow], c.flip) } };
  }
}

const PREVIEW = `query($c: ImpactChangeInput!, $p: ImpactPageInput) { impactPreview(change: $c, page: $p) {
  nothingChanges kinds { kind direction customers objects nextCursor examples { customerId objectId } } } }`;

interface Outcome { kind: string; direction: string; customers: number; objects: number; pairs: string[] }
interface PreviewKind { kind: string; direction: string; customers: number; objects: number; nextCursor: string | null; examples: { customerId: string; objectId: string }[] }

/** The whole preview: the counts, and every example (page after page where there are more). */
async function preview(staff: GraphQLClient, change: Record<string, unknown>): Promise<{ nothingChanges: boolean; outcomes: Outcome[] }> {
  const { impactPreview } = await staff.ok<{ impactPreview: { nothingChanges: boolean; kinds: PreviewKind[] } }>(PREVIEW, { c: change, p: { first: 100 } });
  const outcomes: Outcome[] = [];
  for (const k of impactPreview.kinds) {
    const pairs = k.examples.map((e) => `${e.customerId}|${e.objectId}`);
    for (let after = k.nextCursor; after;) {
      const { impactPreview: next } = await staff.ok<{ impactPreview: { kinds: PreviewKind[] } }>(PREVIEW, { c: change, p: { kind: k.kind, direction: k.direction, first: 100, after } });
      const same = next.kinds.find((n) => n.kind === k.kind && n.direction === k.direction)!;
      pairs.push(...same.examples.map((e) => `${e.customerId}|${e.objectId}`));
      after = same.nextCursor;
    }
    outcomes.push({ kind: k.kind, direction: k.direction, customers: k.customers, objects: k.objects, pairs: pairs.sort() });
  }
  return { nothingChanges: impactPreview.nothingChanges, outcomes };
}

/** The difference between two readings, shaped as the preview answers it. */
function difference(before: Seen, after: Seen): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const kind of KINDS) {
    for (const [direction, from, to] of [['LOST', before[kind], after[kind]], ['GAINED', after[kind], before[kind]]] as const) {
      const pairs = [...from].filter((p) => !to.has(p)).sort();
      if (!pairs.length) continue;
      const split = pairs.map((p) => p.split('|') as [string, string]);
      outcomes.push({ kind, direction, customers: new Set(split.map(([c]) => c)).size, objects: new Set(split.map(([, o]) => o)).size, pairs });
    }
  }
  return outcomes;
}

/** Builds the configuration, previews its change, applies it, reads the lists again: the preview must be their difference (returned). */
async function check(config: Configuration): Promise<Outcome[]> {
  const built = await build(config);
  const { client: staff } = await built.world.staff();
  const args = argumentsOf(config, built);
  const before = await seen(built);
  const previewed = await preview(staff, { [config.change.name]: args });
  await staff.ok(MUTATIONS[config.change.name], args);
  const after = await seen(built);
  const expected = difference(before, after);
  expect(previewed.outcomes, `${config.change.name} ${JSON.stringify(args)}`).toEqual(expected);
  expect(previewed.nothingChanges).toBe(expected.length === 0);
  return expected;
}

/** A configuration written out (for the cases the property once found): one development, one portal, everything shown. */
const example = (overrides: Partial<Configuration> & Pick<Configuration, 'change' | 'units'>): Configuration => ({
  customers: 2,
  permissions: [ALL_PORTAL_PERMISSIONS, ALL_PORTAL_PERMISSIONS, ALL_PORTAL_PERMISSIONS, ALL_PORTAL_PERMISSIONS],
  developments: [{ blockActive: true, stageActive: true, allowServiceRequests: true, allowAssistanceRequests: true }],
  portals: [{ active: true, loginEnabled: true, showContracts: true, showServiceMenu: true, showAssistanceMenu: true, showFinancial: true, serves: [0] }, null],
  types: { spouse: true, guarantor: false, sale: true, internal: false },
  showFinished: { service: false, assistance: false },
  commonAreaRequests: [],
  start: true,
  ...overrides,
});
const soldTo = (holder: number): Configuration['units'][number] => ({ development: 0, hasBlock: true, hasStage: true, requests: [], reservations: [{ holder, status: ReservationStatus.SOLD as const, associates: [], contracts: [] }] });

describe('R-EXPLAIN-4: the impact preview against the customers\' own lists', () => {
  it('R-EXPLAIN-4: the preview equals the difference between the customers\' lists before and after the change is applied (property)', async () => {
    const tally = { runs: 0, changed: 0, lost: 0, gained: 0, kinds: new Set<string>() };
    await fc.assert(
      fc.asyncProperty(configuration, async (config) => {
        const expected = await check(config);
        tally.runs += 1;
        if (expected.length) tally.changed += 1;
        for (const o of expected) {
          tally[o.direction === 'LOST' ? 'lost' : 'gained'] += 1;
          tally.kinds.add(o.kind);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 35), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
    // The property must have had something to compare: changes that hid and showed things, of several kinds.
    if (!process.env.PROPERTY_RUNS) {
      expect(tally.changed).toBeGreaterThanOrEqual(6);
      expect(tally.lost).toBeGreaterThanOrEqual(3);
      expect(tally.gained).toBeGreaterThanOrEqual(3);
      expect(tally.kinds.size).toBeGreaterThanOrEqual(4);
    }
  }, 240_000);

  it('R-EXPLAIN-4: every previewed mutation says what it can reach (impact-focus.ts), or its preview reads every list in full', () => {
    expect([...PREVIEWED_MUTATIONS].filter((name) => !FOCUSED_MUTATIONS.includes(name))).toEqual([]);
    expect(FOCUSED_MUTATIONS.filter((name) => !PREVIEWED_MUTATIONS.has(name))).toEqual([]);
  });

  it('R-EXPLAIN-4, R-WORK-3: customers alike but for "Ver diário de obra" lose different menus (found by the property)', async () => {
    const expected = await check(example({
      permissions: [ALL_PORTAL_PERMISSIONS, [PortalPermission.SEE_FINANCIAL], ALL_PORTAL_PERMISSIONS, ALL_PORTAL_PERMISSIONS],
      units: [soldTo(0), soldTo(1)],
      change: { name: 'setBlockActive', development: 0, flip: true },
    }));
    const menus = expected.find((o) => o.kind === 'MENUS')!.pairs.map((p) => p.split('|')[1]);
    // Diário de obra and Cronograma go from the one who saw them; Atendimentos and Assistência técnica from both.
    expect(menus.filter((m) => m === 'WORK_LOG' || m === 'SCHEDULE')).toHaveLength(2);
    expect(menus.filter((m) => m === 'SERVICE')).toHaveLength(2);
  });

  it('R-EXPLAIN-4, R-PORTAL-2: an inactivated portal takes every menu its customers saw, not only those that hang on units (found by the property)', async () => {
    const expected = await check(example({ units: [soldTo(0)], change: { name: 'setPortalActive', portal: 0, flip: true } }));
    expect(expected.find((o) => o.kind === 'MENUS' && o.direction === 'LOST')!.pairs.map((p) => p.split('|')[1])).toEqual(expect.arrayContaining(['CONTRACTS', 'FINANCIAL', 'SERVICE']));
  });
});
