import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The WhatsApp Business Cloud API as Habite uses it (Graph API): what goes out to
 * `POST {apiUrl}/{version}/{phoneNumberId}/messages`, what comes back, and what Meta posts to our
 * webhook. whatsapp-channel.ts speaks it, fake-cloud-api.ts answers it, webhook.ts reads it.
 */

/** Templates are approved per language; Habite's are in Brazilian Portuguese. */
export const TEMPLATE_LANGUAGE = 'pt_BR';

export interface TextParameter {
  type: 'text';
  text: string;
}

/** A template's variable parts: the body's {{1}}…{{n}}, and the copy-code button of an authentication template. */
export type TemplateComponent =
  | { type: 'body'; parameters: TextParameter[] }
  | { type: 'button'; sub_type: 'url'; index: string; parameters: TextParameter[] };

export interface TemplateMessageRequest {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
  type: 'template';
  template: { name: string; language: { code: string }; components: TemplateComponent[] };
}

/** Free-form text: only inside the 24-hour customer service window (the person wrote in the last 24 hours). */
export interface TextMessageRequest {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  to: string;
  type: 'text';
  text: { body: string; preview_url?: boolean };
}

export type MessageRequest = TemplateMessageRequest | TextMessageRequest;

/** 200: accepted. `wa_id` is the WhatsApp ID the number resolved to (older Brazilian numbers lack the ninth digit). */
export interface MessageResponse {
  messaging_product: 'whatsapp';
  contacts: { input: string; wa_id: string }[];
  messages: { id: string; message_status?: string }[];
}

/** Any refusal (Graph API error envelope). Meta says to branch on `code` and read `error_data.details`. */
export interface ErrorResponse {
  error: {
    message: string;
    type: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product?: 'whatsapp'; details: string };
    fbtrace_id: string;
  };
}

/** An error inside a webhook (a status `failed`, or an inbound message WhatsApp could not read). */
export interface WebhookError {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
}

export type WireStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface WebhookStatus {
  /** The `wamid…` the send answered with. */
  id: string;
  status: WireStatus;
  /** Unix seconds, as a string. */
  timestamp: string;
  recipient_id: string;
  conversation?: { id: string; expiration_timestamp?: string; origin: { type: string } };
  pricing?: { billable: boolean; pricing_model: string; category: string };
  errors?: WebhookError[];
}

export interface WebhookMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  text?: { body: string };
  button?: { text: string; payload?: string };
  interactive?: { type: string; button_reply?: { id: string; title: string }; list_reply?: { id: string; title: string } };
  image?: { caption?: string };
  document?: { caption?: string; filename?: string };
  errors?: WebhookError[];
}

export interface WebhookValue {
  messaging_product: 'whatsapp';
  metadata: { display_phone_number: string; phone_number_id: string };
  contacts?: { profile?: { name?: string }; wa_id: string }[];
  messages?: WebhookMessage[];
  statuses?: WebhookStatus[];
  errors?: WebhookError[];
}

/** What Meta posts to the callback URL, signed with the app secret (`X-Hub-Signature-256`). */
export interface WebhookPayload {
  object: 'whatsapp_business_account';
  entry: { id: string; changes: { field: string; value: WebhookValue }[] }[];
}

export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** `sha256=<hex HMAC-SHA256(appSecret, rawBody)>`: the header Meta sends with every webhook. */
export function signatureOf(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Whether `header` signs `rawBody` with `appSecret`; compared in constant time. */
export function signatureMatches(appSecret: string, rawBody: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(Buffer.from(match[1]!, 'hex'), expected);
}
