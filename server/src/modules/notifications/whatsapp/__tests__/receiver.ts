import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger } from '../../../../logger.js';
import type { DeliveryReport } from '../../channel.js';
import { serveWhatsAppWebhook, WHATSAPP_WEBHOOK_PATH, type InboundWhatsAppMessage } from '../webhook.js';

/** A small express app with only the WhatsApp webhook, recording what reached its handlers. */
export async function startReceiver(options: { appSecret: string; verifyToken: string }) {
  const reports: DeliveryReport[] = [];
  const inbound: InboundWhatsAppMessage[] = [];
  const lines: string[] = [];
  let failNext = false;
  const app = express();
  serveWhatsAppWebhook(app, {
    ...options,
    logger: createLogger('debug', { write: (line: string) => void lines.push(line) }),
    onReport: async (report) => {
      if (failNext) {
        failNext = false;
        throw new Error('database unavailable');
      }
      reports.push(report);
    },
    onInbound: async (message) => {
      inbound.push(message);
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}${WHATSAPP_WEBHOOK_PATH}`,
    reports,
    inbound,
    /** What the webhook logged (JSON lines). */
    lines,
    /** The next report's handler throws (a database outage). */
    failNextReport() {
      failNext = true;
    },
    reportsOf: (messageId: string) => reports.filter((r) => r.providerMessageId === messageId),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
