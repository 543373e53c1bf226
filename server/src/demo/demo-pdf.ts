/**
 * A small, valid one-page PDF written by hand (no dependency): a title and some lines of text in
 * Helvetica, WinAnsi-encoded, with a correct cross-reference table. The demo's contract
 * documents and syndic files are made with it, a few hundred bytes each.
 */
export function minimalPdf(title: string, lines: readonly string[]): Buffer {
  const content = [
    'BT /F1 16 Tf 56 780 Td', `(${text(title)}) Tj`, 'ET',
    'BT /F2 11 Tf 56 748 Td 16 TL', ...lines.map((line, i) => `${i ? 'T* ' : ''}(${text(line)}) Tj`), 'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title (${text(title)}) /Producer (Habite) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** WinAnsi for the characters Portuguese text uses (latin1, plus dashes and quotes), PDF-escaped. */
const WIN_ANSI: Record<string, string> = { '—': '\x97', '–': '\x96', '“': '\x93', '”': '\x94', '‘': '\x91', '’': '\x92', '•': '\x95', '€': '\x80' };

function text(value: string): string {
  return [...value]
    .map((c) => WIN_ANSI[c] ?? (c.charCodeAt(0) <= 0xff ? c : '?'))
    .join('')
    .replace(/[\\()]/g, '\\$&');
}
