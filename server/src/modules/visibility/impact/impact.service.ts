import type { EntityManager } from '@mikro-orm/postgresql';
import { countEn, inLocale, listEn, say, type Locale, type Said } from '../../../locale.js';
import { listOf } from '../../../pt-br.js';
import { MENU_NAMES, MENU_RULES, PortalMenu, type MenuFacts } from '../../portal/menu.rules.js';
import { loadMenuFacts } from '../../portal/menu-facts.js';
import { Portal } from '../../portal/portal.entity.js';
import { isLimited, type StaffViewer } from '../../scope/staff-viewer.js';
import { execute, query } from '../sql.js';
import { ImpactKind, KIND_WORDS, rulesSql, snapshotSql, SQL_KINDS } from './impact-kinds.js';

/**
 * R-EXPLAIN-4, the impact preview: what a change hides from customers and what it shows them.
 * Both sides are read by the lists' own rules (impact-kinds.ts) inside the transaction that makes
 * the change — once before it, once after — and compared; the preview rolls the transaction back,
 * a real save commits it and keeps the counts in its audit entry (impact.middleware.ts).
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
  /** MENUS, LOGINS: the portal it is about. */
  portalId: string | null;
  /** The rule that hides it where it is hidden (after the change for a loss, before it for a gain). */
  rule?: { id: string; label: Said } | null;
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
}

const scopeOf = (staff: StaffViewer): Scope => ({ company: staff.companyId, limited: isLimited(staff), devs: isLimited(staff) ? [...staff.developmentIds] : [] });

/** Customers of the company (with a login) a limited member of staff reaches: a reservation in their developments. */
const CUSTOMER_IN_SCOPE = `(not :limited or exists (select 1 from reservation r join unit u on u.id = r.unit_id
   where u.development_id = any(cast(:devs as uuid[]))
     and (r.holder_id = a.customer_id or exists (select 1 from reservation_associate ra where ra.reservation_id = r.id and ra.customer_id = a.customer_id))))`;

/** The menus each customer sees in some portal, as a sorted list joined by commas (menus have only the check face: MENU_RULES). */
async function menusOf(em: EntityManager, scope: Scope, side: Side): Promise<Map<string, string>> {
  const accounts = await query<{ id: string; customer: string; permissions: string[] }>(em,
    `select a.id, a.customer_id as customer, a.portal_permissions as permissions from account a
      where a.company_id = :company and a.customer_id is not null and ${CUSTOMER_IN_SCOPE}`, scope);
  const portals = await em.find(Portal, { company: scope.company }, { refresh: true });
  const developments = new Map((await query<{ id: string; name: string; service: boolean; assistance: boolean }>(em,
    'select id, name, allow_service_requests as service, allow_assistance_requests as assistance from development where company_id = :company', scope))
    .map((d) => [d.id, { id: d.id, name: d.name, allowServiceRequests: d.service, allowAssistanceRequests: d.assistance }]));
  const seen = new Map<string, string[]>();
  for (const row of await query<{ customer: string; portal: string; developments: string[] }>(em,
    `select customer_id as customer, portal_id as portal, array_agg(distinct development_id) as developments
       from impact_pair where side = :side and kind = 'UNITS' group by customer_id, portal_id`, { side })) {
    seen.set(`${row.customer}|${row.portal}`, row.developments.sort());
  }
  const bySignature = new Map<string, PortalMenu[]>();
  const result = new Map<string, string>();
  for (const account of accounts) {
    const menus = new Set<PortalMenu>();
    for (const portal of portals) {
      // R-PORTAL-2: an inactive portal refuses its users everything, menus included.
      if (!portal.active) continue;
      const devs = seen.get(`${account.customer}|${portal.id}`) ?? [];
      // Every portal permission the menus may read (SEE_FINANCIAL, SEE_WORK_LOG…), not only one of them.
      const signature = `${portal.id}|${[...account.permissions].sort().join(',')}|${devs.join(',')}`;
      let shown = bySignature.get(signature);
      if (!shown) {
        const facts: MenuFacts = {
          portalId: portal.id,
          account: { id: account.id, portalPermissions: account.permissions },
          settings: portal as unknown as MenuFacts['settings'],
          developments: devs.map((id) => developments.get(id)!).filter(Boolean).sort((a, b) => a.name.localeCompare(b.name)),
        };
        shown = (Object.keys(MENU_RULES) as PortalMenu[]).filter((menu) => MENU_RULES[menu].every((rule) => rule.check(facts).passed));
        bySignature.set(signature, shown);
      }
      for (const menu of shown) menus.add(menu);
    }
    result.set(account.customer, [...menus].sort().join(','));
  }
  return result;
}

export interface Snapshot {
  side: Side;
  menus: Map<string, string>;
}

/** Reads one side: every list's (customer, object) pairs into `impact_pair`, the menus in memory. */
export async function snapshot(em: EntityManager, staff: StaffViewer, side: Side, now: Date): Promise<Snapshot> {
  const scope = scopeOf(staff);
  await execute(em, `create temp table if not exists impact_pair (side text not null, kind text not null, customer_id uuid not null,
    portal_id uuid, object_id text not null, development_id uuid) on commit drop`);
  for (const kind of SQL_KINDS) await query(em, snapshotSql(kind), { ...scope, side, now });
  await query(em, `insert into impact_pair (side, kind, customer_id, portal_id, object_id)
    select :side, 'LOGINS', a.customer_id, p.id, p.id from account a join portal p on p.company_id = a.company_id
     where a.company_id = :company and a.customer_id is not null and a.login_active and p.active and p.login_enabled and ${CUSTOMER_IN_SCOPE}`, { ...scope, side });
  return { side, menus: await menusOf(em, scope, side) };
}

export const impactKey = (kind: ImpactKind, direction: Direction) => `${kind}|${direction}`;

/** Compares the two sides: counts per kind and direction, and (`page`) one page of examples. */
export async function compare(em: EntityManager, before: Snapshot, after: Snapshot, page: ImpactPage | null): Promise<Impact> {
  const counts: ImpactCount[] = (await query<{ direction: Direction; kind: ImpactKind; customers: number; objects: number }>(em,
    `with b as (select distinct kind, customer_id, object_id from impact_pair where side = 'before'),
          a as (select distinct kind, customer_id, object_id from impact_pair where side = 'after')
     select 'LOST' as direction, kind, cast(count(distinct customer_id) as int) as customers, cast(count(distinct object_id) as int) as objects
       from (select * from b except select * from a) x group by kind
     union all
     select 'GAINED', kind, cast(count(distinct customer_id) as int), cast(count(distinct object_id) as int)
       from (select * from a except select * from b) y group by kind`, {})).map((row) => ({ ...row }));

  // Menus: per customer, the menus on one side and not the other.
  const menuPairs: { direction: Direction; customer: string; menu: PortalMenu }[] = [];
  for (const [direction, from, to] of [['LOST', before.menus, after.menus], ['GAINED', after.menus, before.menus]] as const) {
    for (const [customer, menus] of from) {
      const other = to.get(customer) ?? '';
      if (other === menus) continue;
      const kept = new Set(other.split(','));
      for (const menu of menus ? menus.split(',') : []) if (!kept.has(menu)) menuPairs.push({ direction, customer, menu: menu as PortalMenu });
    }
  }
  for (const direction of ['LOST', 'GAINED'] as const) {
    const mine = menuPairs.filter((p) => p.direction === direction);
    if (!mine.length) continue;
    const menus = [...new Set(mine.map((p) => p.menu))].sort();
    counts.push({ kind: ImpactKind.MENUS, direction, customers: new Set(mine.map((p) => p.customer)).size, objects: menus.length, menus });
  }
  counts.sort((a, b) => order(a) - order(b));

  const examples: ImpactPair[] = [];
  const more = new Set<string>();
  if (page) {
    for (const count of counts) {
      if ((page.kind && page.kind !== count.kind) || (page.direction && page.direction !== count.direction)) continue;
      const pairs = await pageOf(em, count, { ...page, first: page.first + 1 }, menuPairs);
      if (pairs.length > page.first) more.add(impactKey(count.kind, count.direction));
      examples.push(...pairs.slice(0, page.first));
    }
  }
  return { counts, examples, more };
}

const KIND_ORDER = Object.values(ImpactKind);
const order = (count: ImpactCount) => KIND_ORDER.indexOf(count.kind) * 2 + (count.direction === 'LOST' ? 0 : 1);

async function pageOf(em: EntityManager, count: ImpactCount, page: ImpactPage, menuPairs: { direction: Direction; customer: string; menu: PortalMenu }[]): Promise<ImpactPair[]> {
  const [mine, other] = count.direction === 'LOST' ? ['before', 'after'] : ['after', 'before'];
  if (count.kind === ImpactKind.MENUS) {
    const pairs = menuPairs.filter((p) => p.direction === count.direction);
    const names = new Map((await query<{ id: string; name: string }>(em, 'select id, name from customer where id = any(cast(:ids as uuid[]))', { ids: [...new Set(pairs.map((p) => p.customer))] })).map((c) => [c.id, c.name]));
    pairs.sort((a, b) => (names.get(a.customer) ?? '').localeCompare(names.get(b.customer) ?? '') || a.customer.localeCompare(b.customer) || a.menu.localeCompare(b.menu));
    return pairs.slice(page.offset, page.offset + page.first).map((p) => ({
      kind: ImpactKind.MENUS, direction: count.direction, customerId: p.customer, customerName: names.get(p.customer) ?? '', objectId: p.menu, objectLabel: say(`menu ${MENU_NAMES[p.menu].pt}`, `menu ${MENU_NAMES[p.menu].en}`), portalId: null,
    }));
  }
  const rows = await query<{ customer: string; name: string; object: string; portal: string | null }>(em,
    `select x.customer_id as customer, cu.name, x.object_id as object,
            (select min(cast(p.portal_id as text)) from impact_pair p where p.side = :mine and p.kind = x.kind and p.customer_id = x.customer_id and p.object_id = x.object_id) as portal
       from (select kind, customer_id, object_id from impact_pair where side = :mine and kind = :kind
             except select kind, customer_id, object_id from impact_pair where side = :other and kind = :kind) x
       join customer cu on cu.id = x.customer_id
      order by cu.name, cu.id, x.object_id offset :offset limit :first`,
    { mine, other, kind: count.kind, offset: page.offset, first: page.first });
  const labels = await labelsOf(em, count.kind, [...new Set(rows.map((r) => r.object))]);
  return rows.map((r) => ({
    kind: count.kind, direction: count.direction, customerId: r.customer, customerName: r.name, objectId: r.object,
    objectLabel: labels.get(r.object) ?? say(r.object, r.object), portalId: r.portal,
  }));
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

/** The rule that hides an example where it is hidden (`em` in that state): its id and label, or null when only their combination does. */
export async function hidingRule(em: EntityManager, pair: ImpactPair, now: Date): Promise<{ id: string; label: Said } | null> {
  if (pair.kind === ImpactKind.MENUS) {
    const [account] = await query<{ id: string }>(em, 'select id from account where customer_id = :customer', { customer: pair.customerId });
    const portals = await query<{ id: string; active: boolean }>(em, 'select p.id, p.active from portal p join customer c on c.company_id = p.company_id where c.id = :customer order by p.created_at', { customer: pair.customerId });
    for (const portal of portals) {
      if (!portal.active) return { id: 'R-PORTAL-2', label: say('O portal está ativo', 'The portal is active') };
      const facts = await loadMenuFacts(em, { accountId: account!.id, customerId: pair.customerId, syndicId: null, portalId: portal.id, hostname: null, now });
      const rule = MENU_RULES[pair.objectId as PortalMenu].find((r) => !r.check(facts).passed);
      if (rule) return { id: rule.id, label: rule.label };
    }
    return null;
  }
  if (pair.kind === ImpactKind.LOGINS) {
    const [row] = await query<{ login: boolean; active: boolean; enabled: boolean }>(em,
      'select a.login_active as login, p.active, p.login_enabled as enabled from account a, portal p where a.customer_id = :customer and p.id = :portal',
      { customer: pair.customerId, portal: pair.objectId });
    if (!row) return null;
    if (!row.login) return { id: 'R-AUTH-1', label: say('O login está ativo', 'The login is active') };
    if (!row.active) return { id: 'R-PORTAL-2', label: say('O portal está ativo', 'The portal is active') };
    if (!row.enabled) return { id: 'R-AUTH-7', label: say('O portal permite entrar com senha', 'The portal allows signing in with a password') };
    return null;
  }
  const kind = SQL_KINDS.find((k) => k.kind === pair.kind)!;
  const [row] = await query<Record<string, boolean | null>>(em, rulesSql(kind), { customer: pair.customerId, object: pair.objectId, company: await companyOf(em, pair.customerId), now });
  const index = kind.rules.findIndex((_, i) => row?.[`r${i}`] !== true);
  return index < 0 ? null : { id: kind.rules[index]!.id, label: kind.rules[index]!.label };
}

async function companyOf(em: EntityManager, customerId: string): Promise<string> {
  const [row] = await query<{ company: string }>(em, 'select company_id as company from customer where id = :id', { id: customerId });
  return row!.company;
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

