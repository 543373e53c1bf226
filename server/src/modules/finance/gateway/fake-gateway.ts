import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKENS_PATH, type ErrorResponse, type GatewayErrorCode, type TokenResponse, type WireBrand } from './protocol.js';

/**
 * R-FIN-6: a card-tokenisation gateway in this process, speaking protocol.ts over real HTTP on
 * 127.0.0.1 — what the tests and the demo server talk to instead of Pagar.me. It judges a card
 * as a gateway does (length and Luhn, expiry against the current month in São Paulo, CVV length,
 * brand from the BIN) and keeps nothing but token → brand and last four digits, in memory.
 * It logs nothing and never echoes a card number or CVV.
 *
 * Test cards (any holder name, a future expiry, a CVV of the right length):
 *   4111 1111 1111 1111  Visa              5555 5555 5555 4444  Mastercard
 *   2223 0031 2200 3222  Mastercard (2-series)   6362 9700 0045 7013  Elo
 *   5067 2242 7580 5500  Elo               3782 822463 10005    Amex (CVV of 4 digits)
 *   6062 8256 2425 4001  Hipercard
 *   4000 0000 0000 0002  declined by the issuer → 402 card_declined
 *   4000 0000 0000 0119  the gateway fails      → 500 processing_error
 */
export interface FakeGateway {
  /** Base URL, e.g. http://127.0.0.1:41234 — give it to httpGateway({ url }). */
  url: string;
  /** Tokens issued so far: all the gateway remembers of a card. */
  tokens: Map<string, StoredCard>;
  close(): Promise<void>;
}

export interface StoredCard {
  brand: WireBrand | 'other';
  last4: string;
}

export const DECLINED_CARD = '4000000000000002';
export const FAILING_CARD = '4000000000000119';

const MAX_BODY_BYTES = 16 * 1024;

export async function startFakeGateway({ port = 0, secretKey }: { port?: number; secretKey: string }): Promise<FakeGateway> {
  if (!secretKey) throw new Error('startFakeGateway: a secretKey is required');
  const tokens = new Map<string, StoredCard>();
  const expected = digest(`Bearer ${secretKey}`);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => (res.headersSent ? res.destroy() : refuse(res, 500, 'processing_error', 'Internal error.')));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path !== TOKENS_PATH) return refuse(res, 404, 'not_found', `No route ${path}.`);
    if (!timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) return refuse(res, 401, 'unauthorized', 'Missing or invalid API key.');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return refuse(res, 405, 'method_not_allowed', 'Use POST.');
    }
    const text = await readBody(req);
    if (text === null) return refuse(res, 413, 'request_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(res, 400, 'invalid_request', 'The body is not valid JSON.');
    }
    const card = cardOf(body);
    if (!card) return refuse(res, 400, 'invalid_request', 'Expected { type: "card", card: { number, holder_name, exp_month, exp_year, cvv } }.');

    const verdict = judge(card);
    if ('code' in verdict) return refuse(res, verdict.status, verdict.code, verdict.message);
    const id = `tok_${randomBytes(18).toString('base64url')}`;
    tokens.set(id, { brand: verdict.brand, last4: card.number.slice(-4) });
    const answer: TokenResponse = {
      id,
      type: 'card',
      created_at: new Date().toISOString(),
      card: { brand: verdict.brand, last_four_digits: card.number.slice(-4), exp_month: card.exp_month, exp_year: verdict.expYear, holder_name: card.holder_name.trim() },
    };
    send(res, 200, answer);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    tokens,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (fetch keeps them) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

interface WireCard {
  number: string;
  holder_name: string;
  exp_month: number;
  exp_year: number;
  cvv: string;
}

type Verdict = { brand: WireBrand | 'other'; expYear: number } | { status: number; code: GatewayErrorCode; message: string };

/** The gateway's checks, in the order a gateway reports them; the first failure wins. */
function judge(card: WireCard): Verdict {
  const fail = (code: GatewayErrorCode, message: string, status = 400): Verdict => ({ status, code, message });
  if (!/^\d{13,19}$/.test(card.number) || !luhn(card.number)) return fail('invalid_number', 'The card number is not a valid card number.');
  const brand = brandOf(card.number);
  if (brand === 'amex' && card.number.length !== 15) return fail('invalid_number', 'The card number is not a valid card number.');
  if (!/^[\p{L}][\p{L} .'-]{1,63}$/u.test(card.holder_name.trim())) return fail('invalid_holder_name', 'The holder name is missing or has invalid characters.');
  const now = currentMonth();
  const expYear = card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year;
  if (!Number.isInteger(card.exp_month) || card.exp_month < 1 || card.exp_month > 12 || !Number.isInteger(expYear) || expYear < 2000 || expYear > now.year + 20) {
    return fail('invalid_expiry', 'The expiration month or year is invalid.');
  }
  if (expYear < now.year || (expYear === now.year && card.exp_month < now.month)) return fail('expired_card', 'The card has expired.');
  if (!(brand === 'amex' ? /^\d{4}$/ : /^\d{3}$/).test(card.cvv)) return fail('invalid_cvv', "The card's security code is invalid.");
  if (card.number === DECLINED_CARD) return fail('card_declined', 'The card was declined by the issuer.', 402);
  if (card.number === FAILING_CARD) return fail('processing_error', 'An error occurred while processing the card.', 500);
  return { brand, expYear };
}

function cardOf(body: unknown): WireCard | null {
  if (typeof body !== 'object' || body === null || (body as { type?: unknown }).type !== 'card') return null;
  const card = (body as { card?: unknown }).card as Partial<Record<keyof WireCard, unknown>> | undefined;
  if (typeof card !== 'object' || card === null) return null;
  const { number, holder_name, exp_month, exp_year, cvv } = card;
  if (typeof number !== 'string' || typeof holder_name !== 'string' || typeof exp_month !== 'number' || typeof exp_year !== 'number' || typeof cvv !== 'string') return null;
  return { number, holder_name, exp_month, exp_year, cvv };
}

/** Luhn (mod 10): every second digit from the right doubled, digits summed, a multiple of 10. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Elo's issuer BINs (six digits, single or ranges), as the brand publishes them to acquirers.
 * Checked first: several sit inside Visa's 4 and Discover's 65 ranges.
 */
const ELO_BINS: readonly (readonly [number, number])[] = [
  [401178, 401179], [431274, 431274], [438935, 438935], [451416, 451416], [457393, 457393], [457631, 457632],
  [504175, 504175], [506699, 506778], [509000, 509999], [627780, 627780], [636297, 636297], [636368, 636368],
  [650031, 650033], [650035, 650051], [650405, 650439], [650485, 650538], [650541, 650598], [650700, 650718],
  [650720, 650727], [650901, 650978], [651652, 651679], [655000, 655019], [655021, 655058],
];

/** The brand from the BIN (the first digits). */
export function brandOf(number: string): WireBrand | 'other' {
  const bin6 = Number(number.slice(0, 6));
  const bin4 = Number(number.slice(0, 4));
  const bin2 = Number(number.slice(0, 2));
  if (ELO_BINS.some(([from, to]) => bin6 >= from && bin6 <= to)) return 'elo';
  if (bin6 === 606282 || bin6 === 384100 || bin6 === 384140 || bin6 === 384160) return 'hipercard';
  if (bin2 === 34 || bin2 === 37) return 'amex';
  if ((bin2 >= 51 && bin2 <= 55) || (bin4 >= 2221 && bin4 <= 2720)) return 'mastercard';
  if (number.startsWith('4')) return 'visa';
  return 'other';
}

function currentMonth(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  return { year: year!, month: month! };
}

/** The body as text, or null past MAX_BODY_BYTES (the rest is read and dropped, so the answer still goes out). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function refuse(res: ServerResponse, status: number, code: GatewayErrorCode, message: string): void {
  send(res, status, { error: { code, message } } satisfies ErrorResponse);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
