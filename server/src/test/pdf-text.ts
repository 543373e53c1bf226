import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What a person reads in a PDF: the text of every page, runs joined by spaces as a reader copies
 * them. pdf.js, pure JavaScript, so CI needs no poppler (`pdftotext`).
 */
export async function pdfText(bytes: Uint8Array | Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}
