import type { EntityManager } from '@mikro-orm/postgresql';
import type { Company } from '../company/company.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { BillStatus } from './bill.entity.js';
import { formatDigitableLine } from './boleto.js';
import { fileUrl } from '../files/stored-file.entity.js';
import { FinanceRequestStatus, type FinanceRequestKind } from './finance-request.entity.js';
import {
  holdForCustomer, installmentState, loadBillingFacts, salesOfUnit, todayOf, visibleBills, visibleInstallments, whyNothingShows,
  type BillRow, type InstallmentRow,
} from './finance.service.js';
import { billingHold } from './finance.rules.js';
import {
  InstallmentStateEnum, money, type BillView, type FinanceRequestView, type FinanceSummary, type InstallmentView, type PlanView, type SaleFinance, type UnitFinance,
} from './finance.types.js';
import type { PaymentMethod } from './installment-plan.entity.js';
import { inLocale, say, type Locale, type Said } from '../../locale.js';

/** Where the finance documents are served (http/finance-documents.ts). */
export const financeUrls = {
  bill: (id: string) => `/finance/bills/${id}.pdf`,
  statement: (reservationId: string) => `/finance/statements/${reservationId}.pdf`,
  taxStatement: (reservationId: string, year: number) => `/finance/tax-statements/${reservationId}/${year}.pdf`,
  receipt: (installmentId: string) => `/finance/receipts/${installmentId}.pdf`,
};

export function billView(bill: BillRow, canMark = false): BillView {
  const superseded = bill.supersededById !== null;
  return {
    proofUrl: bill.proofFileId ? fileUrl(bill.proofFileId) : null,
    canMarkPaid: canMark && !superseded && bill.status === 'OPEN' && !bill.markedPaidAt,
    id: bill.id, dueDate: bill.dueDate, amount: money(bill.amountCents), digitableLine: bill.digitableLine,
    digitableLineGrouped: formatDigitableLine(bill.digitableLine), pixCode: bill.pixCode, status: bill.status as BillStatus, superseded,
    current: !superseded, payable: !superseded && bill.status === 'OPEN', standalone: bill.installmentId === null,
    pdfUrl: financeUrls.bill(bill.id), markedPaidAt: bill.markedPaidAt ? new Date(bill.markedPaidAt) : null,
  };
}

interface PendingRequest { id: string; kind: FinanceRequestKind; status: FinanceRequestStatus; installmentIds: string[]; totalCents: number; presentValueCents: number | null; createdAt: Date; billId: string | null; reservationId: string }

export function summaryOf(rows: InstallmentRow[], today: string): FinanceSummary {
  let total = 0, paid = 0, toPay = 0, overdue = 0, paidCount = 0, openCount = 0, overdueCount = 0;
  let next: InstallmentRow | null = null;
  for (const row of rows) {
    total += row.amountCents;
    const state = installmentState(row, today);
    if (state === 'PAID') {
      paid += row.paidCents ?? row.amountCents;
      paidCount++;
      continue;
    }
    toPay += row.amountCents;
    openCount++;
    if (state === 'OVERDUE') {
      overdue += row.amountCents;
      overdueCount++;
    } else if (!next || row.dueDate < next.dueDate) next = row;
  }
  return {
    total: money(total), paid: money(paid), toPay: money(toPay), overdue: money(overdue), paidCount, openCount, overdueCount,
    nextDueDate: next?.dueDate ?? null, nextDueAmount: next ? money(next.amountCents) : null,
  };
}

/**
 * The "Financeiro" of a unit as the scope's customer sees it: one block per sale they take part in,
 * every installment and bill filtered by the rules in SQL (finance.rules.ts), and — where nothing
 * can be paid — the reason in words (R-FIN-10, SPEC §17).
 */
export async function unitFinance(em: EntityManager, scope: ViewerScope, company: Company, unitId: string, markAsPaid = false, locale: Locale = 'pt-BR'): Promise<UnitFinance> {
  const words = (said: Said | null) => (said ? inLocale(said, locale) : null);
  const sales = await salesOfUnit(em, scope, unitId);
  if (!sales.length) return { unitId, sales: [], notice: words(say('Não há compra desta unidade em seu nome no portal.', 'There is no purchase of this unit in your name in the portal.')) };
  const ids = sales.map((s) => s.id);
  const [installments, bills, billing, requests, cards] = await Promise.all([
    visibleInstallments(em, scope, ids),
    visibleBills(em, scope, ids),
    loadBillingFacts(em, scope, ids),
    query<PendingRequest>(em, `select fr.id, fr.kind, fr.status, fr.installment_ids as "installmentIds", cast(fr.total_cents as float8) as "totalCents",
        cast(fr.present_value_cents as float8) as "presentValueCents", fr.created_at as "createdAt", fr.bill_id as "billId", fr.reservation_id as "reservationId"
        from finance_request fr where fr.reservation_id = any(cast(:ids as uuid[])) and fr.status = 'PENDING' order by fr.created_at`, { ids }),
    query<{ id: string; brand: string; last4: string }>(em, `select id, brand, last4 from payment_card where customer_id = :customer and removed_at is null`, { customer: scope.customerId }),
  ]);
  const today = todayOf(scope);
  const result: SaleFinance[] = [];
  for (const sale of sales) {
    const mine = installments.filter((i) => i.reservationId === sale.id);
    const saleBills = bills.filter((b) => b.reservationId === sale.id);
    const pending = requests.filter((r) => r.reservationId === sale.id);
    const facts = billing.get(sale.id);
    const issuing = new Set(pending.flatMap((r) => r.installmentIds));
    const hold = facts ? billingHold(facts, false) : null;
    const prepaymentNotice = words(!company.prepaymentAllowed ? say('A incorporadora não oferece antecipação de parcelas pelo portal.', 'The developer does not offer prepayment of installments through the portal.')
      : hold ? holdForCustomer(facts, false) : null);

    const byInstallment = new Map<string, BillRow[]>();
    for (const bill of saleBills) if (bill.installmentId) byInstallment.set(bill.installmentId, [...(byInstallment.get(bill.installmentId) ?? []), bill]);

    const plans = new Map<string, PlanView & { rows: InstallmentRow[] }>();
    for (const row of mine) {
      let plan = plans.get(row.planId);
      if (!plan) {
        const card = cards.find((c) => c.id === row.cardId);
        plan = { id: row.planId, series: row.series, paymentMethod: row.paymentMethod as PaymentMethod, cardLabel: card ? `${card.brand} final ${card.last4}` : null, summary: summaryOf([], today), installments: [], rows: [] };
        plans.set(row.planId, plan);
      }
      plan.rows.push(row);
      plan.installments.push(installmentView(row, byInstallment.get(row.id) ?? [], today, facts, issuing.has(row.id), company, prepaymentNotice === null, markAsPaid && sale.work, locale));
    }
    const planViews = [...plans.values()].map(({ rows, ...plan }) => ({ ...plan, summary: summaryOf(rows, today) }));
    const standaloneBills = saleBills.filter((b) => !b.installmentId).map((b) => billView(b, markAsPaid && sale.work));
    const notice = mine.length || standaloneBills.length ? null : words(await whyNothingShows(em, scope, sale.id));
    const taxYears = [...new Set(mine.filter((i) => i.paidAt).map((i) => Number(i.paidAt!.slice(0, 4))))].sort((a, b) => b - a);
    result.push({
      reservationId: sale.id, summary: summaryOf(mine, today), plans: planViews, standaloneBills, notice,
      statementUrl: financeUrls.statement(sale.id), taxYears, pendingRequests: pending.map(requestView),
      prepaymentAvailable: prepaymentNotice === null && mine.some((i) => !i.paidAt && i.dueDate > today), prepaymentNotice,
      paymentMethodChangeAvailable: company.cardPaymentAllowed, holder: sale.holder,
    });
  }
  return { unitId, sales: result, notice: null };
}

function installmentView(row: InstallmentRow, bills: BillRow[], today: string, billing: Parameters<typeof holdForCustomer>[0], issuing: boolean, company: Company, prepaymentOpen: boolean, canMark: boolean, locale: Locale): InstallmentView {
  const state = installmentState(row, today) as InstallmentStateEnum;
  const current = bills.filter((b) => !b.supersededById).at(-1) ?? null;
  const replaced = bills.filter((b) => b.supersededById);
  const overdue = state === InstallmentStateEnum.OVERDUE;
  const hold = state === InstallmentStateEnum.PAID ? null : holdForCustomer(billing, overdue);
  let billNotice: Said | null = null;
  if (state !== InstallmentStateEnum.PAID && !(current && current.status === 'OPEN')) {
    billNotice = issuing ? say('Emitindo o boleto: ele aparece aqui assim que a incorporadora emitir.', 'Issuing the bill: it appears here as soon as the developer issues it.')
      : hold ?? (overdue && company.secondCopyAllowed ? say('O boleto desta parcela venceu: peça a 2ª via.', 'This installment\'s bill is past due: ask for a reissued bill.')
        : say('O boleto desta parcela ainda não foi emitido.', 'This installment\'s bill has not been issued yet.'));
  }
  // A current bill still open and not yet due (a 2ª via already issued) is the one to pay: no other is asked for.
  const payableNow = current !== null && current.status === 'OPEN' && current.dueDate >= today;
  return {
    id: row.id, number: row.number, dueDate: row.dueDate, amount: money(row.amountCents),
    paidAmount: row.paidCents !== null ? money(row.paidCents) : null, paidAt: row.paidAt, state,
    currentBill: current ? billView(current, canMark) : null, replacedBills: replaced.map((b) => billView(b)), billNotice: billNotice ? inLocale(billNotice, locale) : null,
    canRequestSecondCopy: overdue && company.secondCopyAllowed && !issuing && !hold && !payableNow,
    issuing, prepayable: prepaymentOpen && !row.paidAt && row.dueDate > today && !issuing,
    receiptUrl: row.paidAt ? financeUrls.receipt(row.id) : null,
  };
}

export const requestView = (r: PendingRequest): FinanceRequestView => ({
  id: r.id, kind: r.kind, status: r.status, total: money(r.totalCents), presentValue: r.presentValueCents !== null ? money(r.presentValueCents) : null,
  createdAt: new Date(r.createdAt), billId: r.billId,
});
