import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, DomainError, NotFoundError } from '../../domain-errors.js';
import { Company } from '../company/company.entity.js';
import type { Portal } from '../portal/portal.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { documentFormatted } from './finance-words.js';
import { installmentState, todayOf, visibleBills, visibleInstallments, type InstallmentRow } from './finance.service.js';
import { billPdf } from './pdf/bill-pdf.js';
import type { Branding } from './pdf/layout.js';
import { receiptPdf } from './pdf/receipt-pdf.js';
import { statementPdf } from './pdf/statement-pdf.js';
import { taxStatementPdf } from './pdf/tax-statement-pdf.js';

/** R-FIN-5: the income-tax statement of a year cannot sum a series the portal does not list. */
export class TaxSeriesNotConfiguredError extends DomainError {
  constructor(year: number, series: string[]) {
    const named = series.map((s) => `"${s}"`).join(', ');
    super('TAX_SERIES_NOT_CONFIGURED',
      `O informe de rendimentos de ${year} ainda não pode ser gerado: ${series.length === 1 ? 'a série' : 'as séries'} ${named} ${series.length === 1 ? 'não está configurada' : 'não estão configuradas'} no portal. A incorporadora precisa incluí-${series.length === 1 ? 'la' : 'las'} nas configurações financeiras; fale com ela.`,
      { field: 'year', series, year });
  }
}

interface SalePeople { customerName: string; customerDocument: string | null; developmentName: string; unitName: string; saleCode: string | null }

/** The names a document prints about a sale: its holder (the financial owner), development and unit. */
async function salePeople(em: EntityManager, reservationId: string): Promise<SalePeople> {
  const [row] = await query<SalePeople>(em, `select h.name as "customerName", h.document as "customerDocument", d.name as "developmentName", u.name as "unitName", r.erp_code as "saleCode"
      from reservation r join customer h on h.id = r.holder_id join unit u on u.id = r.unit_id join development d on d.id = u.development_id where r.id = :id`, { id: reservationId });
  return { ...row!, customerDocument: documentFormatted(row!.customerDocument) };
}

export async function brandingOf(em: EntityManager, portal: Portal): Promise<Branding> {
  const company = await em.findOneOrFail(Company, portal.company.id);
  return { portalName: portal.whiteLabelName || portal.name, primaryColor: portal.primaryColor || '#1D4ED8', companyName: company.name, companyDocument: documentFormatted(company.document) };
}

/** The sale's installments the customer sees; a sale they see nothing of is NOT_FOUND (R-FIN-1, R-FIN-3: hidden is missing). */
async function saleInstallments(em: EntityManager, scope: ViewerScope, reservationId: string, forStatement = false): Promise<InstallmentRow[]> {
  const rows = await visibleInstallments(em, scope, [reservationId], undefined, forStatement);
  if (!rows.length) throw new NotFoundError('Reserva');
  return rows;
}

/** R-FIN-4: the statement (extrato) of a sale, as PDF: every installment the customer sees, by series, with totals. */
export async function statementDocument(em: EntityManager, scope: ViewerScope, portal: Portal, reservationId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const rows = await saleInstallments(em, scope, reservationId, true);
  const today = todayOf(scope);
  const people = await salePeople(em, reservationId);
  let paidCents = 0, toPayCents = 0, overdueCents = 0;
  const statementRows = rows.map((r) => {
    const state = installmentState(r, today);
    if (state === 'PAID') paidCents += r.paidCents ?? r.amountCents;
    else toPayCents += r.amountCents;
    if (state === 'OVERDUE') overdueCents += r.amountCents;
    return { series: r.series, number: r.number, dueDate: r.dueDate, amountCents: r.amountCents, paidCents: r.paidCents, paidAt: r.paidAt, state };
  });
  const pdf = await statementPdf({ branding: await brandingOf(em, portal), ...people, generatedAt: scope.now, rows: statementRows, totals: { paidCents, toPayCents, overdueCents } });
  return { pdf, fileName: `extrato-${slug(people.unitName)}.pdf` };
}

/** R-FIN-5: what the informe of a year sums, or TAX_SERIES_NOT_CONFIGURED naming the series that stop it. */
export async function taxStatementOf(em: EntityManager, scope: ViewerScope, portal: Portal, reservationId: string, year: number) {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new BadInputError('year', 'Informe um ano com quatro dígitos.');
  const rows = (await saleInstallments(em, scope, reservationId)).filter((r) => r.paidAt?.startsWith(`${year}-`));
  if (!rows.length) throw new BadInputError('year', `Não há pagamentos desta compra em ${year}.`);
  const configured = new Set(portal.taxSeries.map((s) => s.trim().toLowerCase()));
  const missing = [...new Set(rows.map((r) => r.series))].filter((s) => !configured.has(s.trim().toLowerCase()));
  if (missing.length) throw new TaxSeriesNotConfiguredError(year, missing);
  const totalCents = rows.reduce((sum, r) => sum + (r.paidCents ?? 0), 0);
  return { year, rows, totalCents, series: [...new Set(rows.map((r) => r.series))] };
}

export async function taxStatementDocument(em: EntityManager, scope: ViewerScope, portal: Portal, reservationId: string, year: number): Promise<{ pdf: Buffer; fileName: string }> {
  const statement = await taxStatementOf(em, scope, portal, reservationId, year);
  const people = await salePeople(em, reservationId);
  const pdf = await taxStatementPdf({
    branding: await brandingOf(em, portal), year, ...people, series: statement.series, totalCents: statement.totalCents, generatedAt: scope.now,
    rows: statement.rows.map((r) => ({ series: r.series, number: r.number, dueDate: r.dueDate, paidAt: r.paidAt!, paidCents: r.paidCents ?? 0 })),
  });
  return { pdf, fileName: `informe-de-rendimentos-${year}-${slug(people.unitName)}.pdf` };
}

/** R-FIN-8: one bill the customer sees, as the bank's boleto (barcode, line, PIX). */
export async function billDocument(em: EntityManager, scope: ViewerScope, portal: Portal, billId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const [bill] = await visibleBills(em, scope, undefined, [billId]);
  if (!bill || !bill.reservationId) throw new NotFoundError('Boleto');
  const people = await salePeople(em, bill.reservationId);
  const [installment] = bill.installmentId ? await visibleInstallments(em, scope, undefined, [bill.installmentId]) : [];
  const description = installment ? `${installment.series} — parcela ${installment.number}` : 'Boleto avulso';
  const pdf = await billPdf({
    branding: await brandingOf(em, portal), ...people, description, dueDate: bill.dueDate, amountCents: bill.amountCents,
    digitableLine: bill.digitableLine, pixCode: bill.pixCode, superseded: bill.supersededById !== null,
  });
  return { pdf, fileName: `boleto-${bill.dueDate}.pdf` };
}

/** A receipt (recibo) of a paid installment the customer sees. */
export async function receiptDocument(em: EntityManager, scope: ViewerScope, portal: Portal, installmentId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const [installment] = await visibleInstallments(em, scope, undefined, [installmentId]);
  if (!installment?.paidAt) throw new NotFoundError('Parcela');
  const people = await salePeople(em, installment.reservationId);
  const pdf = await receiptPdf({
    branding: await brandingOf(em, portal), ...people, description: `${installment.series} — parcela ${installment.number}`,
    paidAt: installment.paidAt, paidCents: installment.paidCents ?? installment.amountCents, generatedAt: scope.now,
  });
  return { pdf, fileName: `recibo-${installment.series.toLowerCase().replace(/\W+/g, '-')}-${installment.number}.pdf` };
}

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unidade';
