import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../demo-pdf.js';

describe('the demo\'s PDFs are real PDFs', () => {
  it('a hand-written PDF is well formed: header, every cross-reference offset at its object, startxref at the table, the stream\'s length, the text', () => {
    const pdf = minimalPdf('Contrato de compra e venda — A-101 (cópia)', ['Comprador: Ana Souza', 'Ação: \\ ( ) 2ª via']);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    expect(pdf.length).toBeLessThan(2000);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n \n/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(7);
    entries.forEach((offset, i) => expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    // Each cross-reference line is exactly 20 bytes, as the format demands.
    expect(/xref\n0 8\n((?:.{18} \n){8})trailer/s.exec(text)).not.toBeNull();
    const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text)!;
    expect(Buffer.byteLength(stream[2]!, 'latin1')).toBe(Number(stream[1]));
    // WinAnsi: the em dash is 0x97, accents are latin1; parentheses and backslashes escaped.
    expect(stream[2]).toContain('(Contrato de compra e venda \x97 A-101 \\(c\xf3pia\\)) Tj');
    expect(stream[2]).toContain('(A\xe7\xe3o: \\\\ \\( \\) 2\xaa via) Tj');
  });
});
