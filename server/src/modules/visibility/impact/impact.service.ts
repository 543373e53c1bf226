import type { EntityManager } from '@mikro-orm/postgresql';
import { countEn, inLocale, listEn, say, type Locale, type Said } from '../../../locale.js';
import { listOf } from '../../../pt-br.js';
import { MENU_NAMES, MENU_RULES, PortalMenu, type MenuFacts } from '../../portal/menu.rules.js';
import { loadMenuFacts } from '../../portal/menu-facts.js';
import { Portal } from '../../portal/portal.entity.js';
import { isLimited, type StaffViewer } from '../../scope/staff-viewer.js';
import { arrayLiteral, execute, query, withSettings } from '../sql.js';
import { reads, type ImpactFocus } from './impact-focus.js';
import { FOCUSED_CUSTOMERS, ImpactKind, KIND_WORDS, kindText, rulesAtSql, seenDevelopmentsSql, snapshotSql, SQL_KINDS, type SqlKind } from './impact-kinds.js';

/**
 * R-EXPLAIN-4, the impact preview: what a change hides from customers and what it shows them.
 * Both sides are read by the lists' own rules (impact-kinds.ts) inside the transaction that makes
 * the change — once before it, once after — and compared; the preview rolls the transaction back,
 * a real save commits it and keeps the counts in its audit entry (impact.middleware.ts). Only what
 * the change can alter is read (impact-focus.ts, `planOf`): on a 100,000-unit company a block or a
 * portal toggle previews in under 2 s (`npm run bench:impact`).
 */

export type Side = 'before' | 'after';
export type Direction = 'LOST' | 'GAINED';

export interface ImpactCount {
  kind: ImpactKind;
  direction: Direction;
  customers: number;
  objects: number;
  /** MENUS: which menus (a sentence names them when they are few). */
  menus?: PortalMenu[];
}

/** One customer and one object that flips, before its rule is known. */
export interface ImpactPair {
  kind: ImpactKind;
  direction: Direction;
  customerId: string;
  customerName: string;
  objectId: string;
  objectLabel: Said;
  /** LOGINS: the portal it is about (null for the others). */
  portalId: string | null;
  /** The rule that hides it where it is hidden (after the change for a loss, before it for a gain). */
  rule?: { id: string; label: Said } | null;
  /** Where it is seen (before the change for a loss, after it for a gain): the portal addresses its rule is looked for in. */
  seenAt?: { portalId: string; hostname: string | null }[];
}

export interface Impact {
  counts: ImpactCount[];
  /** Where each direction of each kind is asked for (preview): its page of examples. */
  examples: ImpactPair[];
  /** The (kind, direction) pages with more examples past this one. */
  more: Set<string>;
}

export interface ImpactPage {
  kind: ImpactKind | null;
  direction: Direction | null;
  offset: number;
  first: number;
}

interface Scope {
  [name: string]: unknown;
  company: string;
  limited: boolean;
  devs: string[];
  /** Only the developments a change can reach (impact-focus.ts). */
  focused: boolean;
  focus: string[];
}

const scopeOf = (staff: StaffViewer, plan: ImpactPlan): Scope => ({
  company: staff.companyId, limited: isLimited(staff), devs: isLimited(staff) ? [...staff.developmentIds] : [],
  focused: plan.focus !== null, focus: plan.focus ?? [],
});

/** Customers of the company (with a login) a limited member of staff reaches: a reservation in their developments. */
const CUSTOMER_IN_SCOPE = `(not :limited or exists (select 1 from reservation r join unit u on u.id = r.unit_id
   where u.development_id = any(cast(:devs as uuid[]))
     and (r.holder_id = a.customer_id or exists (select 1 from reservation_associate ra where ra.reservation_id = r.id and ra.customer_id = a.customer_id))))`;

/** Password sign-in (R-AUTH-1, R-AUTH-7, R-PORTAL-2): every customer with a login, in every portal that lets them in. */
const LOGINS_SQL = `insert into impact_pair (side, kind, customer_id, portal_id, object_id)
    select :side, 'LOGINS', a.customer_id, p.id, p.id from account a join portal p on p.company_id = a.company_id
     where a.company_id = :company and a.customer_id is not null and a.login_active and p.active and p.login_enabled and ${CUSTOMER_IN_SCOPE}`;

/** What the menus read besides the units a customer sees: the portal's settings, the developments' permissions, the accounts' permissions. */
const MENU_TABLES = ['portal', 'development', 'account'];

/** work_mem of a preview's transaction: its statements hash and sort every customer's pairs of a company at once. */
const IMPACT_WORK_MEM = '64MB';

const UNITS_KIND = SQL_KINDS.find((k) => k.kind === ImpactKind.UNITS)!;

/**
 * What one change makes the preview read (impact-focus.ts): the kinds whose statements read what
 * it writes, within the developments it reaches (null: all); the menus when it writes what they
 * read or alters units; password sign-in when it writes what that reads. No focus: everything.
 */
export interface ImpactPlan {
  kinds: readonly SqlKind[];
  focus: string[] | null;
  menus: boolean;
  logins: boolean;
  /** It writes accounts (their permissions are what the menus read of them). */
  accounts: boolean;
}

export function planOf(focus: ImpactFocus | null): ImpactPlan {
  if (!focus) return { kinds: SQL_KINDS, focus: null, menus: true, logins: true, accounts: true };
  const kinds = SQL_KINDS.filter((kind) => reads(kindText(kind), focus.writes));
  return {
    kinds,
    focus: focus.developments,
    menus: kinds.includes(UNITS_KIND) || focus.writes.some((write) => MENU_TABLES.includes(write.split('.')[0]!)),
    logins: reads(LOGINS_SQL, focus.writes),
    accounts: focus.writes.some((write) => write.split('.')[0] === 'account'),
  };
}

/**
 * What the menus read besides the portals' settings and the developments' permissions: each
 * customer's portal permissions (R-WORK-3: every one of them, "Ver financeiro" and "Ver diário de
 * obra" alike) and, per portal, the developments of the units they see there. Customers alike in
 * both see the same menus: a class, read as one.
 */
interface MenuClass {
  permissions: string[];
  /** Some account of the class (the menus' facts name one). */
  account: string;
  /** Per portal, the developments of the units its customers see there. */
  seen: Map<string, string[]>;
  customers: string[];
}

/**
 * The menu classes of one side, from the units in `impact_pair` of `unitsSide` (that side, or
 * 'shared' when the change cannot alter them), or (`unitsSide` null: kept nowhere) by the units' rules now.
 */
async function menuClasses(em: EntityManager, scope: Scope, unitsSide: string | null, now: Date): Promise<MenuClass[]> {
  // The customers as one string (a whole company's ids parse several times faster so than as an array).
  const rows = await query<{ permissions: string[]; seen: string; account: string; customers: string }>(em,
    `with seen as materialized (${seenDevelopmentsSql(unitsSide === null)})
     select a.portal_permissions as permissions, coalesce(x.seen, '') as seen, min(cast(a.id as text)) as account, string_agg(cast(a.customer_id as text), ',') as customers
       from account a left join seen x on x.customer_id = a.customer_id
      where a.company_id = :company and a.customer_id is not null and ${CUSTOMER_IN_SCOPE}
        and (not :focused or a.customer_id in ${FOCUSED_CUSTOMERS})
      group by a.portal_permissions, coalesce(x.seen, '')`, { ...scope, unitsSide, now });
  return rows.map((row) => {
    const seen = new Map<string, string[]>();
    for (const entry of row.seen ? row.seen.split(';') : []) {
      const [portal, development] = entry.split('=') as [string, string];
      const developments = seen.get(portal);
      if (developments) developments.push(development);
      else seen.set(portal, [development]);
    }
    return { permissions: row.permissions, account: row.account, customers: row.customers.split(','), seen };
  });
}

/**
 * The menus each class sees in some portal, as a sorted list joined by commas (menus have only the
 * check face: MENU_RULES), and in which portals each one shows.
 */
async function menusOf(em: EntityManager, scope: Scope, classes: MenuClass[]): Promise<{ menus: string[]; at: Map<PortalMenu, string[]>[] }> {
  // R-PORTAL-2: an inactive portal refuses its users everything, menus included.
  const portals = (await em.find(Portal, { company: scope.company }, { refresh: true })).filter((portal) => portal.active);
  const developments = new Map((await query<{ id: string; name: string; service: boolean; assistance: boolean }>(em,
    'select id, name, allow_service_requests as service, allow_assistance_requests as assistance from development where company_id = :company', scope))
    .map((d) => [d.id, { id: d.id, name: d.name, allowServiceRequests: d.service, allowAssistanceRequests: d.assistance }]));
  const at = classes.map(() => new Map<PortalMenu, string[]>());
  const menus = classes.map((c, i) => {
    const menus = new Set<PortalMenu>();
    for (const portal of portals) {
      const facts: MenuFacts = {
        portalId: portal.id,
        account: { id: c.account, portalPermissions: c.permissions },
        settings: portal as unknown as MenuFacts['settings'],
        developments: (c.seen.get(portal.id) ?? []).map((id) => developments.get(id)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name)),
      };
      for (const menu of Object.keys(MENU_RULES) as PortalMenu[]) {
        if (!MENU_RULES[menu].every((rule) => rule.check(facts).passed)) continue;
        menus.add(menu);
        at[i]!.set(menu, [...(at[i]!.get(menu) ?? []), portal.id]);
      }
    }
    return [...menus].sort().join(',');
  });
  return { menus, at };
}

export interface Snapshot {
  side: Side;
  /** The menu classes (the same object on both sides when the change cannot alter them), and the menus of each. */
  classes: MenuClass[] | null;
  menus: string[] | null;
  /** Per class, the portals each of its menus shows in. */
  menusAt: Map<PortalMenu, string[]>[] | null;
}

/**
 * Reads one side of what the plan says a change can alter: each kind's (customer, object) pairs
 * into `impact_pair`, the menus in memory. A kind left out is the same on both sides, so it is
 * read on neither (what the menus need of the units still once, when the menus are read).
 * `before`: the other side, whose menu classes serve again when the change alters neither units
 * nor accounts.
 */
export async function snapshot(em: EntityManager, staff: StaffViewer, side: Side, now: Date, plan: ImpactPlan, before?: Snapshot): Promise<Snapshot> {
  const scope = scopeOf(staff, plan);
  const unitsShared = !plan.kinds.includes(UNITS_KIND);
  const classesShared = plan.menus && unitsShared && !plan.accounts;
  // One partition per side: what reads one side reads only its rows.
  // The customer's account too (what the rules read of the viewer: the units' pairs serve the requests' rules so).
  await execute(em, `create temp table if not exists impact_pair (side text not null, kind text not null, customer_id uuid not null,
    account_id uuid, portal_id uuid, hostname text, object_id uuid not null, development_id uuid) partition by list (side) on commit drop`);
  for (const part of ['before', 'after', 'shared']) await execute(em, `create temp table if not exists impact_pair_${part} partition of impact_pair for values in ('${part}') on commit drop`);
  await setLocals(em);
  // The units seen: each side's own (the first kind read) when the change can alter them; else,
  // when a kind reads them (R-UNIT-4 of the requests), once before it as 'shared'; else, for the
  // menus alone, by the units' rules without keeping them.
  const unitsRead = plan.kinds.some((kind) => kind.unitRule);
  const unitsSide = !unitsShared ? side : unitsRead ? 'shared' : null;
  // A change to the whole company reads every pair at once: by hashes, never one pair at a time
  // (the rules' estimates are far too low for the planner to see it).
  const whole = <T>(work: () => Promise<T>): Promise<T> => (plan.focus === null ? hashJoined(em, work) : work());
  if (unitsShared && unitsRead && side === 'before') {
    await whole(() => query(em, snapshotSql(UNITS_KIND), { ...scope, side: 'shared', unitsSide, now }));
    await analyze(em, 'impact_pair_shared');
  }
  for (const kind of plan.kinds) {
    await whole(() => query(em, snapshotSql(kind), { ...scope, side, unitsSide, now }));
    // What reads the units' pairs joins them: the planner needs their size (a temporary table has no statistics until analysed).
    if (kind === UNITS_KIND && unitsRead) await analyze(em, `impact_pair_${side}`);
  }
  if (plan.logins) await query(em, LOGINS_SQL, { ...scope, side });
  if (!plan.menus) return { side, classes: null, menus: null, menusAt: null };
  // Menu classes the change cannot alter are the same on both sides: read once.
  const classes = (classesShared ? before?.classes : null) ?? (await whole(() => menuClasses(em, scope, unitsSide, now)));
  const { menus, at } = await menusOf(em, scope, classes);
  return { side, classes, menus, menusAt: at };
}

/**
 * What the preview's statements need (this transaction only): they hash and sort every customer's
 * pairs of a company at once, in memory, and run as planned (compiling them, JIT, cost more than it
 * saved: bench:impact); each is planned for its own values (a generic plan, the pool's setting for
 * the lists' many small queries, cannot drop the conditions that do not apply — `not :focused or …`
 * — and misjudges every join after them).
 */
async function setLocals(em: EntityManager): Promise<void> {
  await execute(em, `set local work_mem = '${IMPACT_WORK_MEM}'`);
  await execute(em, 'set local jit = off');
  await execute(em, 'set local plan_cache_mode = force_custom_plan');
}

/**
 * `work` joining by hashes (the statements that read whole tables of pairs): nested loops only
 * where nothing else can join, no merge joins (sorting every pair by text and two uuids costs
 * several times the hashing).
 */
const hashJoined = <T>(em: EntityManager, work: () => Promise<T>) => withSettings(em, { enable_nestloop: 'off', enable_mergejoin: 'off' }, work);

/** Statistics of a temporary table for the statements that join it: a small sample is enough (row count, a few distinct values). */
const analyze = (em: EntityManager, table: string) => withSettings(em, { default_statistics_target: '10' }, () => execute(em, `analyze ${table}`));


/** Per customer, the menus of their class. */
function menusByCustomer(snapshot: Snapshot): Map<string, string> {
  const result = new Map<string, string>();
  snapshot.classes?.forEach((c, i) => {
    for (const customer of c.customers) result.set(customer, snapshot.menus![i]!);
  });
  return result;
}

/** Per direction, each customer's menus on one side and not the other: class by class when both sides share them, else customer by customer. */
function menuChanges(before: Snapshot, after: Snapshot) {
  const changes = { LOST: new Map<string, PortalMenu[]>(), GAINED: new Map<string, PortalMenu[]>() };
  const minus = (menus: string, other: string) => {
    const kept = new Set(other.split(','));
    return (menus ? menus.split(',') : []).filter((menu) => !kept.has(menu)) as PortalMenu[];
  };
  const record = (customers: Iterable<string>, from: string, to: string) => {
    if (from === to) return;
    const lost = minus(from, to);
    const gained = minus(to, from);
    for (const customer of customers) {
      if (lost.length) changes.LOST.set(customer, lost);
      if (gained.length) changes.GAINED.set(customer, gained);
    }
  };
  if (!before.classes || !after.classes) return changes;
  if (before.classes === after.classes) {
    before.classes.forEach((c, i) => record(c.customers, before.menus![i]!, after.menus![i]!));
  } else {
    const was = menusByCustomer(before);
    const is = menusByCustomer(after);
    for (const customer of new Set([...was.keys(), ...is.keys()])) record([customer], was.get(customer) ?? '', is.get(customer) ?? '');
  }
  return changes;
}

export const impactKey = (kind: ImpactKind, direction: Direction) => `${kind}|${direction}`;

/**
 * Compares the two sides: the kinds' pairs on one side only go to `impact_diff`, and are counted
 * there; the menus are compared in memory. Then (`page`) one page of examples of each kind and
 * direction asked for, by customer name.
 */
export async function compare(em: EntityManager, companyId: string, before: Snapshot, after: Snapshot, page: ImpactPage | null): Promise<Impact> {
  await execute(em, `create temp table if not exists impact_diff (kind text not null, direction text not null, customer_id uuid not null,
    object_id uuid not null) on commit drop`);
  await execute(em, 'delete from impact_diff');
  // A pair on one side only (in some portal there, in none on the other), by a hashed anti-join:
  // kept as often as it is on its side (counts and pages take each once).
  await hashJoined(em, async () => {
    for (const [direction, mine, other] of [['LOST', 'before', 'after'], ['GAINED', 'after', 'before']] as const) {
      await query(em, `insert into impact_diff (kind, direction, customer_id, object_id)
        select m.kind, :direction, m.customer_id, m.object_id from impact_pair_${mine} m
         where not exists (select 1 from impact_pair_${other} o where o.kind = m.kind and o.customer_id = m.customer_id and o.object_id = m.object_id)`, { direction });
    }
  });
  // Its statistics, for the counts and pages that read it.
  await analyze(em, 'impact_diff');
  const counts: ImpactCount[] = await query<ImpactCount>(em,
    `select kind, direction, cast(count(distinct customer_id) as int) as customers, cast(count(distinct object_id) as int) as objects
       from impact_diff group by kind, direction`, {});

  // Menus: per customer, the menus on one side and not the other.
  const menus = menuChanges(before, after);
  for (const direction of ['LOST', 'GAINED'] as const) {
    const changes = menus[direction];
    if (!changes.size) continue;
    const which = [...new Set([...changes.values()].flat())].sort();
    counts.push({ kind: ImpactKind.MENUS, direction, customers: changes.size, objects: which.length, menus: which });
  }
  counts.sort((a, b) => order(a) - order(b));

  const examples: ImpactPair[] = [];
  const more = new Set<string>();
  if (page) {
    for (const count of counts) {
      if ((page.kind && page.kind !== count.kind) || (page.direction && page.direction !== count.direction)) continue;
      const asked = { ...page, first: page.first + 1 };
      let pairs: ImpactPair[];
      if (count.kind === ImpactKind.MENUS) {
        pairs = await menuPage(customersByName(em, companyId), menus[count.direction], count.direction, asked, count.direction === 'LOST' ? before : after);
      } else pairs = await pageOf(em, companyId, count, asked);
      if (pairs.length > page.first) more.add(impactKey(count.kind, count.direction));
      examples.push(...inReadingOrder(pairs.slice(0, page.first)));
    }
  }
  return { counts, examples, more };
}

/**
 * A page's examples with each customer's objects in their order ("nº 2" before "nº 10"). Only
 * within the page (the pages themselves go by id, and the row looked ahead for "more" stays out).
 */
function inReadingOrder(pairs: ImpactPair[]): ImpactPair[] {
  const place = new Map(pairs.map((pair, i) => [pair.customerId, i]));
  return [...pairs].sort((a, b) => (a.customerId === b.customerId
    ? a.objectLabel.pt.localeCompare(b.objectLabel.pt, 'pt-BR', { numeric: true })
    : place.get(a.customerId)! - place.get(b.customerId)!));
}

const KIND_ORDER = Object.values(ImpactKind);
const order = (count: ImpactCount) => KIND_ORDER.indexOf(count.kind) * 2 + (count.direction === 'LOST' ? 0 : 1);

/**
 * The company's customers by name (the database's order, as the other kinds' pages), read from the
 * name index in growing slices: a page of examples usually needs the first few hundred only.
 */
async function* customersByName(em: EntityManager, companyId: string): AsyncGenerator<{ id: string; name: string }> {
  let after = { name: '', id: '00000000-0000-0000-0000-000000000000' };
  for (let size = 200; ; size = Math.min(size * 4, 20_000)) {
    const rows = await query<{ id: string; name: string }>(em,
      `select id, name from customer where company_id = :company and (name, id) > (:name, cast(:id as uuid)) order by name, id limit :size`,
      { company: companyId, ...after, size });
    yield* rows;
    if (rows.length < size) return;
    after = rows.at(-1)!;
  }
}

/** A page of the menus that change, by customer name. */
async function menuPage(byName: AsyncIterable<{ id: string; name: string }>, changes: Map<string, PortalMenu[]>, direction: Direction, page: ImpactPage, seen: Snapshot): Promise<ImpactPair[]> {
  const pairs: ImpactPair[] = [];
  let skipped = 0;
  for await (const customer of byName) {
    for (const menu of changes.get(customer.id) ?? []) {
      if (skipped++ < page.offset) continue;
      // Where the menu showed on its side (before the change for a loss): where its rule is looked for.
      const inClass = seen.classes!.findIndex((c) => c.customers.includes(customer.id));
      const portals = inClass < 0 ? [] : seen.menusAt![inClass]!.get(menu) ?? [];
      pairs.push({
        kind: ImpactKind.MENUS, direction, customerId: customer.id, customerName: customer.name, objectId: menu,
        objectLabel: say(`menu ${MENU_NAMES[menu].pt}`, `menu ${MENU_NAMES[menu].en}`), portalId: null,
        seenAt: portals.map((portalId) => ({ portalId, hostname: null })),
      });
      if (pairs.length === page.first) return pairs;
    }
  }
  return pairs;
}

async function pageOf(em: EntityManager, companyId: string, count: ImpactCount, page: ImpactPage): Promise<ImpactPair[]> {
  // The page's pairs belong to the first `offset + first` customers by name at most: those first
  // (the company's customers in the name index's order, each looked for in the differences), then their pairs.
  const rows = await query<{ customer: string; name: string; object: string }>(em,
    `with c as (select cu.id, cu.name from customer cu
                 where cu.company_id = :company and cu.id in (select customer_id from impact_diff where kind = :kind and direction = :direction)
                 order by cu.name, cu.id limit :reach)
     select distinct x.customer_id as customer, c.name, x.object_id as object
       from c join impact_diff x on x.customer_id = c.id and x.kind = :kind and x.direction = :direction
      order by c.name, x.customer_id, x.object_id offset :offset limit :first`,
    { company: companyId, kind: count.kind, direction: count.direction, offset: page.offset, first: page.first, reach: page.offset + page.first });
  const labels = await labelsOf(em, count.kind, [...new Set(rows.map((r) => r.object))]);
  const seen = count.kind === ImpactKind.LOGINS ? new Map() : await seenAt(em, count, rows);
  return rows.map((r) => ({
    kind: count.kind, direction: count.direction, customerId: r.customer, customerName: r.name, objectId: r.object,
    objectLabel: labels.get(r.object) ?? say(r.object, r.object), portalId: count.kind === ImpactKind.LOGINS ? r.object : null,
    seenAt: seen.get(`${r.customer} ${r.object}`) ?? [],
  }));
}

/** Of a page's pairs, the portal addresses each is seen at on its side (before the change for a loss, after it for a gain), in one read. */
async function seenAt(em: EntityManager, count: ImpactCount, rows: { customer: string; object: string }[]) {
  const out = new Map<string, { portalId: string; hostname: string | null }[]>();
  if (!rows.length) return out;
  const found = await query<{ customer: string; object: string; portal: string; hostname: string | null }>(em,
    `select distinct customer_id as customer, object_id as object, portal_id as portal, hostname from impact_pair_${count.direction === 'LOST' ? 'before' : 'after'}
      where kind = :kind and (customer_id, object_id) in (select * from unnest(cast(:customers as uuid[]), cast(:objects as uuid[])))
      order by portal_id, hostname`,
    { kind: count.kind, customers: rows.map((r) => r.customer), objects: rows.map((r) => r.object) });
  for (const f of found) {
    const key = `${f.customer} ${f.object}`;
    out.set(key, [...(out.get(key) ?? []), { portalId: f.portal, hostname: f.hostname }]);
  }
  return out;
}

async function labelsOf(em: EntityManager, kind: ImpactKind, ids: string[]): Promise<Map<string, Said>> {
  if (!ids.length) return new Map();
  if (kind === ImpactKind.LOGINS) {
    const rows = await query<{ id: string; name: string }>(em, 'select cast(id as text) as id, name from portal where id = any(cast(:ids as uuid[]))', { ids });
    return new Map(rows.map((r) => [r.id, say(r.name, r.name)]));
  }
  const sqlKind = SQL_KINDS.find((k) => k.kind === kind)!;
  const rows = await query<{ id: string; label: string }>(em, `select cast(${sqlKind.id} as text) as id, ${sqlKind.label} as label from ${sqlKind.from} where ${sqlKind.id} = any(cast(:ids as uuid[]))`, { ids });
  return new Map(rows.map((r) => [r.id, say(r.label, r.label)]));
}

/**
 * The rule that hides each example where it is hidden (`em` in that state), set on the pair: its id
 * and label, or null when only their combination does. A unit, contract, request or bill is asked
 * about at the addresses where it was seen on the other side (a customer of a company with several
 * portals still sees the same menu in another portal: "some portal" would find no rule), each kind's
 * examples in one statement.
 */
export async function hidingRules(em: EntityManager, companyId: string, pairs: ImpactPair[], now: Date): Promise<void> {
  const bySqlKind = new Map<ImpactKind, ImpactPair[]>();
  // The company's portals, once for every menu example.
  let portals: { id: string; active: boolean }[] | null = null;
  for (const pair of pairs) {
    if (pair.kind === ImpactKind.MENUS) {
      portals ??= await query<{ id: string; active: boolean }>(em, 'select id, active from portal where company_id = :company order by created_at, id', { company: companyId });
      pair.rule = await menuRule(em, pair, portals, now);
    } else if (pair.kind === ImpactKind.LOGINS) pair.rule = await loginRule(em, pair);
    else bySqlKind.set(pair.kind, [...(bySqlKind.get(pair.kind) ?? []), pair]);
  }
  for (const [kindName, some] of bySqlKind) {
    const kind = SQL_KINDS.find((k) => k.kind === kindName)!;
    const at = some.flatMap((pair, i) => (pair.seenAt ?? []).map((a) => ({ i, customer: pair.customerId, object: pair.objectId, ...a })));
    const rows = await query<Record<string, boolean | null> & { i: number }>(em, rulesAtSql(kind), {
      company: companyId, now,
      is: at.map((a) => a.i), customers: at.map((a) => a.customer), objects: at.map((a) => a.object),
      portals: at.map((a) => a.portalId), hostnames: arrayLiteral(at.map((a) => a.hostname)),
    });
    for (const [i, pair] of some.entries()) {
      const row = rows.find((r) => r.i === i);
      const index = row ? kind.rules.findIndex((_, r) => row[`r${r}`] !== true) : -1;
      pair.rule = index < 0 ? null : { id: kind.rules[index]!.id, label: kind.rules[index]!.label };
    }
  }
}

/** The rule that hides a menu where it is hidden (`em` in that state), in the portals where it showed on the other side. */
async function menuRule(em: EntityManager, pair: ImpactPair, companyPortals: { id: string; active: boolean }[], now: Date): Promise<{ id: string; label: Said } | null> {
  const [account] = await query<{ id: string }>(em, 'select id from account where customer_id = :customer', { customer: pair.customerId });
  // In the portals where it showed on the other side (any of the company's when none is known).
  const where = pair.seenAt?.length ? pair.seenAt.map((a) => a.portalId) : null;
  for (const portal of companyPortals.filter((p) => !where || where.includes(p.id))) {
    if (!portal.active) return { id: 'R-PORTAL-2', label: say('O portal está ativo', 'The portal is active') };
    const facts = await loadMenuFacts(em, { accountId: account!.id, customerId: pair.customerId, syndicId: null, portalId: portal.id, hostname: null, now });
    const rule = MENU_RULES[pair.objectId as PortalMenu].find((r) => !r.check(facts).passed);
    if (rule) return { id: rule.id, label: rule.label };
  }
  return null;
}

/** The rule that refuses a login where it is refused (`em` in that state). */
async function loginRule(em: EntityManager, pair: ImpactPair): Promise<{ id: string; label: Said } | null> {
  const [row] = await query<{ login: boolean; active: boolean; enabled: boolean }>(em,
    'select a.login_active as login, p.active, p.login_enabled as enabled from account a, portal p where a.customer_id = :customer and p.id = :portal',
    { customer: pair.customerId, portal: pair.objectId });
  if (!row) return null;
  if (!row.login) return { id: 'R-AUTH-1', label: say('O login está ativo', 'The login is active') };
  if (!row.active) return { id: 'R-PORTAL-2', label: say('O portal está ativo', 'The portal is active') };
  if (!row.enabled) return { id: 'R-AUTH-7', label: say('O portal permite entrar com senha', 'The portal allows signing in with a password') };
  return null;
}

/** The counts, as the audit entry keeps them. */
export const countsForAudit = (counts: readonly ImpactCount[]) => counts.map(({ kind, direction, customers, objects, menus }) => ({ kind, direction, customers, objects, ...(menus ? { menus } : {}) }));

/**
 * The preview in a sentence: "Esta mudança esconde 132 unidades de 97 clientes e o menu
 * Atendimentos de 410 clientes, e mostra 3 contratos a 2 clientes." — or that nothing changes.
 */
export function sentence(counts: readonly ImpactCount[], locale: Locale): string {
  if (!counts.length) return inLocale(say('Esta mudança não altera o que nenhum cliente vê.', 'This change alters nothing any customer sees.'), locale);
  const en = locale === 'en';
  const lost = counts.filter((c) => c.direction === 'LOST').map((c) => part(c, en));
  const gained = counts.filter((c) => c.direction === 'GAINED').map((c) => part(c, en));
  const join = (items: string[]) => (en ? listEn(items) : listOf(items));
  const clauses = [
    lost.length ? `${en ? 'hides' : 'esconde'} ${join(lost)}` : null,
    gained.length ? `${en ? 'shows' : 'mostra'} ${join(gained)}` : null,
  ].filter(Boolean);
  return `${en ? 'This change' : 'Esta mudança'} ${clauses.join(en ? ', and ' : ', e ')}.`;
}

/** One kind and direction as a sentence of its own: "Esconde 1 unidade de 2 clientes." */
export function kindSentence(count: ImpactCount, locale: Locale): string {
  const en = locale === 'en';
  const verb = count.direction === 'LOST' ? (en ? 'Hides' : 'Esconde') : (en ? 'Shows' : 'Mostra');
  return `${verb} ${part(count, en)}.`;
}

/** "1 unidade de 2 clientes", "o menu Atendimentos de 410 clientes", "3 contratos a 2 clientes". */
function part(count: ImpactCount, en: boolean): string {
  const words = KIND_WORDS[count.kind];
  const customers = en ? countEn(count.customers, 'customer', 'customers') : `${count.customers} ${count.customers === 1 ? 'cliente' : 'clientes'}`;
  const link = en ? (count.direction === 'LOST' ? 'from' : 'to') : (count.direction === 'LOST' ? 'de' : 'a');
  if (count.kind === ImpactKind.MENUS && count.menus && count.menus.length <= 2) {
    const names = count.menus.map((m) => inLocale(MENU_NAMES[m], en ? 'en' : 'pt-BR'));
    return en ? `the ${count.menus.length === 1 ? 'menu' : 'menus'} ${listEn(names)} ${link} ${customers}` : `${count.menus.length === 1 ? 'o menu' : 'os menus'} ${listOf(names)} ${link} ${customers}`;
  }
  const objects = en ? countEn(count.objects, words.one.en, words.many.en) : `${count.objects} ${count.objects === 1 ? words.one.pt : words.many.pt}`;
  return `${objects} ${link} ${customers}`;
}

