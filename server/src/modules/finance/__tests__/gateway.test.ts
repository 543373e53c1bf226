import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../logger.js';
import { DECLINED_CARD, FAILING_CARD, startFakeGateway, type FakeGateway } from '../gateway/fake-gateway.js';
import { CardBrand, GatewayError, httpGateway, type CardInput, type PaymentGateway } from '../gateway/gateway-client.js';

const KEY = 'sk_test_habite_4f9c2e';

/** This month in São Paulo, as the gateway judges expiry. */
const [THIS_YEAR, THIS_MONTH] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number) as [number, number];

const card = (overrides: Partial<CardInput> = {}): CardInput => ({
  number: '4111 1111 1111 1111',
  holderName: 'MARIA S SOUZA',
  expMonth: 12,
  expYear: THIS_YEAR + 3,
  cvv: '746',
  ...overrides,
});

/** A logger writing to an array, to read what a call logged. */
function capturedLog() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) };
}

/** A server that answers whatever the test says (or nothing at all), for the gateways that misbehave. */
async function rawServer(listener: RequestListener) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function refusal(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

let fake: FakeGateway;
let gateway: PaymentGateway;

beforeAll(async () => {
  fake = await startFakeGateway({ secretKey: KEY });
  gateway = httpGateway({ url: fake.url, secretKey: KEY, timeoutMs: 5_000 });
});
afterAll(() => fake.close());

describe('R-FIN-6: cards are tokenised by the payment gateway (httpGateway against the fake gateway, over HTTP)', () => {
  it('R-FIN-6: tokenises a good Visa, Mastercard, Elo, Amex and Hipercard; the gateway keeps only token, brand and last four', async () => {
    const cards: [string, CardBrand, string?][] = [
      ['4111 1111 1111 1111', CardBrand.VISA],
      ['5555-5555-5555-4444', CardBrand.MASTERCARD],
      ['2223003122003222', CardBrand.MASTERCARD],
      ['6362 9700 0045 7013', CardBrand.ELO],
      ['5067224275805500', CardBrand.ELO],
      ['4389351648020055', CardBrand.ELO], // Elo BIN 438935 inside Visa's 4
      ['3782 822463 10005', CardBrand.AMEX, '7461'],
      ['6062825624254001', CardBrand.HIPERCARD],
    ];
    for (const [number, brand, cvv] of cards) {
      const token = await gateway.tokenizeCard(card({ number, cvv: cvv ?? '746', holderName: '  Maria  S Souza ' }));
      const last4 = number.replace(/\D/g, '').slice(-4);
      expect(token).toEqual({ token: expect.stringMatching(/^tok_[\w-]{20,}$/), brand, last4, expMonth: 12, expYear: THIS_YEAR + 3, holderName: 'Maria S Souza' });
      expect(fake.tokens.get(token.token)).toEqual({ brand: brand.toLowerCase(), last4 });
    }
    // A card is valid through the last day of its expiry month; two-digit years are 20xx.
    expect(await gateway.tokenizeCard(card({ expMonth: THIS_MONTH, expYear: THIS_YEAR % 100 }))).toMatchObject({ expMonth: THIS_MONTH, expYear: THIS_YEAR });
  });

  it('R-FIN-6: refuses a number that fails the Luhn check, on the number field', async () => {
    for (const number of ['4111 1111 1111 1112', '1234', '4111-1111-1111-111a', '37828224631000']) {
      const error = await refusal(gateway.tokenizeCard(card({ number })));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number', permanent: true, reason: 'invalid_number', details: { field: 'number' } });
      expect(error.message).toMatch(/^O número do cartão não é válido\./);
    }
  });

  it('R-FIN-6: refuses an expired card, and an impossible expiry, on the expiry field', async () => {
    const expired = await refusal(gateway.tokenizeCard(card({ expMonth: 12, expYear: THIS_YEAR - 1 })));
    expect(expired).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiry', permanent: true, reason: 'expired_card' });
    expect(expired.message).toMatch(/^O cartão está vencido\./);
    const previousMonth = THIS_MONTH === 1 ? { expMonth: 12, expYear: THIS_YEAR - 1 } : { expMonth: THIS_MONTH - 1, expYear: THIS_YEAR };
    expect(await refusal(gateway.tokenizeCard(card(previousMonth)))).toMatchObject({ field: 'expiry', reason: 'expired_card' });
    for (const expiry of [{ expMonth: 13 }, { expMonth: 0 }, { expYear: THIS_YEAR + 40 }]) {
      expect(await refusal(gateway.tokenizeCard(card(expiry)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiry', permanent: true, reason: 'invalid_expiry' });
    }
  });

  it('R-FIN-6: refuses a CVV of the wrong length (4 digits for Amex) and a missing holder name, on their fields', async () => {
    expect(await refusal(gateway.tokenizeCard(card({ cvv: '12' })))).toMatchObject({ field: 'cvv', reason: 'invalid_cvv', permanent: true });
    expect(await refusal(gateway.tokenizeCard(card({ number: '378282246310005', cvv: '746' })))).toMatchObject({ field: 'cvv', reason: 'invalid_cvv' });
    expect(await refusal(gateway.tokenizeCard(card({ holderName: '  ' })))).toMatchObject({ field: 'holderName', reason: 'invalid_holder_name' });
  });

  it('R-FIN-6: a card declined by the issuer is a permanent refusal on no particular field', async () => {
    const error = await refusal(gateway.tokenizeCard(card({ number: DECLINED_CARD })));
    expect(error).toMatchObject({ code: 'CARD_DECLINED', field: null, permanent: true, reason: 'card_declined', status: 402 });
    expect(error.message).toMatch(/^O cartão foi recusado pelo emissor\./);
  });

  it('R-FIN-6: a wrong secret key is our misconfiguration: permanent, logged for staff, not blamed on the card', async () => {
    const { lines, logger } = capturedLog();
    const error = await refusal(httpGateway({ url: fake.url, secretKey: 'sk_test_wrong', logger }).tokenizeCard(card()));
    expect(error).toMatchObject({ code: 'PAYMENT_GATEWAY_ERROR', field: null, permanent: true, reason: 'unauthorized', status: 401 });
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([expect.objectContaining({ level: 50, gateway: 'card', reason: 'unauthorized', status: 401 })]);
  });

  it('R-FIN-6: a gateway that fails (5xx) or answers nonsense is worth retrying: not permanent', async () => {
    const failed = await refusal(gateway.tokenizeCard(card({ number: FAILING_CARD })));
    expect(failed).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: null, permanent: false, reason: 'server_error', status: 500 });
    expect(failed.message).toBe('O serviço de pagamento não respondeu; tente de novo em instantes.');

    const proxy = await rawServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Bad gateway</html>'));
    try {
      expect(await refusal(httpGateway({ url: proxy.url, secretKey: KEY }).tokenizeCard(card()))).toMatchObject({ code: 'SERVICE_UNAVAILABLE', permanent: false, reason: 'bad_response' });
    } finally {
      await proxy.close();
    }
  });

  it('R-FIN-6: a gateway that does not answer (or stops halfway, or is down) times out as a temporary error', async () => {
    const silent = await rawServer(() => {}); // accepts the request, never answers
    const stalled = await rawServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).write('{"id":')); // headers, then nothing
    const down = await rawServer(() => {});
    await down.close();
    try {
      for (const [url, reason] of [[silent.url, 'timeout'], [stalled.url, 'timeout'], [down.url, 'unreachable']] as const) {
        const { lines, logger } = capturedLog();
        const started = performance.now();
        const error = await refusal(httpGateway({ url, secretKey: KEY, timeoutMs: 300, logger }).tokenizeCard(card()));
        expect(performance.now() - started).toBeLessThan(3_000);
        expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', field: null, permanent: false, reason });
        expect(error.message).toBe('O serviço de pagamento não respondeu; tente de novo em instantes.');
        expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([expect.objectContaining({ level: 40, reason })]);
      }
    } finally {
      await Promise.all([silent.close(), stalled.close()]);
    }
  });

  it('R-FIN-6: no error, thrown object or log line carries the card number or the CVV', async () => {
    const number = '4111111111111112';
    const cvv = '839';
    // A careless gateway that echoes the card back in its error texts: its words are never passed on.
    const echo = await rawServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const status = body.includes('0000000000000002') ? 402 : body.includes('0000000000000119') ? 500 : 400;
        const code = status === 402 ? 'card_declined' : status === 500 ? 'processing_error' : body.includes('"cvv":"1"') ? 'invalid_request' : 'invalid_number';
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { code, message: `Card ${number} / CVV ${cvv} refused`, request: body } }));
      });
    });
    const down = await rawServer(() => {});
    await down.close();
    const { lines, logger } = capturedLog();
    const errors: GatewayError[] = [];
    try {
      const attempts: [string, PaymentGateway, Partial<CardInput>][] = [
        ['echo', httpGateway({ url: echo.url, secretKey: KEY, logger }), {}],
        ['echo', httpGateway({ url: echo.url, secretKey: KEY, logger }), { number: '4000000000000002' }],
        ['echo', httpGateway({ url: echo.url, secretKey: KEY, logger }), { number: '4000000000000119' }],
        ['echo', httpGateway({ url: echo.url, secretKey: KEY, logger }), { cvv: '1' }],
        ['fake', httpGateway({ url: fake.url, secretKey: KEY, logger }), {}],
        ['fake', httpGateway({ url: fake.url, secretKey: KEY, logger }), { number: `${number.slice(0, 4)} ${number.slice(4)}`, expYear: THIS_YEAR - 2 }],
        ['fake', httpGateway({ url: fake.url, secretKey: 'sk_wrong', logger }), {}],
        ['fake', httpGateway({ url: fake.url, secretKey: KEY, logger }), { number: FAILING_CARD, cvv }],
        ['fake', httpGateway({ url: fake.url, secretKey: KEY, logger }), { number: DECLINED_CARD, cvv }],
        ['down', httpGateway({ url: down.url, secretKey: KEY, logger }), {}],
      ];
      for (const [, client, overrides] of attempts) errors.push(await refusal(client.tokenizeCard(card({ number, cvv, ...overrides }))));
    } finally {
      await echo.close();
    }
    expect(errors).toHaveLength(10);
    expect(lines.length).toBeGreaterThan(0);
    const texts = [
      ...errors.flatMap((e) => [e.message, String(e), e.stack ?? '', JSON.stringify(e), JSON.stringify(e.details), inspect(e, { depth: null, showHidden: true })]),
      // Every log line but its time stamp (its milliseconds are digits too).
      ...lines.map((line) => JSON.stringify({ ...(JSON.parse(line) as object), time: undefined })),
    ];
    // Stack frames end in file:line:column, digits that mean nothing here.
    const scrubbed = texts.map((text) => text.replace(/:\d+:\d+/g, ':L:C'));
    for (const text of scrubbed) {
      expect(text).not.toMatch(/\d{4}\D?\d{4}\D?\d{4}\D?\d{1,7}/); // no card number, spaced or not
      for (const secret of [cvv, '0002', '0119', '1112']) expect(text).not.toMatch(new RegExp(`(?<!\\d)${secret}(?!\\d)`));
    }
  });
});

describe('R-FIN-6: the fake gateway honours the contract for any client', () => {
  const post = (body: string, headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }, path = '/v1/tokens', method = 'POST') =>
    fetch(`${fake.url}${path}`, { method, headers: { 'Content-Type': 'application/json', ...headers }, ...(method === 'GET' ? {} : { body }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string; message: string } } }));
  const good = { type: 'card', card: { number: '4111111111111111', holder_name: 'ANA LIMA', exp_month: 1, exp_year: THIS_YEAR + 1, cvv: '746' } };

  it('R-FIN-6: answers 401 without the right key, 404/405 off the route, 400 for malformed bodies, 413 for huge ones', async () => {
    expect(await post(JSON.stringify(good), {})).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await post(JSON.stringify(good), { Authorization: `Bearer ${KEY}x` })).toMatchObject({ status: 401 });
    expect(await post(JSON.stringify(good), { Authorization: KEY })).toMatchObject({ status: 401 });
    expect(await post('', undefined, '/v1/charges')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await post('', undefined, '/v1/tokens', 'GET')).toMatchObject({ status: 405, body: { error: { code: 'method_not_allowed' } } });
    expect(await post('{"type":"card",')).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(await post(JSON.stringify({ ...good, card: { ...good.card, exp_month: '01' } }))).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(await post(JSON.stringify({ ...good, type: 'bank_account' }))).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(await post(JSON.stringify({ ...good, padding: 'x'.repeat(20_000) }))).toMatchObject({ status: 413, body: { error: { code: 'request_too_large' } } });
    // Still serving after all that.
    expect(await post(JSON.stringify(good))).toMatchObject({ status: 200, body: { type: 'card', card: { brand: 'visa', last_four_digits: '1111' } } });
  });

  it('R-FIN-6: its error answers never echo the card', async () => {
    for (const card of [{ number: '4111111111111112' }, { cvv: '7' }, { number: DECLINED_CARD }, { number: FAILING_CARD }, { exp_year: 2001 }]) {
      const { status, body } = await post(JSON.stringify({ ...good, card: { ...good.card, ...card } }));
      expect(status).toBeGreaterThanOrEqual(400);
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/\d{12,}/);
      expect(text).not.toContain('746');
    }
  });
});
