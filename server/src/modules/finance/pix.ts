import QRCode from 'qrcode';

/**
 * R-FIN-8: a PIX copy-and-paste code (BR Code, EMV): fields of id, two-digit length and value,
 * ending in the CRC16 field `6304XXXX` computed over everything before its value (CRC-16/CCITT-FALSE).
 */
export function pixCodeOf(text: string): string | null {
  const code = text.trim();
  if (code.length < 20 || code.length > 512 || !/^[\x20-\x7E]+$/.test(code)) return null;
  if (!code.startsWith('000201') || code.slice(-8, -4) !== '6304') return null;
  return crc16(code.slice(0, -4)) === code.slice(-4).toUpperCase() ? code : null;
}

export function crc16(payload: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(payload, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** What a valid PIX code says. A static code names the receiver's key; a dynamic one, the PSP's URL. */
export interface PixCode {
  code: string;
  key: string | null;
  url: string | null;
  merchantName: string;
  merchantCity: string;
  /** Null when the payer types the value, and in a dynamic code (the PSP's URL holds it). */
  amountCents: number | null;
  /** Null for the "***" that says there is none, and in a dynamic code. */
  txid: string | null;
}

export type PixCodeCheck = ({ ok: true } & PixCode) | { ok: false; reason: string };

const PIX_GUI = 'br.gov.bcb.pix';

/**
 * Reads a PIX copia e cola as the Central Bank's BR Code manual defines it: the EMV fields are
 * well formed, the CRC holds, and the mandatory fields are there (00 "01" first, a merchant
 * account template — ids 26 to 51 — with the GUI br.gov.bcb.pix and a key or a URL, 52, 53
 * "986", 58 "BR", 59, 60, 63 last). The 25- and 15-character limits of name and city bind whoever
 * makes a code; codes in the wild overrun them, so they are not refused here.
 */
export function parsePixCode(text: string): PixCodeCheck {
  const code = text.trim();
  const refuse = (reason: string): PixCodeCheck => ({ ok: false, reason });
  if (!code) return refuse('Informe o código PIX copia e cola.');
  const stray = /[^\x20-\x7E]/.exec(code);
  if (stray) return refuse(`O código PIX tem só letras sem acento, números e símbolos; veio "${stray[0]}".`);
  if (code.length > 512) return refuse('O código PIX tem mais de 512 caracteres.');
  const fields = fieldsOf(code);
  if (typeof fields === 'string') return refuse(fields);
  const ids = [...fields.keys()];
  if (ids[0] !== '00' || fields.get('00') !== '01') return refuse('O código PIX não começa pelo formato do BR Code (000201).');
  if (ids.at(-1) !== '63' || !/^[0-9A-Fa-f]{4}$/.test(fields.get('63')!)) return refuse('O código PIX não termina no CRC (6304 e mais 4 caracteres).');
  if (crc16(code.slice(0, -4)) !== code.slice(-4).toUpperCase()) return refuse('O CRC do código PIX não confere: o código foi alterado ou copiado pela metade.');
  const initiation = fields.get('01');
  if (initiation !== undefined && initiation !== '11' && initiation !== '12') return refuse('O método de iniciação do código PIX (campo 01) não é 11 nem 12.');

  let account: Map<string, string> | undefined;
  for (const id of ids.filter((i) => i >= '26' && i <= '51')) {
    const template = fieldsOf(fields.get(id)!);
    if (typeof template === 'string') return refuse(`O campo ${id} do código PIX está quebrado.`);
    if (template.get('00')?.toLowerCase() === PIX_GUI) account = template;
  }
  if (!account) return refuse(`O código PIX não traz a conta do recebedor (${PIX_GUI}).`);
  const key = account.get('01') ?? null;
  const url = account.get('25') ?? null;
  if ((key === null) === (url === null)) return refuse('O código PIX deve trazer a chave ou a URL do recebedor, e só uma delas.');
  if (!/^\d{4}$/.test(fields.get('52') ?? '')) return refuse('O código PIX não traz a categoria do recebedor (campo 52).');
  if (fields.get('53') !== '986') return refuse('O código PIX não é em reais (moeda 986).');
  if (fields.get('58') !== 'BR') return refuse('O código PIX não é do Brasil (país BR).');
  const merchantName = fields.get('59')?.trim();
  if (!merchantName) return refuse('O código PIX não traz o nome do recebedor.');
  const merchantCity = fields.get('60')?.trim();
  if (!merchantCity) return refuse('O código PIX não traz a cidade do recebedor.');

  let amountCents: number | null = null;
  const amount = fields.get('54');
  if (amount !== undefined) {
    const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(amount);
    if (!match) return refuse(`O valor do código PIX não é um número como 1234.56; veio "${amount}".`);
    amountCents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
    if (amountCents === 0) return refuse('O valor do código PIX é zero.');
  }
  let txid: string | null = null;
  const extra = fields.get('62');
  if (extra !== undefined) {
    const additional = fieldsOf(extra);
    if (typeof additional === 'string') return refuse('O campo 62 do código PIX está quebrado.');
    const id = additional.get('05');
    txid = id && id !== '***' ? id : null;
  }
  // The manual: a dynamic code's amount and txid are the ones its URL answers, not the ones it carries.
  return { ok: true, code, key, url, merchantName, merchantCity, amountCents: url ? null : amountCents, txid: url ? null : txid };
}

/**
 * A static PIX code for a key, as a bank app expects to read it. Name and city are folded to
 * upper-case ASCII and cut to the manual's limits (25 and 15 characters); without a txid the
 * code carries "***", the manual's "none".
 */
export function buildPixCode(input: { key: string; merchantName: string; merchantCity: string; amountCents?: number | null; txid?: string | null }): string {
  const key = input.key.trim();
  if (!key || key.length > 77 || !/^[\x20-\x7E]+$/.test(key)) throw new RangeError(`Chave PIX inválida: ${input.key}`);
  const merchantName = plainText(input.merchantName, 25);
  const merchantCity = plainText(input.merchantCity, 15);
  if (!merchantName || !merchantCity) throw new RangeError('O código PIX precisa do nome e da cidade do recebedor.');
  const { amountCents, txid } = input;
  if (amountCents != null && (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > 99_999_999_999)) throw new RangeError(`Valor inválido para PIX: ${amountCents}`);
  if (txid != null && !/^[A-Za-z0-9]{1,25}$/.test(txid)) throw new RangeError(`O txid tem de 1 a 25 letras e números: ${txid}`);
  const payload =
    tlv('00', '01') +
    tlv('26', tlv('00', PIX_GUI) + tlv('01', key)) +
    tlv('52', '0000') +
    tlv('53', '986') +
    (amountCents != null ? tlv('54', `${Math.trunc(amountCents / 100)}.${String(amountCents % 100).padStart(2, '0')}`) : '') +
    tlv('58', 'BR') +
    tlv('59', merchantName) +
    tlv('60', merchantCity) +
    tlv('62', tlv('05', txid ?? '***')) +
    '6304';
  return payload + crc16(payload);
}

/** The QR code of a PIX code as an SVG document, self-contained (no links, no fonts). */
export function pixQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

/** The fields of an EMV payload in order, or why it does not read as one. */
function fieldsOf(text: string): Map<string, string> | string {
  const fields = new Map<string, string>();
  for (let at = 0; at < text.length; ) {
    const head = text.slice(at, at + 4);
    const end = at + 4 + Number(head.slice(2));
    if (!/^\d{4}$/.test(head) || end > text.length) return `O código PIX está quebrado a partir do ${at + 1}º caractere: cada campo tem 2 dígitos de identificação, 2 de tamanho e o valor.`;
    if (fields.has(head.slice(0, 2))) return `O campo ${head.slice(0, 2)} aparece duas vezes no código PIX.`;
    fields.set(head.slice(0, 2), text.slice(at + 4, end));
    at = end;
  }
  return fields;
}

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`O campo ${id} do código PIX passa de 99 caracteres.`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Upper-case printable ASCII without accents ("São Paulo" → "SAO PAULO"), cut to `max`. */
function plainText(text: string, max: number): string {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7E]/g, '').replace(/\s+/g, ' ');
  return ascii.trim().toUpperCase().slice(0, max).trimEnd();
}
