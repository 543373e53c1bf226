import { registerEnumType } from 'type-graphql';
import { say, type Said } from '../../../locale.js';
import { contractCandidatesSql, contractRules } from '../../contracts/contract.rules.js';
import { unitCandidatesSql, unitRules } from '../../developments/unit.rules.js';
import { billRules, billSaleSql, installmentRules, saleCandidatesSql } from '../../finance/finance.rules.js';
import { customerRequestCandidatesSql, customerRequestRules } from '../../requests/request.rules.js';
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
 * One kind of object the lists show, as the impact preview reads it: the list's own WHERE (its
 * candidate condition AND every rule's SQL face, exactly what `visibleUnits`, `visibleContractsByUnit`,
 * `visibleRequests`, `visibleInstallments` and `visibleBills` run), evaluated for every customer
 * at once with the viewer's parameters bound to a row `v` (`perViewer`, as the live fan-out does).
 *
 * `pairs` only narrows the work: the (customer, object) pairs that could pass at all — the
 * customers on a reservation of the object's sale, seen from the object's side. It may hold too
 * many (the WHERE decides); holding too few would hide a change, which the property test
 * (impact.property.test.ts) would catch against the lists themselves.
 */
export interface SqlKind {
  kind: Exclude<ImpactKind, ImpactKind.MENUS | ImpactKind.LOGINS>;
  /** `(customer_id, object_id)` rows; `:company` is the company. */
  pairs: string;
  /** The object's table with its alias, and what the list joins to it. */
  from: string;
  id: string;
  /** The development the object belongs to (staff limited to developments preview only theirs). */
  development: string;
  where: string;
  rules: readonly Rule<unknown>[];
  /** The object as a person names it (examples). */
  label: string;
}

/** Customers on a reservation, as holder or associate: `(customer_id, reservation_id)`. */
const saleCustomers = `(select r.holder_id as customer_id, r.id as reservation_id from reservation r
  union select ra.customer_id, ra.reservation_id from reservation_associate ra)`;

export const SQL_KINDS: readonly SqlKind[] = [
  {
    kind: ImpactKind.UNITS,
    pairs: `select sc.customer_id, r.unit_id as object_id from ${saleCustomers} sc join reservation r on r.id = sc.reservation_id`,
    from: 'unit u',
    id: 'u.id',
    development: 'u.development_id',
    where: `u.id in ${unitCandidatesSql} and ${allOf(unitRules)}`,
    rules: unitRules as readonly Rule<unknown>[],
    label: `(select u.name || ' — ' || d.name from development d where d.id = u.development_id)`,
  },
  {
    kind: ImpactKind.CONTRACTS,
    pairs: `select sc.customer_id, c2.id as object_id from ${saleCustomers} sc join contract c2 on c2.reservation_id = sc.reservation_id`,
    from: 'contract c join reservation res on res.id = c.reservation_id join contract_type ct on ct.id = c.type_id',
    id: 'c.id',
    development: '(select u.development_id from unit u where u.id = res.unit_id)',
    where: `c.id in ${contractCandidatesSql} and ${allOf(contractRules)}`,
    rules: contractRules as readonly Rule<unknown>[],
    label: `(ct.name || ' — ' || (select u.name from unit u where u.id = res.unit_id))`,
  },
  {
    kind: ImpactKind.REQUESTS,
    pairs: `select sc.customer_id, rq2.id as object_id from ${saleCustomers} sc join reservation r on r.id = sc.reservation_id join request rq2 on rq2.unit_id = r.unit_id
      union select a2.customer_id, rq2.id from request rq2 join account a2 on a2.id = rq2.opened_by_id where a2.customer_id is not null`,
    from: 'request rq',
    id: 'rq.id',
    development: 'rq.development_id',
    where: `${customerRequestCandidatesSql} and ${allOf(customerRequestRules)}`,
    rules: customerRequestRules as readonly Rule<unknown>[],
    label: `('nº ' || rq.number)`,
  },
  {
    kind: ImpactKind.INSTALLMENTS,
    pairs: `select sc.customer_id, i2.id as object_id from ${saleCustomers} sc join installment_plan ip2 on ip2.reservation_id = sc.reservation_id join installment i2 on i2.plan_id = ip2.id`,
    from: 'installment i join installment_plan ip on ip.id = i.plan_id',
    id: 'i.id',
    development: '(select u.development_id from reservation r join unit u on u.id = r.unit_id where r.id = ip.reservation_id)',
    where: `ip.reservation_id in ${saleCandidatesSql} and ${allOf(installmentRules)}`,
    rules: installmentRules as readonly Rule<unknown>[],
    label: `(ip.series || ' ' || i.number || ' — ' || to_char(i.due_date, 'DD/MM/YYYY'))`,
  },
  {
    kind: ImpactKind.BILLS,
    pairs: `select sc.customer_id, bl2.id as object_id from ${saleCustomers} sc join bill bl2 on ${billSaleSql('bl2')} = sc.reservation_id`,
    from: 'bill bl',
    id: 'bl.id',
    development: `(select u.development_id from reservation r join unit u on u.id = r.unit_id where r.id = ${billSaleSql('bl')})`,
    where: `${billSaleSql('bl')} in ${saleCandidatesSql} and ${allOf(billRules)}`,
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

/**
 * The statement that keeps one side ('before' or 'after') of one kind in `impact_pair`: every
 * (customer, portal, object) the list shows. `:devs` (uuid[]) limits to a staff member's
 * developments, `:limited` says whether it applies.
 */
/** The object's FROM, ready to join (a join of several tables in parentheses). */
const joined = (kind: SqlKind) => (/\bjoin\b/.test(kind.from) ? `(${kind.from})` : kind.from);

export function snapshotSql(kind: SqlKind): string {
  return `with addresses as materialized ${PORTAL_ADDRESSES}
    insert into impact_pair (side, kind, customer_id, portal_id, object_id, development_id)
    select :side, '${kind.kind}', impact_c.customer_id, pa.portal_id, ${kind.id}, ${kind.development}
      from (${kind.pairs}) impact_c
      join account impact_a on impact_a.customer_id = impact_c.customer_id and impact_a.company_id = :company
      join ${joined(kind)} on ${kind.id} = impact_c.object_id
      cross join (select distinct portal_id from addresses) pa
     where (not :limited or ${kind.development} = any(cast(:devs as uuid[])))
       and exists (select 1 from addresses ph
                    cross join lateral (select impact_a.id as account, impact_c.customer_id as customer, cast(null as uuid) as syndic, ph.portal_id as portal, ph.hostname) v
                   where ph.portal_id = pa.portal_id and ${perViewer(kind.where)})
    group by impact_c.customer_id, pa.portal_id, ${kind.id}, ${kind.development}`;
}

/**
 * Which rules fail for one (customer, object) — each rule's SQL face on its own, in any portal
 * and through any address: column r<i> is false when rule i passes nowhere.
 */
export function rulesSql(kind: SqlKind): string {
  const columns = kind.rules.map((rule, index) => `bool_or(${perViewer(rule.sql)}) as r${index}`).join(', ');
  return `select ${columns}
    from account impact_a
    join ${joined(kind)} on ${kind.id} = cast(:object as uuid)
    cross join ${PORTAL_ADDRESSES} ph
    cross join lateral (select impact_a.id as account, impact_a.customer_id as customer, cast(null as uuid) as syndic, ph.portal_id as portal, ph.hostname) v
   where impact_a.customer_id = cast(:customer as uuid)`;
}
