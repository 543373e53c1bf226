import type { EntityManager } from '@mikro-orm/postgresql';
import { say, type Said } from '../../locale.js';
import { evaluate } from '../visibility/explain.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { loadBillFacts, loadBillingFacts, loadInstallmentFacts } from './finance-facts.js';
import { dateText, saoPauloDate } from './finance-words.js';
import { billingHold, billRules, billSaleSql, installmentRules, saleCandidatesSql, type BillingFacts } from './finance.rules.js';

/** What a customer reads about an installment's state: paid, overdue, due today, to be paid. */
export type InstallmentState = 'PAID' | 'OVERDUE' | 'DUE_TODAY' | 'OPEN';

export interface InstallmentRow {
  id: string;
  planId: string;
  reservationId: string;
  series: string;
  paymentMethod: 'BOLETO' | 'CARD';
  cardId: string | null;
  number: number;
  dueDate: string;
  amountCents: number;
  paidCents: number | null;
  paidAt: string | null;
}

export interface BillRow {
  id: string;
  reservationId: string | null;
  installmentId: string | null;
  dueDate: string;
  amountCents: number;
  digitableLine: string;
  pixCode: string | null;
  status: 'OPEN' | 'PAID' | 'CANCELLED';
  supersededById: string | null;
  payer: 'CUSTOMER' | 'BUILDER';
  markedPaidAt: Date | null;
  proofFileId: string | null;
  financeRequestId: string | null;
  createdAt: Date;
}

const INSTALLMENT_COLUMNS = `i.id, i.plan_id as "planId", ip.reservation_id as "reservationId", ip.series, ip.payment_method as "paymentMethod", ip.card_id as "cardId",
  i.number, cast(i.due_date as text) as "dueDate", cast(i.amount_cents as float8) as "amountCents", cast(i.paid_cents as float8) as "paidCents", cast(i.paid_at as text) as "paidAt"`;

/**
 * R-FIN-4: the statement is always there for the customer — not even the Financial menu switches it
 * off — so it is made of the installments every other rule lets them see.
 */
export const statementRules = installmentRules.filter((rule) => rule.id !== 'R-SET-1');

/** SPEC §8 for lists: the installments the scope's customer sees, of some sales (or all theirs), by SQL; `forStatement`: R-FIN-4's rules. */
export async function visibleInstallments(em: EntityManager, scope: ViewerScope, reservationIds?: string[], ids?: string[], forStatement = false): Promise<InstallmentRow[]> {
  if (!scope.customerId) return [];
  return query<InstallmentRow>(
    em,
    `select ${INSTALLMENT_COLUMNS}
       from installment i join installment_plan ip on ip.id = i.plan_id
      where ip.reservation_id in ${saleCandidatesSql}
        ${reservationIds ? 'and ip.reservation_id = any(cast(:reservationIds as uuid[]))' : ''}
        ${ids ? 'and i.id = any(cast(:ids as uuid[]))' : ''}
        and ${allOf(forStatement ? statementRules : installmentRules)}
      order by ip.series, i.due_date, i.number, i.id`,
    { ...scopeParams(scope), reservationIds: reservationIds ?? [], ids: ids ?? [] },
  );
}

const BILL_COLUMNS = `bl.id, ${billSaleSql('bl')} as "reservationId", bl.installment_id as "installmentId", cast(bl.due_date as text) as "dueDate",
  cast(bl.amount_cents as float8) as "amountCents", bl.digitable_line as "digitableLine", bl.pix_code as "pixCode", bl.status,
  bl.superseded_by_id as "supersededById", bl.payer, bl.marked_paid_at as "markedPaidAt", bl.proof_file_id as "proofFileId",
  bl.finance_request_id as "financeRequestId", bl.created_at as "createdAt"`;

/** SPEC §8 for lists: the bills the scope's customer sees, of some sales (or all theirs), by SQL. */
export async function visibleBills(em: EntityManager, scope: ViewerScope, reservationIds?: string[], ids?: string[]): Promise<BillRow[]> {
  if (!scope.customerId) return [];
  return query<BillRow>(
    em,
    `select ${BILL_COLUMNS}
       from bill bl
      where ${billSaleSql('bl')} in ${saleCandidatesSql}
        ${reservationIds ? `and ${billSaleSql('bl')} = any(cast(:reservationIds as uuid[]))` : ''}
        ${ids ? 'and bl.id = any(cast(:ids as uuid[]))' : ''}
        and ${allOf(billRules)}
      order by bl.due_date, bl.created_at, bl.id`,
    { ...scopeParams(scope), reservationIds: reservationIds ?? [], ids: ids ?? [] },
  );
}

export const installmentState = (row: Pick<InstallmentRow, 'paidAt' | 'dueDate'>, today: string): InstallmentState =>
  row.paidAt ? 'PAID' : row.dueDate < today ? 'OVERDUE' : row.dueDate === today ? 'DUE_TODAY' : 'OPEN';

/** R-FIN-10 in the customer's words: why an open installment has no bill to pay. */
export function holdForCustomer(billing: BillingFacts | undefined, ownOverdue: boolean): Said | null {
  if (!billing || !billingHold(billing, ownOverdue)) return null;
  const block = billing.blocks[0];
  // The reason is the developer's own words, as they wrote them.
  if (block) return say(`Boletos suspensos pela incorporadora: ${block.reason}`, `Bills suspended by the developer: ${block.reason}`);
  const oldest = billing.oldestOverdue!;
  return say(`Há uma parcela vencida desde ${dateText(oldest.dueDate)} (${oldest.series}, nº ${oldest.number}): os próximos boletos ficam suspensos até ela ser paga. Fale com a incorporadora para regularizar.`,
    `An installment is overdue since ${dateText(oldest.dueDate)} (${oldest.series}, no. ${oldest.number}): the next bills are suspended until it is paid. Contact the developer to settle it.`);
}

/**
 * The sales of a unit the customer takes part in, each with why nothing financial shows when
 * nothing does (SPEC §17, "no empty red bars"): in the customer's words, from the first rule
 * that fails on any of the sale's records (the explainer gives staff the whole answer).
 */
export async function salesOfUnit(em: EntityManager, scope: ViewerScope, unitId: string): Promise<{ id: string; erpCode: string | null; work: boolean; holder: boolean }[]> {
  return query<{ id: string; erpCode: string | null; work: boolean; holder: boolean }>(
    em,
    `select r.id, r.erp_code as "erpCode", r.holder_id = :customer as holder, exists (select 1 from unit u join development d on d.id = u.development_id where u.id = r.unit_id and d.kind = 'WORK') as work
       from reservation r where r.unit_id = :unitId and r.id in ${saleCandidatesSql} and r.status = 'SOLD' order by r.created_at, r.id`,
    { ...scopeParams(scope), unitId },
  );
}

/** Why a sale shows no installment nor bill to this customer, in their words. */
export async function whyNothingShows(em: EntityManager, scope: ViewerScope, reservationId: string): Promise<Said> {
  const records = await query<{ kind: 'installment' | 'bill'; id: string }>(
    em,
    `(select 'installment' as kind, i.id from installment i join installment_plan ip on ip.id = i.plan_id where ip.reservation_id = :reservationId order by i.due_date limit 1)
     union all (select 'bill' as kind, bl.id from bill bl where ${billSaleSql('bl')} = :reservationId order by bl.due_date limit 1)`,
    { reservationId },
  );
  const record = records[0];
  if (!record) return say('Ainda não há parcelas nem boletos desta compra no portal.', 'There are no installments or bills of this purchase in the portal yet.');
  const checks = record.kind === 'installment'
    ? evaluate(installmentRules, (await loadInstallmentFacts(em, scope, [record.id])).get(record.id)!)
    : evaluate(billRules, (await loadBillFacts(em, scope, [record.id])).get(record.id)!);
  const failed = checks.find((c) => !c.passed);
  switch (failed?.ruleId) {
    case 'R-FIN-3':
      return say('Nesta compra, as parcelas e os boletos ficam com quem é titular. Se precisar deles, fale com o titular ou com a incorporadora.',
        'In this purchase, the installments and bills are with the holder. If you need them, ask the holder or the developer.');
    case 'R-FIN-1':
      return say('As informações financeiras desta compra ainda não estão disponíveis no portal: os dados do sistema da incorporadora não conferem. A incorporadora já consegue ver o motivo; se precisar de um boleto, fale com ela.',
        'The financial information of this purchase is not available in the portal yet: the developer\'s system data do not match. The developer can already see why; if you need a bill, contact them.');
    default:
      return say('As informações financeiras desta compra não estão disponíveis no portal. Se precisar de um boleto, fale com a incorporadora.',
        'The financial information of this purchase is not available in the portal. If you need a bill, contact the developer.');
  }
}

export { loadBillingFacts };

/** Today in São Paulo for a scope. */
export const todayOf = (scope: ViewerScope) => saoPauloDate(scope.now);
