import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express } from 'express';
import type { Logger } from '../../../logger.js';
import type { DeliveryReport } from '../channel.js';
import { NotificationChannel } from '../notification.enums.js';
import { failureWords } from './cloud-api-errors.js';
import { SIGNATURE_HEADER, signatureMatches, type WebhookMessage, type WebhookPayload, type WebhookStatus } from './protocol.js';
import { phoneOfWaId } from './whatsapp-number.js';

export const WHATSAPP_WEBHOOK_PATH = '/webhooks/whatsapp';

/** A message a person sent to the business number (it opens the 24-hour window; "PARAR" withdraws consent). */
export interface InboundWhatsAppMessage {
  /** The sender's WhatsApp ID (may lack the ninth digit). */
  waId: string;
  /** The sender's mobile as the cadastro keeps it (5511987654321): the ninth digit put back. */
  phone: string;
  /** The text, a tapped button's or list item's title, a caption; empty for media without one. */
  text: string;
  at: Date;
  messageId: string;
}

export interface WhatsAppWebhookOptions {
  appSecret: string;
  verifyToken: string;
  onReport(report: DeliveryReport): Promise<void>;
  onInbound(message: InboundWhatsAppMessage): Promise<void>;
  logger: Logger;
}

const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

/**
 * R-NOTIFY-3: Meta's callbacks for the WhatsApp channel, at /webhooks/whatsapp.
 *
 * GET: the subscription check — `hub.mode=subscribe` with our verify token is answered with
 * `hub.challenge`; anything else is 403.
 * POST: delivery statuses and inbound messages. The raw body is checked against
 * `X-Hub-Signature-256` (HMAC-SHA256 with the app secret, compared in constant time) before it is
 * parsed: missing or wrong is 401 and nothing is called. A signed body that is not JSON is 400.
 * The handlers run before the answer, so they must be quick (a database write); if one fails the
 * answer is 500 and Meta delivers the batch again later (it retries for days) — an opt-out
 * ("PARAR") is never lost. Handlers must therefore accept the same report or message twice.
 */
export function serveWhatsAppWebhook(app: Express, options: WhatsAppWebhookOptions): void {
  const { appSecret, verifyToken, onReport, onInbound, logger } = options;
  if (!appSecret || !verifyToken) throw new Error('serveWhatsAppWebhook: appSecret and verifyToken are required');
  const expectedToken = digest(verifyToken);

  app.get(WHATSAPP_WEBHOOK_PATH, (req, res) => {
    const mode = req.query['hub.mode'];
    const token = req.query['hub.verify_token'];
    const challenge = req.query['hub.challenge'];
    res.setHeader('Cache-Control', 'no-store');
    if (mode !== 'subscribe' || typeof token !== 'string' || !timingSafeEqual(digest(token), expectedToken)) {
      logger.warn({ mode: typeof mode === 'string' ? mode : null }, 'WhatsApp webhook verification refused');
      return void res.sendStatus(403);
    }
    res.status(200).type('text/plain').send(typeof challenge === 'string' ? challenge : '');
  });

  // Any content type: the signature covers the bytes as they came, so nothing may parse them first.
  app.post(WHATSAPP_WEBHOOK_PATH, express.raw({ type: () => true, limit: '3mb' }), async (req, res) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!signatureMatches(appSecret, raw, req.headers[SIGNATURE_HEADER])) {
      logger.warn({ signed: typeof req.headers[SIGNATURE_HEADER] === 'string', bytes: raw.length }, 'WhatsApp webhook with a missing or wrong signature refused');
      return void res.sendStatus(401);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return void res.status(400).type('text/plain').send('invalid JSON');
    }
    const { reports, inbound } = readPayload(payload);
    try {
      for (const report of reports) await onReport(report);
      for (const message of inbound) await onInbound(message);
    } catch (error) {
      logger.error({ err: error, reports: reports.length, inbound: inbound.length }, 'WhatsApp webhook handler failed; Meta will deliver it again');
      return void res.sendStatus(500);
    }
    res.sendStatus(200);
  });
}

/** The statuses and inbound messages in a webhook body; anything else in it (other fields, other products) is ignored. */
export function readPayload(payload: unknown): { reports: DeliveryReport[]; inbound: InboundWhatsAppMessage[] } {
  const reports: DeliveryReport[] = [];
  const inbound: InboundWhatsAppMessage[] = [];
  const body = payload as Partial<WebhookPayload> | null;
  if (!body || body.object !== 'whatsapp_business_account' || !Array.isArray(body.entry)) return { reports, inbound };
  for (const entry of body.entry) {
    for (const change of Array.isArray(entry?.changes) ? entry.changes : []) {
      const value = change?.value;
      if (change?.field !== 'messages' || !value) continue;
      for (const status of Array.isArray(value.statuses) ? value.statuses : []) {
        const report = reportOf(status);
        if (report) reports.push(report);
      }
      for (const message of Array.isArray(value.messages) ? value.messages : []) {
        const read = inboundOf(message);
        if (read) inbound.push(read);
      }
    }
  }
  return { reports, inbound };
}

function reportOf(status: WebhookStatus | null | undefined): DeliveryReport | null {
  if (!status || typeof status.id !== 'string' || !status.id || !STATUSES.has(status.status)) return null;
  const report: DeliveryReport = { channel: NotificationChannel.WHATSAPP, providerMessageId: status.id, status: status.status, at: timeOf(status.timestamp) };
  if (typeof status.recipient_id === 'string' && status.recipient_id) report.waId = status.recipient_id;
  const error = Array.isArray(status.errors) ? status.errors[0] : undefined;
  if (status.status === 'failed') {
    const code = typeof error?.code === 'number' ? error.code : undefined;
    if (code !== undefined) report.errorCode = String(code);
    report.errorMessage = failureWords(code, typeof error?.title === 'string' ? error.title : undefined);
  }
  return report;
}

function inboundOf(message: WebhookMessage | null | undefined): InboundWhatsAppMessage | null {
  if (!message || typeof message.from !== 'string' || !/^\d{8,15}$/.test(message.from) || typeof message.id !== 'string' || !message.id) return null;
  const text = message.text?.body ?? message.button?.text ?? message.interactive?.button_reply?.title ?? message.interactive?.list_reply?.title
    ?? message.image?.caption ?? message.document?.caption ?? '';
  return { waId: message.from, phone: phoneOfWaId(message.from), text: typeof text === 'string' ? text : '', at: timeOf(message.timestamp), messageId: message.id };
}

/** Meta's timestamps are Unix seconds as strings; a missing one is now. */
function timeOf(timestamp: unknown): Date {
  const seconds = Number(timestamp);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
}

const digest = (text: string) => createHash('sha256').update(text).digest();
