import { randomBytes } from 'node:crypto';
import type { Config, WhatsAppConfig } from '../../../config.js';
import type { Logger } from '../../../logger.js';
import { startFakeCloudApi, type FakeCloudApi } from './fake-cloud-api.js';
import { WhatsAppChannel } from './whatsapp-channel.js';

export interface WhatsAppSetup {
  channel: WhatsAppChannel;
  /** What serveWhatsAppWebhook needs. */
  appSecret: string;
  verifyToken: string;
  /** The demo's local Cloud API; tell it where the webhook is once the server listens (`setWebhookUrl`). */
  fake: FakeCloudApi | null;
  close(): Promise<void>;
}

/**
 * R-NOTIFY-2: the WhatsApp channel the server runs with: Meta's Cloud API when WHATSAPP_* is set;
 * in the demo without it, the local fake (fake-cloud-api.ts) with secrets made up at start, so
 * the demo shows messages being sent, delivered and read; otherwise none.
 */
export async function startWhatsApp(config: Pick<Config, 'whatsapp' | 'demo' | 'production'>, logger: Logger): Promise<WhatsAppSetup | null> {
  if (config.whatsapp) return setup(config.whatsapp, null, logger);
  if (!config.demo || config.production) return null;
  const settings: WhatsAppConfig = {
    phoneNumberId: '100000000000001',
    accessToken: `demo-${randomBytes(24).toString('base64url')}`,
    appSecret: randomBytes(24).toString('base64url'),
    verifyToken: randomBytes(12).toString('base64url'),
    apiUrl: '',
    apiVersion: 'v21.0',
  };
  // Statuses a moment apart, as a phone takes: the demo shows "enviado", then "entregue", then "lido".
  const fake = await startFakeCloudApi({ accessToken: settings.accessToken, phoneNumberId: settings.phoneNumberId, appSecret: settings.appSecret, statusDelayMs: 1_500 });
  logger.info({ url: fake.url }, 'demo: local WhatsApp Cloud API started (no WHATSAPP_* settings)');
  return setup({ ...settings, apiUrl: fake.url }, fake, logger);
}

function setup(settings: WhatsAppConfig, fake: FakeCloudApi | null, logger: Logger): WhatsAppSetup {
  return {
    channel: new WhatsAppChannel({ ...settings, logger }),
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
    fake,
    close: async () => {
      await fake?.close();
    },
  };
}
