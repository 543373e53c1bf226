import { dateText, moneyText } from '../finance-words.js';
import { brandHeader, companyLine, customerBlock, documentText, field, fieldRows, footerOf, renderPdf, type Branding } from './layout.js';

export interface ReceiptPdfInput {
  branding: Branding;
  customerName: string;
  customerDocument: string | null;
  developmentName: string;
  unitName: string;
  /** "Mensais — parcela 12", "Boleto avulso". */
  description: string;
  paidAt: string;
  paidCents: number;
  generatedAt: Date;
}

/** The recibo of one payment: who paid what, for which unit, on which day, and who received it. */
export function receiptPdf(input: ReceiptPdfInput): Promise<Buffer> {
  const { branding } = input;
  const payer = `${input.customerName}${input.customerDocument ? `, ${documentText(input.customerDocument)},` : ''}`;
  return renderPdf({
    info: { title: `Recibo — ${input.description}`, author: branding.companyName, creator: branding.portalName },
    footer: footerOf(input.generatedAt),
    content: [
      ...brandHeader(branding, 'Recibo'),
      ...fieldRows([
        { widths: ['*', 140], cells: [field('Referente a', input.description), field('Valor pago', moneyText(input.paidCents), { bold: true, fontSize: 11 })] },
        { widths: ['*', 140], cells: [field('Recebedor', companyLine(branding)), field('Pago em', dateText(input.paidAt), { bold: true })] },
      ]),
      ...customerBlock(input),
      {
        text: `Recebemos de ${payer} a quantia de ${moneyText(input.paidCents)}, referente a ${input.description}, da unidade ${input.unitName} ` +
          `do empreendimento ${input.developmentName}, paga em ${dateText(input.paidAt)}.`,
        margin: [0, 16, 0, 0],
      },
    ],
  });
}
