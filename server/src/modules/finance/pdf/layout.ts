import pdfmake from 'pdfmake';
import type { Content, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dateTimeText } from '../../../pt-br.js';

/**
 * What the finance PDFs share: pdfmake set up with the standard PDF fonts only (no font files,
 * nothing fetched), and the white-label header every document opens with.
 */

export interface Branding {
  portalName: string;
  /** #RRGGBB */
  primaryColor: string;
  companyName: string;
  /** CNPJ, formatted. */
  companyDocument: string | null;
}

export type InstallmentState = 'PAID' | 'OVERDUE' | 'DUE_TODAY' | 'OPEN';

/** Installment states as the customer reads them on paper (never the code). */
export const STATE_LABELS: Record<InstallmentState, { text: string; color: string }> = {
  PAID: { text: 'Paga', color: '#15803D' },
  OVERDUE: { text: 'Vencida', color: '#B91C1C' },
  DUE_TODAY: { text: 'Vence hoje', color: '#B45309' },
  OPEN: { text: 'A vencer', color: '#1F2937' },
};

/** The 14 standard PDF fonts live in every reader: the document embeds none and needs no file. */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

const INK = '#1F2937';
const MUTED = '#6B7280';
const FALLBACK_COLOR = '#1F2937';

const STYLES: StyleDictionary = {
  title: { fontSize: 14, bold: true },
  section: { fontSize: 10, bold: true, margin: [0, 12, 0, 4] },
  label: { fontSize: 7, color: MUTED, margin: [0, 0, 0, 1] },
  value: { fontSize: 9.5 },
  tableHead: { fontSize: 8, bold: true, color: MUTED },
  small: { fontSize: 7.5, color: MUTED },
};

/** pdfmake's document object is process-wide, so its policies are set again before each document. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  pdfmake.setFonts({ Helvetica: HELVETICA });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
  return pdfmake.createPdf({
    pageSize: 'A4',
    pageMargins: [40, 36, 40, 48],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, color: INK },
    styles: STYLES,
    ...definition,
  }).getBuffer();
}

/** The portal's name on a band of its primary colour, the document's title, and who issues it. */
export function brandHeader(branding: Branding, title: string): Content[] {
  const fill = /^#[0-9a-f]{6}$/i.test(branding.primaryColor) ? branding.primaryColor : FALLBACK_COLOR;
  const color = inkOn(fill);
  return [
    {
      table: {
        widths: ['*', 'auto'],
        body: [[
          { text: branding.portalName, fontSize: 15, bold: true, color, fillColor: fill, margin: [10, 8, 10, 8] },
          { text: title, fontSize: 11, bold: true, color, fillColor: fill, alignment: 'right', margin: [10, 11, 10, 8] },
        ]],
      },
      layout: 'noBorders',
    },
    { text: companyLine(branding), style: 'small', margin: [0, 4, 0, 10] },
  ];
}

/** "Construtora Horizonte Ltda. — CNPJ 12.345.678/0001-95". */
export const companyLine = (branding: Branding) => `${branding.companyName}${branding.companyDocument ? ` — CNPJ ${branding.companyDocument}` : ''}`;

/** A CPF has 11 digits, a CNPJ 14 characters (letters too, from 2026). */
const documentKind = (document: string) => (document.replace(/\W/g, '').length > 11 ? 'CNPJ' : 'CPF');

/** "CPF 529.982.247-25" or "CNPJ …"; empty without a document. */
export const documentText = (document: string | null): string => (document ? `${documentKind(document)} ${document}` : '');

/** A small grey label over its value, the way forms print a field (a cell of `fieldRows`). */
export const field = (label: string, value: string, extra: Partial<{ bold: boolean; fontSize: number }> = {}): TableCell => ({
  stack: [{ text: label, style: 'label' }, { text: value || '—', style: 'value', ...extra }],
  margin: [4, 3, 4, 3],
});

/** Boxes in a row: the fields of a form, lines between them. */
export function fieldRows(rows: { widths: (string | number)[]; cells: TableCell[] }[]): Content[] {
  return rows.map(({ widths, cells }) => ({
    table: { widths, body: [cells] },
    layout: { hLineColor: () => '#D1D5DB', vLineColor: () => '#D1D5DB', hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    margin: [0, 0, 0, -0.5],
  }));
}

/** The customer, the development and the unit, as every document names them. */
export function customerBlock(input: { customerName: string; customerDocument: string | null; developmentName: string; unitName: string }, extra: TableCell[] = []): Content[] {
  return fieldRows([
    { widths: ['*', 140], cells: [field('Cliente', input.customerName, { bold: true }), field(input.customerDocument ? documentKind(input.customerDocument) : 'CPF', input.customerDocument ?? '')] },
    { widths: ['*', 140, ...extra.map(() => 100)], cells: [field('Empreendimento', input.developmentName), field('Unidade', input.unitName), ...extra] },
  ]);
}

/** "Gerado em 31/03/2027 às 14:05" and the page count, at the foot of every page. */
export const footerOf = (generatedAt: Date) => (currentPage: number, pageCount: number): Content => ({
  columns: [
    { text: `Gerado em ${dateTimeText(generatedAt)}`, style: 'small' },
    { text: `Página ${currentPage} de ${pageCount}`, style: 'small', alignment: 'right' },
  ],
  margin: [40, 16, 40, 0],
});

/** Thin grey rules between rows, none at the sides: a table a person scans by row. */
export const ROWS_LAYOUT = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#D1D5DB',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** White or near-black text, whichever reads on the band (WCAG relative luminance). */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.179 ? '#111827' : '#FFFFFF';
}
