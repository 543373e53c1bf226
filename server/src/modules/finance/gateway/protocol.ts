/**
 * R-FIN-6: the card-tokenisation contract Habite speaks, in the shape of the Brazilian gateways'
 * (Pagar.me v5 `POST /core/v5/tokens`, Stripe `POST /v1/tokens`). `gateway-client.ts` is its
 * client, `fake-gateway.ts` a server honouring it for the tests and the demo.
 *
 *   POST {base}/v1/tokens
 *   Authorization: Bearer <secret key>          (the secret key, server to server; never the browser)
 *   Content-Type: application/json
 *   { "type": "card", "card": { "number": "4111111111111111", "holder_name": "MARIA S SOUZA",
 *                               "exp_month": 12, "exp_year": 2030, "cvv": "123" } }
 *
 *   200 { "id": "tok_…", "type": "card", "created_at": "2026-01-15T12:00:00.000Z",
 *         "card": { "brand": "visa", "last_four_digits": "1111", "exp_month": 12, "exp_year": 2030,
 *                   "holder_name": "MARIA S SOUZA" } }
 *
 *   4xx/5xx { "error": { "code": "invalid_number", "message": "…" } }
 *     400 invalid_request (malformed JSON or shape) · invalid_number (length or Luhn) ·
 *         invalid_holder_name · invalid_expiry (month not 1–12, year out of range) ·
 *         expired_card (before the current month) · invalid_cvv (3 digits, 4 for Amex)
 *     401 unauthorized (missing or wrong key) · 402 card_declined (the issuer refused)
 *     404 not_found · 405 method_not_allowed · 413 request_too_large · 5xx processing_error
 *
 * `exp_year` is four digits (two are accepted and read as 20xx, as Pagar.me does). `brand` is
 * one of BRANDS or another lower-case name the client must tolerate. Error messages are the
 * gateway's, in English, for logs — never shown to a customer, and they never echo the card.
 */
export const TOKENS_PATH = '/v1/tokens';

export const BRANDS = ['visa', 'mastercard', 'elo', 'amex', 'hipercard'] as const;
export type WireBrand = (typeof BRANDS)[number];

export interface TokenRequest {
  type: 'card';
  card: { number: string; holder_name: string; exp_month: number; exp_year: number; cvv: string };
}

export interface TokenResponse {
  id: string;
  type: 'card';
  created_at: string;
  card: { brand: string; last_four_digits: string; exp_month: number; exp_year: number; holder_name: string };
}

export type GatewayErrorCode =
  | 'invalid_request'
  | 'invalid_number'
  | 'invalid_holder_name'
  | 'invalid_expiry'
  | 'expired_card'
  | 'invalid_cvv'
  | 'unauthorized'
  | 'card_declined'
  | 'not_found'
  | 'method_not_allowed'
  | 'request_too_large'
  | 'processing_error';

export interface ErrorResponse {
  error: { code: GatewayErrorCode; message: string };
}
