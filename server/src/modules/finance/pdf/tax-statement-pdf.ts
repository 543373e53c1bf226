import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { listOf } from '../../../pt-br.js';
import { dateText, moneyText } from '../finance-words.js';
import { brandHeader, companyLine, customerBlock, documentText, footerOf, renderPdf, ROWS_LAYOUT, type Branding } from './layout.js';

export interface TaxStatementPdfInput {
  branding: Branding;
  year: number;
  customerName: string;
  customerDocument: string | null;
  developmentName: string;
  unitName: string;
  /** The series whose payments count, as the portal configures them ("Mensais", "Anuais"). */
  series: string[];
  rows: { series: string; number: number; dueDate: string; paidAt: string; paidCents: number }[];
  totalCents: number;
  generatedAt: Date;
}

/**
 * R-FIN-5: the Informe de rendimentos (Demonstrativo de IR) of a year — what the customer paid
 * for the unit in that year, installment by installment, who paid (CPF) and to whom (company and
 * CNPJ) — the figures the buyer copies into the income-tax return.
 */
export function taxStatementPdf(input: TaxStatementPdfInput): Promise<Buffer> {
  const { branding, year } = input;
  const body: TableCell[][] = [
    [head('Série'), head('Parcela'), head('Vencimento'), head('Pago em'), head('Valor pago', 'right')],
    ...input.rows.map((row): TableCell[] => [row.series, String(row.number), dateText(row.dueDate), dateText(row.paidAt), { text: moneyText(row.paidCents), alignment: 'right' }]),
    [{ text: `Total pago em ${year}`, colSpan: 4, bold: true }, {}, {}, {}, { text: moneyText(input.totalCents), alignment: 'right', bold: true }],
  ];
  const content: Content[] = [
    ...brandHeader(branding, `Informe de rendimentos ${year}`),
    { text: `Demonstrativo para o Imposto de Renda — pagamentos de 01/01/${year} a 31/12/${year}`, style: 'title', fontSize: 12, margin: [0, 0, 0, 10] },
    { text: 'Pagador', style: 'section', margin: [0, 0, 0, 4] },
    ...customerBlock(input),
    { text: 'Recebedor', style: 'section' },
    { text: companyLine(branding) },
    { text: `Pagamentos de ${input.series.length === 1 ? 'parcelas da série' : 'parcelas das séries'} ${listOf(input.series)}`, style: 'section' },
    input.rows.length > 0
      ? { table: { headerRows: 1, widths: ['*', 50, 70, 70, 90], body }, layout: ROWS_LAYOUT }
      : { text: `Nenhum pagamento destas séries em ${year}. Total pago em ${year}: ${moneyText(0)}.` },
    {
      text: `${branding.companyName} declara ter recebido de ${input.customerName}${input.customerDocument ? `, ${documentText(input.customerDocument)},` : ''} ` +
        `a quantia de ${moneyText(input.totalCents)} em ${year}, referente à unidade ${input.unitName} do empreendimento ${input.developmentName}.`,
      margin: [0, 14, 0, 0],
    },
  ];
  return renderPdf({
    info: { title: `Informe de rendimentos ${year} — ${input.customerName}`, author: branding.companyName, creator: branding.portalName },
    footer: footerOf(input.generatedAt),
    content,
  });
}

const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({ text, style: 'tableHead', alignment });
