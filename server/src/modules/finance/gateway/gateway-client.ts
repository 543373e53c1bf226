import { DomainError } from '../../../domain-errors.js';
import type { Logger } from '../../../logger.js';
import { BRANDS, TOKENS_PATH, type TokenRequest, type WireBrand } from './protocol.js';

/**
 * R-FIN-6: card data is tokenised by the payment gateway; Habite keeps only the token, the brand
 * and the last four digits. This is the one door to the gateway (protocol.ts says what goes
 * through it). The card number and CVV live only in the request body: no error, log line or
 * thrown object carries them, and the gateway's own error texts are never passed on.
 */
export interface PaymentGateway {
  tokenizeCard(card: CardInput): Promise<CardToken>;
}

export interface CardInput {
  /** As typed: spaces, dots and hyphens between the digits are dropped. */
  number: string;
  holderName: string;
  expMonth: number;
  /** Four digits; two ("30") are read as 20xx. */
  expYear: number;
  cvv: string;
}

export interface CardToken {
  token: string;
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: string;
}

export enum CardBrand {
  VISA = 'VISA',
  MASTERCARD = 'MASTERCARD',
  ELO = 'ELO',
  AMEX = 'AMEX',
  HIPERCARD = 'HIPERCARD',
  OTHER = 'OTHER',
}

export type CardField = 'number' | 'expiry' | 'cvv' | 'holderName';

/**
 * Why a card was not tokenised: the gateway's code for a refusal of the card (`invalid_number`,
 * `expired_card`, `card_declined`…), or what went wrong on the way.
 */
export type GatewayFailure = 'timeout' | 'unreachable' | 'server_error' | 'bad_response' | 'unauthorized' | 'rejected' | (string & {});

/**
 * The card was not tokenised. `permanent`: the same card will fail again (fix it or use another);
 * otherwise trying again in a moment may work. `field`: the card field to put the message on.
 * Codes for the error mapper: BAD_USER_INPUT (a field), CARD_DECLINED, SERVICE_UNAVAILABLE
 * (try again), PAYMENT_GATEWAY_ERROR (our configuration or the contract: staff must look).
 */
export class GatewayError extends DomainError {
  constructor(
    code: 'BAD_USER_INPUT' | 'CARD_DECLINED' | 'SERVICE_UNAVAILABLE' | 'PAYMENT_GATEWAY_ERROR',
    message: string,
    readonly field: CardField | null,
    readonly permanent: boolean,
    readonly reason: GatewayFailure,
    /** The gateway's HTTP status, when it answered. */
    readonly status?: number,
  ) {
    super(code, message, field ? { field, reason } : { reason });
  }
}

const UNAVAILABLE = 'O serviço de pagamento não respondeu; tente de novo em instantes.';

/** The gateway's refusals of a card, in words for the customer, on the field to fix. */
const REFUSALS: Record<string, { field: CardField | null; message: string }> = {
  invalid_number: { field: 'number', message: 'O número do cartão não é válido. Confira os dígitos impressos no cartão.' },
  invalid_holder_name: { field: 'holderName', message: 'O nome do titular não é válido. Informe o nome como está impresso no cartão.' },
  invalid_expiry: { field: 'expiry', message: 'A validade do cartão não é válida. Informe o mês e o ano impressos no cartão.' },
  expired_card: { field: 'expiry', message: 'O cartão está vencido. Confira a validade ou use outro cartão.' },
  invalid_cvv: { field: 'cvv', message: 'O código de segurança (CVV) não é válido. Informe os 3 dígitos do verso do cartão (4 na frente, no American Express).' },
  card_declined: { field: null, message: 'O cartão foi recusado pelo emissor. Use outro cartão ou fale com o seu banco.' },
};

const WIRE_BRANDS: Record<WireBrand, CardBrand> = { visa: CardBrand.VISA, mastercard: CardBrand.MASTERCARD, elo: CardBrand.ELO, amex: CardBrand.AMEX, hipercard: CardBrand.HIPERCARD };

export interface HttpGatewayOptions {
  /** The gateway's base URL; `/v1/tokens` is added to it. */
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  secretKey: string;
  /** For the whole exchange, answer included; 10 s when not given. */
  timeoutMs?: number;
  /** Outages and misconfiguration are logged (reason and status only); a customer's bad card is not. */
  logger?: Logger;
}

export function httpGateway({ url, secretKey, timeoutMs = 10_000, logger }: HttpGatewayOptions): PaymentGateway {
  const endpoint = `${url.replace(/\/+$/, '')}${TOKENS_PATH}`;

  const unavailable = (reason: GatewayFailure, status?: number) => {
    logger?.warn({ gateway: 'card', reason, status }, 'payment gateway unavailable');
    return new GatewayError('SERVICE_UNAVAILABLE', UNAVAILABLE, null, false, reason, status);
  };
  const broken = (reason: GatewayFailure, status: number) => {
    logger?.error({ gateway: 'card', reason, status }, 'payment gateway refused the request');
    return new GatewayError('PAYMENT_GATEWAY_ERROR', 'O pagamento com cartão está indisponível no momento. Tente mais tarde ou fale com a incorporadora pelo Fale Conosco.', null, true, reason, status);
  };

  return {
    async tokenizeCard(card) {
      const request: TokenRequest = {
        type: 'card',
        card: {
          number: card.number.replace(/[\s.-]/g, ''),
          holder_name: card.holderName.trim().replace(/\s+/g, ' '),
          exp_month: card.expMonth,
          exp_year: card.expYear < 100 ? 2000 + card.expYear : card.expYear,
          cvv: card.cvv.trim(),
        },
      };
      let status: number;
      let text: string;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${secretKey}` },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // fetch's errors name the URL and the socket, not the body; still, only our reason goes on.
        throw unavailable((error as { name?: string } | null)?.name === 'TimeoutError' ? 'timeout' : 'unreachable');
      }
      const body = parsed(text);

      if (status >= 200 && status < 300) {
        const token = tokenOf(body);
        if (!token) throw unavailable('bad_response', status);
        return token;
      }
      if (status === 408 || status === 429 || status >= 500) throw unavailable(status >= 500 ? 'server_error' : 'rejected', status);
      if (status === 401 || status === 403) throw broken('unauthorized', status);
      const code = errorCodeOf(body);
      const refusal = code && Object.hasOwn(REFUSALS, code) ? REFUSALS[code] : undefined;
      if (!refusal || !code) throw broken(code ?? 'rejected', status);
      throw new GatewayError(code === 'card_declined' ? 'CARD_DECLINED' : 'BAD_USER_INPUT', refusal.message, refusal.field, true, code, status);
    },
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The error code of a `{ error: { code } }` answer; the gateway's message is not kept. */
function errorCodeOf(body: unknown): string | null {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' && /^[a-z_]{1,64}$/.test(code) ? code : null;
}

function tokenOf(body: unknown): CardToken | null {
  const { id, card } = (body ?? {}) as { id?: unknown; card?: Record<string, unknown> };
  if (typeof id !== 'string' || !id || typeof card !== 'object' || card === null) return null;
  const { brand, last_four_digits, exp_month, exp_year, holder_name } = card;
  if (typeof brand !== 'string' || typeof last_four_digits !== 'string' || !/^\d{4}$/.test(last_four_digits)) return null;
  if (!Number.isInteger(exp_month) || !Number.isInteger(exp_year) || typeof holder_name !== 'string') return null;
  const wire = brand.toLowerCase();
  return {
    token: id,
    brand: (BRANDS as readonly string[]).includes(wire) ? WIRE_BRANDS[wire as WireBrand] : CardBrand.OTHER,
    last4: last_four_digits,
    expMonth: exp_month as number,
    expYear: exp_year as number,
    holderName: holder_name,
  };
}
