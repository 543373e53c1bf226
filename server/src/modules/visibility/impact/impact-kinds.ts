import { registerEnumType } from 'type-graphql';
import { say, type Said } from '../../../locale.js';
import { contractRules } from '../../contracts/contract.rules.js';
import { unitRules } from '../../developments/unit.rules.js';
import { billRules, billSaleSql, installmentRules } from '../../finance/finance.rules.js';
import { customerRequestRules } from '../../requests/request.rules.js';
import { perViewer } from '../../requests/request-audience.js';
import type { Rule } from '../rule.js';
import { allOf } from '../sql.js';

/** What a change can hide from customers or show them (R-EXPLAIN-4). */
export enum ImpactKind {
  UNITS = 'UNITS',
  CONTRACTS = 'CONTRACTS',
  REQUESTS = 'REQUESTS',
  INSTALLMENTS = 'INSTALLMENTS',
  BILLS = 'BILLS',
  MENUS = 'MENUS',
  LOGINS = 'LOGINS',
}
registerEnumType(ImpactKind, { name: 'ImpactKind', description: 'O que uma mudança esconde ou mostra aos clientes.' });

/** How a person counts each kind (one / many), in a sentence. */
export const KIND_WORDS: Record<ImpactKind, { one: Said; many: Said }> = {
  UNITS: { one: say('unidade', 'unit'), many: say('unidades', 'units') },
  CONTRACTS: { one: say('contrato', 'contract'), many: say('contratos', 'contracts') },
  REQUESTS: { one: say('pedido', 'request'), many: say('pedidos', 'requests') },
  INSTALLMENTS: { one: say('parcela', 'installment'), many: say('parcelas', 'installments') },
  BILLS: { one: say('boleto', 'bill'), many: say('boletos', 'bills') },
  MENUS: { one: say('menu', 'menu'), many: say('menus', 'menus') },
  LOGINS: { one: say('acesso com senha', 'password sign-in'), many: say('acessos com senha', 'password sign-ins') },
};

/**
 * One kind of object the lists show, as the impact preview reads it: every rule's SQL face (what
 * `visibleUnits`, `visibleContractsByUnit`, `visibleRequests`, `visibleInstallments` and
 * `visibleBills` run, after their candidate condition starts them from the customer),
 * evaluated for every customer at once with the viewer's parameters bound to a row `v`
 * (`perViewer`, as the live fan-out does).
 *
 * `sale`, `unit` and `opener` are the candidate condition seen from the object's side: the
 * customers who could see it at all — those on the reservation it hangs off, those on any
 * reservation of its unit, whoever opened it. They may hold too many (the rules decide); holding too
 * few would hide a change, which the property test (impact.property.test.ts) would catch against
 * the lists themselves.
 */
export interface SqlKind {
  kind: Exclude<ImpactKind, ImpactKind.MENUS | ImpactKind.LOGINS>;
  /** The reservation the object hangs off (SQL over its aliases): its customers are candidates. */
  sale?: string;
  /** The unit the object is of: the customers on any of its reservations are candidates. */
  unit?: string;
  /** The account that opened the object: its customer is a candidate. */
  opener?: string;
  /** The object's table with its alias, and what the list joins to it. */
  from: string;
  id: string;
  /** The development the object belongs to (staff limited to developments preview only theirs). */
  development: string;
  rules: readonly Rule<unknown>[];
  /**
   * A rule of this kind that is exactly "the object's unit (`unit`) is visible to the customer"
   * (R-UNIT-4: `unit is null or exists (the unit, and every unit rule)`). The preview reads it from
   * the units' own pairs of the same side (the same rules, read once per customer and unit) by a
   * join, instead of running every unit rule again for each pair under an `or`, which PostgreSQL
   * can only do one pair at a time.
   */
  unitRule?: string;
  /** The object as a person names it (examples). */
  label: string;
}

/**
 * Customers on a reservation, as holder or associate: `(customer_id, reservation_id)`. `union all`:
 * a repeat is harmless (what reads the pairs groups them), and PostgreSQL can then reach each
 * branch by its index from a few objects (a focused snapshot) instead of deduplicating every
 * reservation first.
 */
const saleCustomers = `(select r.holder_id as customer_id, r.id as reservation_id from reservation r
  union all select ra.customer_id, ra.reservation_id from reservation_associate ra)`;

export const SQL_KINDS: readonly SqlKind[] = [
  {
    kind: ImpactKind.UNITS,
    unit: 'u.id',
    from: 'unit u',
    id: 'u.id',
    development: 'u.development_id',
    rules: unitRules as readonly Rule<unknown>[],
    label: `(select u.name || ' — ' || d.name from development d where d.id = u.development_id)`,
  },
  {
    kind: ImpactKind.CONTRACTS,
    sale: 'c.reservation_id',
    from: 'contract c join reservation res on res.id = c.reservation_id join contract_type ct on ct.id = c.type_id',
    id: 'c.id',
    development: '(select u.development_id from unit u where u.id = res.unit_id)',
    rules: contractRules as readonly Rule<unknown>[],
    label: `(ct.name || ' — ' || (select u.name from unit u where u.id = res.unit_id))`,
  },
  {
    kind: ImpactKind.REQUESTS,
    unit: 'rq.unit_id',
    opener: 'rq.opened_by_id',
    from: 'request rq',
    id: 'rq.id',
    development: 'rq.development_id',
    rules: customerRequestRules as readonly Rule<unknown>[],
    unitRule: 'R-UNIT-4',
    label: `('nº ' || rq.number)`,
  },
  {
    kind: ImpactKind.INSTALLMENTS,
    sale: 'ip.reservation_id',
    from: 'installment i join installment_plan ip on ip.id = i.plan_id',
    id: 'i.id',
    development: '(select u.development_id from reservation r join unit u on u.id = r.unit_id where r.id = ip.reservation_id)',
    rules: installmentRules as readonly Rule<unknown>[],
    label: `(ip.series || ' ' || i.number || ' — ' || to_char(i.due_date, 'DD/MM/YYYY'))`,
  },
  {
    kind: ImpactKind.BILLS,
    sale: billSaleSql('bl'),
    from: 'bill bl',
    id: 'bl.id',
    development: `(select u.development_id from reservation r join unit u on u.id = r.unit_id where r.id = ${billSaleSql('bl')})`,
    rules: billRules as readonly Rule<unknown>[],
    label: `('boleto ' || to_char(bl.due_date, 'DD/MM/YYYY'))`,
  },
];

/**
 * Each portal of the company and every address a customer may come through: its domains, and no
 * address at all (an API client naming the portal). A customer sees an object when the rules pass
 * in some portal through some address.
 */
export const PORTAL_ADDRESSES = `(select p.id as portal_id, h.hostname from portal p
   cross join lateral (select d.hostname from portal_domain d where d.portal_id = p.id union all select cast(null as text)) h
  where p.company_id = :company)`;

/** The object's FROM, ready to join (a join of several tables in parentheses). */
const joined = (kind: SqlKind) => (/\bjoin\b/.test(kind.from) ? `(${kind.from})` : kind.from);

/** Customers on a reservation of a unit in the focused developments (`:focus`, uuid[]): those whose menus a focused change can alter. */
export const FOCUSED_CUSTOMERS = `(select fc.customer_id from ${saleCustomers} fc join reservation fr on fr.id = fc.reservation_id join unit fu on fu.id = fr.unit_id
   where fu.development_id = any(cast(:focus as uuid[])))`;

/** Each way a kind has of naming its candidates, as a join giving `impact_c.customer_id`. */
function candidateJoins(kind: SqlKind): string[] {
  return [
    kind.sale && `join ${saleCustomers} impact_c on impact_c.reservation_id = ${kind.sale}`,
    kind.unit && `join reservation impact_r on impact_r.unit_id = ${kind.unit} join ${saleCustomers} impact_c on impact_c.reservation_id = impact_r.id`,
    kind.opener && `join account impact_o on impact_o.id = ${kind.opener} cross join lateral (select impact_o.customer_id) impact_c`,
  ].filter((join): join is string => Boolean(join));
}

/**
 * Every (customer, portal, object) the list shows, through some address of the portal (`addresses`,
 * a CTE of the statement). `:devs` (uuid[]) limits to a staff member's developments, `:limited`
 * says whether it applies; `:focus` (uuid[]), when `:focused`, to the developments the change can
 * reach (impact-focus.ts) — for units, to every unit of the customers on a reservation there (the
 * menus need all of a customer's units).
 *
 * The rules' SQL faces decide, as the lists' WHERE does, at the top level of the statement (not
 * inside a correlated subquery), so PostgreSQL evaluates them for all pairs at once (semi-joins,
 * hashed subplans) rather than one pair at a time. The lists' candidate condition (which only lets
 * PostgreSQL start from the customer) is `sale`/`unit`/`opener` here, seen from the object: the
 * rules alone decide the same (R-EXPLAIN-2: the explanations, which have no candidate condition,
 * agree with the lists — rules-agree.property.test.ts), and the property test of this preview
 * checks the result against the customers' own lists.
 */
function visibleSql(kind: SqlKind): string {
  // Focused: for units, every unit of the customers there (the menus read all of them); else the
  // objects there — for what hangs off a sale, said of the sale, which PostgreSQL checks first.
  const focus = kind.kind === ImpactKind.UNITS ? `impact_c.customer_id in ${FOCUSED_CUSTOMERS}`
    : kind.sale ? `${kind.sale} in (select fr.id from reservation fr join unit fu on fu.id = fr.unit_id where fu.development_id = any(cast(:focus as uuid[])))`
      : `${kind.development} = any(cast(:focus as uuid[]))`;
  // Only the units' development is kept (the menus read it); the others' is for the limits alone.
  const development = kind.kind === ImpactKind.UNITS ? kind.development : 'cast(null as uuid)';
  const where = (rules: readonly Rule<unknown>[]) => `(not :limited or ${kind.development} = any(cast(:devs as uuid[])))
       and (not :focused or ${focus})
       and ${perViewer(allOf(rules))}`;
  const { unitRule, unit } = kind;
  if (!unitRule || !unit) return everyAddress(kind, candidateJoins(kind), development, where(kind.rules));
  // R-UNIT-4 read from the units' pairs of `:unitsSide`: an object of a unit is a candidate for whoever
  // sees the unit, where and through the address they see it (R-UNIT-1 in it: only customers on the
  // unit's reservations, so no other candidate of such an object could pass); an object of no unit,
  // for its other candidates through every address (the rule passes for it).
  const rules = kind.rules.filter((rule) => rule.id !== unitRule);
  const others = candidateJoins({ ...kind, unit: undefined });
  return `select impact_us.customer_id, impact_us.account_id, impact_us.portal_id, impact_us.hostname, ${kind.id} as object_id, ${development} as development_id
      from ${joined(kind)}
      join impact_pair impact_us on impact_us.side = :unitsSide and impact_us.kind = 'UNITS' and impact_us.object_id = ${unit}
      cross join lateral (select impact_us.account_id as account, impact_us.customer_id as customer, cast(null as uuid) as syndic, impact_us.portal_id as portal, impact_us.hostname) v
     where ${where(rules)}
    ${others.length ? `union all ${everyAddress(kind, others, development, `${unit} is null and ${where(rules)}`)}` : ''}`;
}

/** The candidates of a kind (its `joins`) through every address of the portals, where `where` holds. */
function everyAddress(kind: SqlKind, joins: string[], development: string, where: string): string {
  // Each kind names its candidates one way (the requests' unit is read through `unitRule`): a second way would need a union.
  if (joins.length !== 1) throw new Error(`impact kind ${kind.kind}: ${joins.length} ways of naming candidates`);
  const candidates = `${joined(kind)} ${joins[0]}`;
  return `select impact_c.customer_id, impact_a.id as account_id, ph.portal_id, ph.hostname, ${kind.id} as object_id, ${development} as development_id
      from ${candidates}
      join account impact_a on impact_a.customer_id = impact_c.customer_id and impact_a.company_id = :company
      cross join addresses ph
      cross join lateral (select impact_a.id as account, impact_c.customer_id as customer, cast(null as uuid) as syndic, ph.portal_id as portal, ph.hostname) v
     where ${where}`;
}

/**
 * The statement that keeps one side ('before' or 'after') of one kind in `impact_pair`. A pair may
 * be kept more than once (a customer both holder and associate, a portal through several
 * addresses): what reads `impact_pair` groups.
 */
export const snapshotSql = (kind: SqlKind) => `with addresses as materialized ${PORTAL_ADDRESSES}
  insert into impact_pair (side, kind, customer_id, account_id, portal_id, hostname, object_id, development_id)
  select :side, '${kind.kind}', customer_id, account_id, portal_id, hostname, object_id, development_id from (${visibleSql(kind)}) impact_v`;

/**
 * Per customer, where they see units (what the menus read of them): `portal=development` pairs,
 * sorted and joined by semicolons — from the units in `impact_pair` of `:unitsSide`, or (`live`)
 * by the units' rules now, without keeping them (when nothing else reads them).
 */
export const seenDevelopmentsSql = (live: boolean) => `select customer_id, string_agg(distinct cast(portal_id as text) || '=' || cast(development_id as text), ';'
         order by cast(portal_id as text) || '=' || cast(development_id as text)) as seen
  from ${live ? `(with addresses as materialized ${PORTAL_ADDRESSES} ${visibleSql(SQL_KINDS.find((k) => k.kind === ImpactKind.UNITS)!)}) impact_v`
    : `impact_pair where side = :unitsSide and kind = 'UNITS'`}
 group by customer_id`;

/** Everything a kind's statement reads (its candidates, objects, development and rules): what a change must write to alter it (impact-focus.ts). */
export const kindText = (kind: SqlKind) => `${candidateJoins(kind).join(' ')} ${kind.from} ${kind.development} ${allOf(kind.rules)}`;

/**
 * Which rules fail for (customer, object) pairs numbered `:is`, each at the portal addresses it is
 * asked about (one row of the arrays per address): column r<i> of a pair is false when rule i
 * passes at none of its addresses.
 */
export function rulesAtSql(kind: SqlKind): string {
  const columns = kind.rules.map((rule, index) => `bool_or(${perViewer(rule.sql)}) as r${index}`).join(', ');
  return `select impact_x.i, ${columns}
    from unnest(cast(:is as int[]), cast(:customers as uuid[]), cast(:objects as uuid[]), cast(:portals as uuid[]), cast(:hostnames as text[]))
         as impact_x(i, customer, object, portal, hostname)
    join account impact_a on impact_a.customer_id = impact_x.customer
    join ${joined(kind)} on ${kind.id} = impact_x.object
    cross join lateral (select impact_a.id as account, impact_a.customer_id as customer, cast(null as uuid) as syndic, impact_x.portal as portal, impact_x.hostname) v
   group by impact_x.i`;
}
