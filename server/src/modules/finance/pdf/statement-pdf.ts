import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { dateTimeText } from '../../../pt-br.js';
import { dateText, moneyText } from '../finance-words.js';
import { brandHeader, customerBlock, field, fieldRows, footerOf, renderPdf, ROWS_LAYOUT, STATE_LABELS, type Branding, type InstallmentState } from './layout.js';

export interface StatementRow {
  series: string;
  number: number;
  dueDate: string;
  amountCents: number;
  paidCents: number | null;
  paidAt: string | null;
  state: InstallmentState;
}

export interface StatementPdfInput {
  branding: Branding;
  customerName: string;
  customerDocument: string | null;
  developmentName: string;
  unitName: string;
  saleCode: string | null;
  generatedAt: Date;
  rows: StatementRow[];
  totals: { paidCents: number; toPayCents: number; overdueCents: number };
}

/**
 * R-FIN-4: the extrato of a sale — every installment, one table per series in the order the
 * rows come, each with its subtotal — and the totals paid, to pay and overdue at the top.
 */
export function statementPdf(input: StatementPdfInput): Promise<Buffer> {
  const bySeries = new Map<string, StatementRow[]>();
  for (const row of input.rows) bySeries.set(row.series, [...(bySeries.get(row.series) ?? []), row]);
  const content: Content[] = [
    ...brandHeader(input.branding, 'Extrato'),
    ...customerBlock(input, input.saleCode ? [field('Venda', input.saleCode)] : []),
    { text: `Posição em ${dateTimeText(input.generatedAt)}`, style: 'small', margin: [0, 6, 0, 0] },
    {
      margin: [0, 8, 0, 4],
      stack: fieldRows([{
        widths: ['*', '*', '*'],
        cells: [
          field('Total pago', moneyText(input.totals.paidCents), { bold: true, fontSize: 11 }),
          field('Total a pagar', moneyText(input.totals.toPayCents), { bold: true, fontSize: 11 }),
          field('Total vencido', moneyText(input.totals.overdueCents), { bold: true, fontSize: 11 }),
        ],
      }]),
    },
    ...[...bySeries].map(([series, rows]) => seriesTable(series, rows)),
  ];
  if (input.rows.length === 0) content.push({ text: 'Nenhuma parcela nesta venda.', margin: [0, 12, 0, 0] });
  return renderPdf({
    info: { title: `Extrato — ${input.developmentName}, ${input.unitName}`, author: input.branding.companyName, creator: input.branding.portalName },
    footer: footerOf(input.generatedAt),
    content,
  });
}

const HEAD = ['Parcela', 'Vencimento', 'Valor', 'Pago em', 'Valor pago', 'Situação'];
const RIGHT = new Set([2, 4]);

function seriesTable(series: string, rows: StatementRow[]): Content {
  const cell = (text: string, column: number, extra: object = {}): TableCell => ({ text, alignment: RIGHT.has(column) ? 'right' : 'left', ...extra });
  const body: TableCell[][] = [
    HEAD.map((text, column) => cell(text, column, { style: 'tableHead' })),
    ...rows.map((row) => [
      cell(String(row.number), 0),
      cell(dateText(row.dueDate), 1),
      cell(moneyText(row.amountCents), 2),
      cell(row.paidAt ? dateText(row.paidAt) : '—', 3),
      cell(row.paidCents === null ? '—' : moneyText(row.paidCents), 4),
      cell(STATE_LABELS[row.state].text, 5, { color: STATE_LABELS[row.state].color, bold: row.state !== 'OPEN' }),
    ]),
    [
      cell(`Total de ${series}`, 0, { colSpan: 2, bold: true }), {},
      cell(moneyText(sum(rows, (r) => r.amountCents)), 2, { bold: true }),
      {},
      cell(moneyText(sum(rows, (r) => r.paidCents ?? 0)), 4, { bold: true }),
      {},
    ],
  ];
  return {
    stack: [
      { text: `${series} — ${rows.length === 1 ? '1 parcela' : `${rows.length} parcelas`}`, style: 'section' },
      { table: { headerRows: 1, widths: [45, 70, '*', 70, '*', 70], body }, layout: ROWS_LAYOUT },
    ],
  };
}

const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);
