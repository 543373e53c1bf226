import type { EntityManager } from '@mikro-orm/postgresql';
import { reservationFactsColumn, unitFactsColumns } from '../developments/unit-facts.js';
import type { UnitFacts } from '../developments/unit.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import { billSaleSql, overdueSql, type BillFacts, type BillingFacts, type FinanceFacts } from './finance.rules.js';

/**
 * The columns of FinanceFacts for a record alias (`i`, `bl`) whose sale is `sr` (left-joined with
 * its unit `u`, block `b`, stage `s`, development `dev`, company `co`, holder `h`) in portal `p`:
 * the unit's facts are the unit rules' own columns (unit-facts.ts).
 */
const saleFactsColumns = (record: string) => `
  ${record}.id as "recordId", sr.id as "reservationId",
  json_build_array(
    json_build_object('which', 'company', 'sent', ${record}.company_code, 'expected', co.erp_code),
    json_build_object('which', 'development', 'sent', ${record}.development_code, 'expected', dev.erp_code),
    json_build_object('which', 'unit', 'sent', ${record}.unit_code, 'expected', u.erp_code),
    json_build_object('which', 'customer', 'sent', ${record}.customer_code, 'expected', h.erp_code),
    json_build_object('which', 'sale', 'sent', ${record}.sale_code, 'expected', sr.erp_code)) as codes,
  coalesce(sr.holder_id = :customer, false) as holder,
  (select json_build_object('typeId', t.id, 'typeName', t.name, 'seesHolderBills', t.sees_holder_bills)
     from reservation_associate ra join association_type t on t.id = ra.association_type_id
    where ra.reservation_id = sr.id and ra.customer_id = :customer order by t.sees_holder_bills desc limit 1) as association,
  p.associates_see_holder_bills as "associatesSeeHolderBills", p.show_financial as "showFinancial",
  ${unitFactsColumns},
  ${reservationFactsColumn('u', 'sr.id')} as "reservations"`;

const saleJoins = (sale: string) => `
  left join reservation sr on sr.id = ${sale}
  left join unit u on u.id = sr.unit_id
  left join development dev on dev.id = u.development_id
  left join company co on co.id = dev.company_id
  left join customer h on h.id = sr.holder_id
  left join block b on b.id = u.block_id
  left join stage s on s.id = u.stage_id
  cross join portal p`;

type SaleRow = Omit<FinanceFacts, 'unit'> & Partial<UnitFacts> & { unitId: string | null };

function financeFactsOf(row: SaleRow): FinanceFacts {
  const {
    recordId, reservationId, codes, holder, association, associatesSeeHolderBills, showFinancial, portalId,
    unitId, unitName, blockId, blockName, blockActive, stageId, stageName, stageActive, developmentId, developmentName,
    portalName, portalActive, portalServesDevelopment, portalHasBindings, domainBound, hostname, boundHostnames, reservations,
  } = row;
  const unit: UnitFacts | null = unitId
    ? {
        unitId, unitName: unitName!, blockId: blockId ?? null, blockName: blockName ?? null, blockActive: blockActive ?? null, stageId: stageId ?? null,
        stageName: stageName ?? null, stageActive: stageActive ?? null, developmentId: developmentId!, developmentName: developmentName!, portalId,
        portalName: portalName!, portalActive: portalActive!, portalServesDevelopment: portalServesDevelopment!, portalHasBindings: portalHasBindings!,
        domainBound: domainBound!, hostname: hostname ?? null, boundHostnames: boundHostnames ?? [], reservations: reservations ?? [],
      }
    : null;
  return { recordId, reservationId, codes, holder, association, associatesSeeHolderBills, showFinancial, portalId, unit };
}

/** Everything the installment rules look at, for these installments. */
export async function loadInstallmentFacts(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<Map<string, FinanceFacts>> {
  const rows = await query<SaleRow>(
    em,
    `select ${saleFactsColumns('i')}
       from installment i join installment_plan ip on ip.id = i.plan_id
       ${saleJoins('ip.reservation_id')}
      where i.id = any(cast(:ids as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), ids },
  );
  return new Map(rows.map((row) => [row.recordId, financeFactsOf(row)]));
}

/** R-FIN-10's facts of a sale (`sr`, its unit `u`), for the record's company `company`. */
const billingColumns = (company: string) => `
  coalesce((select json_agg(json_build_object('id', bb.id, 'reason', bb.reason, 'source', bb.source, 'blockName', bk.name,
                                              'developmentId', bd.id, 'developmentName', bd.name) order by bb.created_at, bb.id)
              from billing_block bb join development bd on bd.id = bb.development_id left join block bk on bk.id = bb.block_id
             where bb.development_id = u.development_id and (bb.block_id is null or bb.block_id = u.block_id) and bb.active), '[]') as "blocks",
  (select bc.overdue_blocks_bills from company bc where bc.id = ${company}) as "overdueRule",
  cast(${company} as text) as "companyId",
  (select json_build_object('number', oi.number, 'series', op.series, 'dueDate', oi.due_date)
     from installment oi join installment_plan op on op.id = oi.plan_id
    where op.reservation_id = sr.id and ${overdueSql('oi')} order by oi.due_date, oi.number limit 1) as "oldestOverdue"`;

type BillRow = SaleRow & Omit<BillFacts, keyof FinanceFacts | 'billing'> & BillingFacts;

/** Everything the bill rules look at, for these bills. */
export async function loadBillFacts(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<Map<string, BillFacts>> {
  const rows = await query<BillRow>(
    em,
    `select ${saleFactsColumns('bl')}, ${billingColumns('bl.company_id')},
            bl.status, bl.installment_id is null as standalone, p.show_standalone_bills as "showStandaloneBills",
            bl.superseded_by_id as "supersededById",
            exists (select 1 from installment bi where bi.id = bl.installment_id and ${overdueSql('bi')}) as "installmentOverdue",
            bl.payer, coalesce(dev.kind = 'WORK', false) as work, p.show_customer_payments as "showCustomerPayments", p.show_builder_payments as "showBuilderPayments"
       from bill bl
       ${saleJoins(billSaleSql('bl'))}
      where bl.id = any(cast(:ids as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), ids },
  );
  return new Map(
    rows.map((row) => {
      const { status, standalone, showStandaloneBills, supersededById, installmentOverdue, blocks, overdueRule, companyId, oldestOverdue, payer, work, showCustomerPayments, showBuilderPayments } = row;
      return [row.recordId, {
        ...financeFactsOf(row), status, standalone, showStandaloneBills, supersededById, installmentOverdue, payer, work, showCustomerPayments, showBuilderPayments,
        billing: { blocks, overdueRule: Boolean(overdueRule), companyId, oldestOverdue },
      }];
    }),
  );
}

/** R-FIN-10's facts of sales, for the screens that say why an installment has no bill. */
export async function loadBillingFacts(em: EntityManager, scope: ViewerScope, reservationIds: string[]): Promise<Map<string, BillingFacts>> {
  const rows = await query<BillingFacts & { reservationId: string }>(
    em,
    `select sr.id as "reservationId", ${billingColumns('dev.company_id')}
       from reservation sr join unit u on u.id = sr.unit_id join development dev on dev.id = u.development_id
      where sr.id = any(cast(:ids as uuid[]))`,
    { ...scopeParams(scope), ids: reservationIds },
  );
  return new Map(rows.map(({ reservationId, ...facts }) => [reservationId, { ...facts, overdueRule: Boolean(facts.overdueRule) }]));
}
