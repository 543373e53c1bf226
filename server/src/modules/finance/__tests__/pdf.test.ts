import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildPixCode } from '../pix.js';
import { barcodeSvg, billPdf, type BillPdfInput } from '../pdf/bill-pdf.js';
import { receiptPdf } from '../pdf/receipt-pdf.js';
import { statementPdf, type StatementRow } from '../pdf/statement-pdf.js';
import { taxStatementPdf } from '../pdf/tax-statement-pdf.js';

const branding = { portalName: 'Portal Horizonte', primaryColor: '#0E7490', companyName: 'Construtora Horizonte Ltda.', companyDocument: '12.345.678/0001-95' };
const customer = { customerName: 'Joana Souza', customerDocument: '529.982.247-25', developmentName: 'Residencial Jardim das Flores', unitName: 'Torre A — Apto 101' };
const generatedAt = new Date('2026-08-10T17:05:00Z');
const CODES = /\b(PAID|OVERDUE|DUE_TODAY|OPEN)\b/;

/**
 * What a person reads in a PDF: the text of every page (runs joined by spaces, as a reader copies
 * them), the page count, and the fill colours drawn. pdf.js, pure JavaScript, so CI needs no poppler.
 */
async function readPdf(pdf: Buffer) {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  const fills = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, i) => fn === OPS.setFillRGBColor && fills.add(String(ops.argsArray[i][0]).toLowerCase()));
  }
  await doc.destroy();
  return { text: texts.join(' ').replace(/\s+/g, ' '), pages: doc.numPages, fills };
}

/** Standard fonts only, nothing to fetch: no embedded font file, no link. */
function expectSelfContained(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  expect(raw).not.toMatch(/\/FontFile|\/URI|https?:\/\//);
  expect(raw).toMatch(/\/BaseFont \/Helvetica/);
}

/**
 * Reads an Interleaved 2 of 5 drawing back into digits: bars from the SVG paths (one path a bar
 * width), spaces between them; in each pair of digits the bars spell the first, the spaces the second.
 */
function decodeInterleaved2of5(svg: string): string {
  const bars = [...svg.matchAll(/stroke-width="([\d.]+)" d="([^"]+)"/g)]
    .flatMap(([, width, path]) => [...path!.matchAll(/M([\d.]+) /g)].map(([, x]) => ({ from: Number(x) - Number(width) / 2, width: Number(width) })))
    .sort((a, b) => a.from - b.from);
  const elements = bars.flatMap((bar, i) => (i === 0 ? [bar.width] : [bar.from - bars[i - 1]!.from - bars[i - 1]!.width, bar.width]));
  const narrow = Math.min(...elements);
  const wide = elements.map((w) => (w > narrow * 1.5 ? '1' : '0'));
  // Start: narrow bar, space, bar, space; stop: wide bar, narrow space, narrow bar.
  expect([wide.slice(0, 4).join(''), wide.slice(-3).join('')]).toEqual(['0000', '100']);
  const body = wide.slice(4, -3);
  const PATTERNS = ['00110', '10001', '01001', '11000', '00101', '10100', '01100', '00011', '10010', '01010'];
  let digits = '';
  for (let i = 0; i < body.length; i += 10) {
    const pair = body.slice(i, i + 10);
    digits += `${PATTERNS.indexOf(pair.filter((_, k) => k % 2 === 0).join(''))}${PATTERNS.indexOf(pair.filter((_, k) => k % 2 === 1).join(''))}`;
  }
  return digits;
}

describe('R-FIN-8: the boleto as a PDF', () => {
  const pixCode = buildPixCode({ key: 'financeiro@horizonte.com.br', merchantName: 'Construtora Horizonte', merchantCity: 'São Paulo', amountCents: 65161, txid: 'PARC12' });
  const bill: BillPdfInput = {
    branding, ...customer, description: 'Mensais — parcela 12', dueDate: '2026-08-06', amountCents: 65161,
    digitableLine: '00190000090246774200900003599172615300000065161', pixCode, superseded: false,
  };

  it('R-FIN-8: prints the line grouped as banks do, the value, the due date, who pays and who receives, and the PIX code', async () => {
    const pdf = await billPdf(bill);
    const { text, pages, fills } = await readPdf(pdf);
    expect(pages).toBe(1);
    for (const words of [
      'Portal Horizonte', 'Boleto', 'Construtora Horizonte Ltda. — CNPJ 12.345.678/0001-95', 'Joana Souza', '529.982.247-25',
      'Residencial Jardim das Flores', 'Torre A — Apto 101', 'Mensais — parcela 12', '06/08/2026', 'R$ 651,61',
      '00190.00009 02467.742009 00003.599172 6 15300000065161', 'PIX copia e cola',
    ]) expect(text).toContain(words);
    expect(text.replace(/\s/g, '')).toContain(pixCode.replace(/\s/g, ''));
    expect(text).not.toContain('SUBSTITUÍDO');
    expect(fills).toContain('#0e7490');
    expectSelfContained(pdf);
  });

  it('R-FIN-8: without a PIX code there is no PIX section', async () => {
    const { text } = await readPdf(await billPdf({ ...bill, pixCode: null, description: 'Boleto avulso' }));
    expect(text).toContain('Boleto avulso');
    expect(text).not.toContain('PIX');
  });

  it('R-FIN-8: a superseded boleto says, in a banner, not to pay it', async () => {
    const { text, fills } = await readPdf(await billPdf({ ...bill, superseded: true }));
    expect(text).toContain('SUBSTITUÍDO — não pague este boleto');
    expect(text).toContain('2ª via');
    expect(fills).toContain('#b91c1c');
  });

  it('R-FIN-8: the barcode is the Interleaved 2 of 5 of the 44-digit barcode, 103 × 13 mm', () => {
    const barcode = '00191917000000147800000003432568000001003517';
    const svg = barcodeSvg(barcode);
    expect(decodeInterleaved2of5(svg)).toBe(barcode);
    const [, , width, height] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
    expect(width! / height!).toBeCloseTo(103 / 13, 0);
  });

  it('R-FIN-8: a line whose check digits do not hold is not printed', async () => {
    await expect(billPdf({ ...bill, digitableLine: bill.digitableLine.replace('6153', '7153') })).rejects.toThrow('dígito verificador geral');
  });
});

describe('R-FIN-4: the extrato as a PDF', () => {
  const row = (series: string, number: number, state: StatementRow['state'], paid = state === 'PAID'): StatementRow => ({
    series, number, dueDate: `2026-${String(number).padStart(2, '0')}-10`, amountCents: 100000, paidCents: paid ? 100000 : null, paidAt: paid ? `2026-${String(number).padStart(2, '0')}-09` : null, state,
  });

  it('R-FIN-4: one table a series, states in words, subtotals and the totals', async () => {
    const rows = [row('Mensais', 1, 'PAID'), row('Mensais', 2, 'PAID'), row('Mensais', 3, 'PAID'), row('Mensais', 4, 'OVERDUE'), row('Mensais', 5, 'DUE_TODAY'), row('Mensais', 6, 'OPEN'), row('Anuais', 1, 'OPEN')];
    const pdf = await statementPdf({ branding, ...customer, saleCode: 'V-2024-0042', generatedAt, rows, totals: { paidCents: 300000, toPayCents: 400000, overdueCents: 100000 } });
    const { text, fills } = await readPdf(pdf);
    for (const words of [
      'Portal Horizonte', 'Extrato', 'Joana Souza', 'Residencial Jardim das Flores', 'Torre A — Apto 101', 'V-2024-0042',
      'Mensais — 6 parcelas', 'Anuais — 1 parcela', 'Paga', 'Vencida', 'Vence hoje', 'A vencer',
      'Total pago R$ 3.000,00', 'Total a pagar R$ 4.000,00', 'Total vencido R$ 1.000,00',
      'Total de Mensais R$ 6.000,00 R$ 3.000,00', 'Total de Anuais R$ 1.000,00 R$ 0,00',
      '09/01/2026', 'Gerado em 10/08/2026 às 14:05', 'Página 1 de 1',
    ]) expect(text).toContain(words);
    expect(text).not.toMatch(CODES);
    expect(text.indexOf('Mensais —')).toBeLessThan(text.indexOf('Anuais —'));
    expect(fills).toContain('#0e7490');
    expectSelfContained(pdf);
  });

  it('R-FIN-4: sixty installments run over pages, numbered, quickly', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i < 48 ? 'Mensais' : 'Anuais', (i % 12) + 1, i < 20 ? 'PAID' : 'OPEN'));
    const started = performance.now();
    const pdf = await statementPdf({ branding, ...customer, saleCode: null, generatedAt, rows, totals: { paidCents: 2_000_000, toPayCents: 4_000_000, overdueCents: 0 } });
    // Tens of milliseconds on a quiet machine; the bound only catches a layout gone quadratic.
    expect(performance.now() - started).toBeLessThan(2000);
    const { text, pages } = await readPdf(pdf);
    expect(pages).toBe(2);
    expect(text).toContain('Página 2 de 2');
    expect(text).toContain('Total pago R$ 20.000,00');
    expect(text).toContain('Mensais — 48 parcelas');
  });
});

describe('R-FIN-5: the Informe de rendimentos as a PDF', () => {
  it('R-FIN-5: who paid (CPF), to whom (CNPJ), the series, each payment of the year and the total', async () => {
    const rows = [1, 2, 3].map((number) => ({ series: 'Mensais', number, dueDate: `2025-0${number}-10`, paidAt: `2025-0${number}-08`, paidCents: 100000 }));
    const pdf = await taxStatementPdf({ branding, ...customer, year: 2025, series: ['Mensais', 'Anuais'], rows, totalCents: 300000, generatedAt });
    const { text } = await readPdf(pdf);
    for (const words of [
      'Portal Horizonte', 'Informe de rendimentos 2025', 'Imposto de Renda', '01/01/2025 a 31/12/2025',
      'Pagador', 'Joana Souza', '529.982.247-25', 'Recebedor', 'Construtora Horizonte Ltda. — CNPJ 12.345.678/0001-95',
      'séries Mensais e Anuais', 'Mensais 2 10/02/2025 08/02/2025 R$ 1.000,00', 'Total pago em 2025 R$ 3.000,00',
      'declara ter recebido de Joana Souza, CPF 529.982.247-25, a quantia de R$ 3.000,00 em 2025',
    ]) expect(text).toContain(words);
    expectSelfContained(pdf);
  });

  it('R-FIN-5: a year without payments says so, with a zero total', async () => {
    const { text } = await readPdf(await taxStatementPdf({ branding, ...customer, customerDocument: null, year: 2024, series: ['Mensais'], rows: [], totalCents: 0, generatedAt }));
    expect(text).toContain('Nenhum pagamento destas séries em 2024');
    expect(text).toContain('R$ 0,00');
    expect(text).toContain('série Mensais');
  });
});

describe('R-FIN-4: the recibo of a payment as a PDF', () => {
  it('R-FIN-4: who paid how much, for what, on which day, and who received it', async () => {
    const pdf = await receiptPdf({ branding, ...customer, description: 'Mensais — parcela 12', paidAt: '2026-08-05', paidCents: 300000, generatedAt });
    const { text } = await readPdf(pdf);
    for (const words of ['Recibo', 'Recebemos de Joana Souza, CPF 529.982.247-25, a quantia de R$ 3.000,00', 'Mensais — parcela 12', '05/08/2026', 'CNPJ 12.345.678/0001-95']) {
      expect(text).toContain(words);
    }
    expectSelfContained(pdf);
  });
});
