import bwipjs from 'bwip-js';
import type { Content } from 'pdfmake/interfaces.js';
import { formatDigitableLine, parseDigitableLine } from '../boleto.js';
import { dateText, moneyText } from '../finance-words.js';
import { pixQrSvg } from '../pix.js';
import { brandHeader, companyLine, customerBlock, field, fieldRows, renderPdf, type Branding } from './layout.js';

export interface BillPdfInput {
  branding: Branding;
  customerName: string;
  customerDocument: string | null;
  developmentName: string;
  unitName: string;
  /** "Mensais — parcela 12", "Boleto avulso". */
  description: string;
  dueDate: string;
  amountCents: number;
  /** 47 digits. */
  digitableLine: string;
  pixCode: string | null;
  /** R-FIN-9: replaced by a 2ª via; printed under a banner that says not to pay it. */
  superseded: boolean;
}

/** FEBRABAN's barcode: 103 mm wide, 13 mm tall. */
const BARCODE_MM = { width: 103, height: 13 };
const PT_PER_MM = 72 / 25.4;

/**
 * R-FIN-8: the boleto as the customer prints or opens it in the bank app: the linha digitável as
 * banks group it, its Interleaved 2 of 5 barcode, and the PIX QR code and copia e cola when the
 * bill has one.
 */
export async function billPdf(input: BillPdfInput): Promise<Buffer> {
  const line = parseDigitableLine(input.digitableLine, { near: input.dueDate });
  if (!line.ok) throw new RangeError(`Linha digitável inválida: ${line.reason}`);
  const content: Content[] = [...brandHeader(input.branding, 'Boleto')];
  if (input.superseded) content.push(SUPERSEDED_BANNER);
  content.push(
    ...fieldRows([
      { widths: ['*', 140], cells: [field('Beneficiário', companyLine(input.branding)), field('Vencimento', dateText(input.dueDate), { bold: true, fontSize: 11 })] },
      { widths: ['*', 140], cells: [field('Referente a', input.description), field('Valor do documento', moneyText(input.amountCents), { bold: true, fontSize: 11 })] },
    ]),
    ...customerBlock(input),
    { text: `Linha digitável — banco ${line.bankCode}`, style: 'label', margin: [0, 14, 0, 2] },
    { text: formatDigitableLine(line.digits), fontSize: 12.5, bold: true, characterSpacing: 0.3 },
    { svg: barcodeSvg(line.barcode), width: BARCODE_MM.width * PT_PER_MM, margin: [0, 10, 0, 0] },
  );
  if (input.pixCode) content.push(await pixBlock(input.pixCode));
  return renderPdf({
    info: { title: `Boleto — ${input.description}`, author: input.branding.companyName, creator: input.branding.portalName },
    ...(input.superseded ? { watermark: { text: 'SUBSTITUÍDO', color: '#B91C1C', opacity: 0.12, bold: true } } : {}),
    content,
  });
}

const SUPERSEDED_BANNER: Content = {
  table: {
    widths: ['*'],
    body: [[{
      stack: [
        { text: 'SUBSTITUÍDO — não pague este boleto', fontSize: 14, bold: true },
        { text: 'Este boleto foi substituído por uma 2ª via. Pague o boleto atual, que está no portal.', fontSize: 9 },
      ],
      color: '#FFFFFF', fillColor: '#B91C1C', margin: [10, 8, 10, 8],
    }]],
  },
  layout: 'noBorders',
  margin: [0, 0, 0, 10],
};

/**
 * The 44-digit barcode as bwip-js draws it, in vectors (SVG). Interleaved 2 of 5 with wide bars
 * three narrow ones wide takes 9 narrow widths a digit plus 9 for start and stop; bwip-js draws a
 * narrow width as 1 pt, so the bar height is chosen for the drawing to come out 103 × 13 mm once
 * scaled to 103 mm wide.
 */
export function barcodeSvg(barcode: string): string {
  const naturalWidthMm = (9 * barcode.length + 9) / PT_PER_MM;
  return bwipjs.toSVG({ bcid: 'interleaved2of5', text: barcode, height: (BARCODE_MM.height * naturalWidthMm) / BARCODE_MM.width, includetext: false });
}

async function pixBlock(code: string): Promise<Content> {
  return {
    margin: [0, 18, 0, 0],
    columns: [
      { svg: await pixQrSvg(code), width: 110 },
      {
        width: '*',
        margin: [12, 6, 0, 0],
        stack: [
          { text: 'Pague com PIX', style: 'section', margin: [0, 0, 0, 4] },
          { text: 'No app do seu banco, escolha pagar com PIX e leia o QR code, ou cole o código abaixo.', margin: [0, 0, 0, 6] },
          { text: 'PIX copia e cola', style: 'label' },
          { text: code, fontSize: 7.5 },
        ],
      },
    ],
  };
}
