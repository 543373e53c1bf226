import type { EntityManager } from '@mikro-orm/postgresql';
import type { Company } from '../modules/company/company.entity.js';
import type { Customer } from '../modules/customers/customer.entity.js';
import type { Reservation } from '../modules/customers/reservation.entity.js';
import type { Block } from '../modules/developments/block.entity.js';
import type { Development } from '../modules/developments/development.entity.js';
import { Bill, BillPayer, BillStatus } from '../modules/finance/bill.entity.js';
import { BillingBlock, BillingBlockSource } from '../modules/finance/billing-block.entity.js';
import { buildDigitableLine } from '../modules/finance/boleto.js';
import { saoPauloDate } from '../modules/finance/finance-words.js';
import { Installment } from '../modules/finance/installment.entity.js';
import { InstallmentPlan } from '../modules/finance/installment-plan.entity.js';
import { buildPixCode } from '../modules/finance/pix.js';
import { PrepaymentMethod } from '../modules/finance/prepayment-method.js';
import type { Portal } from '../modules/portal/portal.entity.js';
import type { Account } from '../modules/auth/account.entity.js';

/** A calendar date `days` from `from` (aaaa-mm-dd), and `months` later on the same day of the month (clamped). */
const addDays = (from: string, days: number) => saoPauloDate(new Date(new Date(`${from}T12:00:00-03:00`).getTime() + days * 86_400_000));
function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

interface Sale { reservation: Reservation; holder: Customer; development: Development; unitCode: string }

/**
 * SPEC §16 for money (issue 12, item 9): Ana's A-101 with a plan in every state — paid, overdue
 * with its bill reissued (R-FIN-9), due today with PIX, future — a standalone bill hidden by the
 * portal's setting (R-FIN-2), an unconfigured series paid last year (R-FIN-5); Marcos (Cônjuge)
 * sees the holder's bills and Rita (Procuradora) does not (R-FIN-3); Ana's Lote 7 whose sale
 * code the ERP sent wrong (R-FIN-1); Lara's Lote 9 under a billing block (R-FIN-10); the work's
 * bills by payer (R-FIN-7). The company allows 2ª via, antecipação at 1% a.m. and card payments.
 */
export function seedFinance(em: EntityManager, now: Date, ctx: {
  company: Company; portal: Portal; obraPortal: Portal; admin: Account;
  anaA101: Sale; anaLote7: Sale; laraLote9: Sale; casa: Sale; serenaQuadra: Block;
}): void {
  const { company, portal, obraPortal } = ctx;
  const today = saoPauloDate(now);
  const year = Number(today.slice(0, 4));
  company.erpCode = 'HZN';
  Object.assign(company, { secondCopyAllowed: true, prepaymentAllowed: true, prepaymentRateBasisPoints: 100, prepaymentMethod: PrepaymentMethod.COMPOUND, cardPaymentAllowed: true });
  Object.assign(portal, { associatesSeeHolderBills: true, showStandaloneBills: false, taxSeries: ['Entrada', 'Mensais', 'Chaves'] });
  Object.assign(obraPortal, { showCustomerPayments: true, showBuilderPayments: false });

  let seq = 0;
  const stamps = { createdAt: now, updatedAt: now };
  const codesOf = (sale: Sale, wrong: Partial<Record<'saleCode', string>> = {}) => ({
    companyCode: 'HZN', developmentCode: sale.development.erpCode, unitCode: sale.unitCode, customerCode: sale.holder.erpCode, saleCode: sale.reservation.erpCode, ...wrong,
  });
  const plan = (sale: Sale, series: string, code: string, wrong?: Partial<Record<'saleCode', string>>) =>
    em.create(InstallmentPlan, { company, reservation: sale.reservation, erpCode: code, series, ...codesOf(sale, wrong), ...stamps });
  const installment = (p: InstallmentPlan, sale: Sale, number: number, dueDate: string, amountCents: number, paidAt: string | null = null, wrong?: Partial<Record<'saleCode', string>>) =>
    em.create(Installment, {
      company, plan: p, erpCode: `${p.erpCode}-${String(number).padStart(3, '0')}`, number, dueDate, amountCents,
      paidCents: paidAt ? amountCents : null, paidAt, ...codesOf(sale, wrong), ...stamps,
    });
  const bill = (sale: Sale, of: Installment | null, options: { dueDate: string; amountCents: number; status?: BillStatus; supersededBy?: Bill | null; pix?: boolean; payer?: BillPayer; wrong?: Partial<Record<'saleCode', string>> }) => {
    const n = ++seq;
    const { digits } = buildDigitableLine({ bankCode: '341', freeField: `1090000${String(n).padStart(8, '0')}0123456789`.slice(0, 25), dueDate: options.dueDate, amountCents: options.amountCents });
    return em.create(Bill, {
      company, erpCode: `BOL-${String(n).padStart(5, '0')}`, installment: of, reservation: of ? null : sale.reservation, customer: sale.holder,
      dueDate: options.dueDate, amountCents: options.amountCents, digitableLine: digits, status: options.status ?? BillStatus.OPEN,
      pixCode: options.pix ? buildPixCode({ key: 'financeiro@horizonte.demo', merchantName: 'Horizonte Incorporadora', merchantCity: 'Sao Paulo', amountCents: options.amountCents, txid: `BOL${String(n).padStart(5, '0')}` }) : null,
      supersededBy: options.supersededBy ?? null, payer: options.payer ?? BillPayer.CUSTOMER, ...codesOf(sale, options.wrong), ...stamps,
    });
  };

  // Ana's A-101: Entrada and an Intermediária paid last year (Intermediárias is not among the
  // portal's tax series: last year's informe answers TAX_SERIES_NOT_CONFIGURED naming it).
  const a101 = ctx.anaA101;
  const entrada = plan(a101, 'Entrada', 'PL-A101-ENT');
  const paidEntrada = installment(entrada, a101, 1, `${year - 1}-03-10`, 4_500_000, `${year - 1}-03-08`);
  bill(a101, paidEntrada, { dueDate: paidEntrada.dueDate, amountCents: paidEntrada.amountCents, status: BillStatus.PAID });
  const intermediarias = plan(a101, 'Intermediárias', 'PL-A101-INT');
  const paidIntermediaria = installment(intermediarias, a101, 1, `${year - 1}-09-15`, 1_200_000, `${year - 1}-09-12`);
  bill(a101, paidIntermediaria, { dueDate: paidIntermediaria.dueDate, amountCents: paidIntermediaria.amountCents, status: BillStatus.PAID });
  const nextIntermediaria = installment(intermediarias, a101, 2, addMonths(today, 4), 1_200_000);
  bill(a101, nextIntermediaria, { dueDate: nextIntermediaria.dueDate, amountCents: nextIntermediaria.amountCents, pix: true });

  // Mensais: five paid this year, one overdue whose first bill was reissued (a 2ª via, itself past due now), one due today (PIX), then future ones.
  const mensais = plan(a101, 'Mensais', 'PL-A101-MEN');
  for (let k = -6; k <= 5; k++) {
    const number = k + 7;
    const dueDate = k === 0 ? today : addMonths(today, k);
    const paid = k <= -2;
    const i = installment(mensais, a101, number, dueDate, 245_000, paid ? addDays(dueDate, -2) : null);
    if (paid) bill(a101, i, { dueDate, amountCents: 245_000, status: BillStatus.PAID });
    else if (k === -1) {
      // Its 2ª via expired too (three days ago): the customer may ask for another.
      const reissue = bill(a101, i, { dueDate: addDays(today, -3), amountCents: 247_450, pix: true });
      bill(a101, i, { dueDate, amountCents: 245_000, status: BillStatus.CANCELLED, supersededBy: reissue });
    } else if (k === 0) bill(a101, i, { dueDate, amountCents: 245_000, pix: true });
    else if (k <= 2) bill(a101, i, { dueDate, amountCents: 245_000, pix: k === 1 });
  }
  const chaves = plan(a101, 'Chaves', 'PL-A101-CHV');
  installment(chaves, a101, 1, addMonths(today, 8), 9_800_000);
  // A standalone bill (boleto avulso: a condominium fee the developer advanced), hidden while the portal's setting is off (R-FIN-2).
  bill(a101, null, { dueDate: addDays(today, 12), amountCents: 68_900 });

  // Ana's Lote 7: the ERP sent its sale code wrong (R-FIN-1): nothing shows, and the explainer names the code.
  const lote7 = ctx.anaLote7;
  const wrong = { saleCode: 'VENDA-LOTE-07' };
  const lote7Plan = plan(lote7, 'Mensais', 'PL-L7-MEN', wrong);
  for (let k = 0; k < 3; k++) {
    const i = installment(lote7Plan, lote7, k + 1, addMonths(today, k + 1), 180_000, null, wrong);
    bill(lote7, i, { dueDate: i.dueDate, amountCents: 180_000, wrong });
  }

  // Lara's Lote 9: a staff billing block on Quadra 1 holds its open bills back, with a reason in words (R-FIN-10).
  const lote9 = ctx.laraLote9;
  const lote9Plan = plan(lote9, 'Mensais', 'PL-L9-MEN');
  for (let k = -2; k < 3; k++) {
    const dueDate = addMonths(today, k);
    const i = installment(lote9Plan, lote9, k + 3, dueDate, 150_000, k < 0 ? addDays(dueDate, -1) : null);
    bill(lote9, i, { dueDate, amountCents: 150_000, status: k < 0 ? BillStatus.PAID : BillStatus.OPEN });
  }
  em.create(BillingBlock, {
    company, development: lote9.development, block: ctx.serenaQuadra, source: BillingBlockSource.STAFF, createdBy: ctx.admin,
    reason: 'A Quadra 1 está em regularização de matrícula no cartório; os boletos voltam assim que o registro sair.', createdAt: new Date(now.getTime() - 3 * 86_400_000),
  });

  // The cost-plus work (R-FIN-7): measurements paid by the customer, and materials the builder pays (hidden by the work portal's payment display).
  const casa = ctx.casa;
  const medicoes = plan(casa, 'Medições da obra', 'PL-OBR-MED');
  for (let k = -1; k < 2; k++) {
    const dueDate = addMonths(today, k);
    const i = installment(medicoes, casa, k + 2, dueDate, 3_500_000, k < 0 ? dueDate : null);
    bill(casa, i, { dueDate, amountCents: 3_500_000, status: k < 0 ? BillStatus.PAID : BillStatus.OPEN, payer: BillPayer.CUSTOMER });
    bill(casa, i, { dueDate, amountCents: 820_000, status: k < 0 ? BillStatus.PAID : BillStatus.OPEN, payer: BillPayer.BUILDER });
  }
}
