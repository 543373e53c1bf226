import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../logger.js';
import { NotificationKind } from '../../notification.enums.js';
import { startWhatsApp } from '../start-whatsapp.js';
import { startReceiver } from './receiver.js';

const logger = createLogger('silent');

describe('startWhatsApp', () => {
  it('R-NOTIFY-2: no WHATSAPP_* settings outside the demo (or in production): no WhatsApp channel', async () => {
    expect(await startWhatsApp({ demo: false, production: false }, logger)).toBeNull();
    expect(await startWhatsApp({ demo: true, production: true }, logger)).toBeNull();
  });

  it('R-NOTIFY-2: with the settings, the channel speaks to the configured Cloud API and nothing local starts', async () => {
    const whatsapp = (await startWhatsApp({ demo: true, production: false, whatsapp: { phoneNumberId: '106540352242922', accessToken: 't', appSecret: 's', verifyToken: 'v', apiUrl: 'https://graph.facebook.com', apiVersion: 'v21.0' } }, logger))!;
    expect(whatsapp.fake).toBeNull();
    expect(whatsapp).toMatchObject({ appSecret: 's', verifyToken: 'v' });
  });

  it('R-NOTIFY-2: the demo without settings sends through the local Cloud API, whose statuses reach the webhook', async () => {
    const whatsapp = (await startWhatsApp({ demo: true, production: false }, logger))!;
    const receiver = await startReceiver({ appSecret: whatsapp.appSecret, verifyToken: whatsapp.verifyToken });
    try {
      whatsapp.fake!.setWebhookUrl(receiver.url);
      const result = await whatsapp.channel.send({
        notificationId: 'n', kind: NotificationKind.REQUEST_REPLY,
        recipient: { accountId: 'a', companyId: 'c', name: 'Ana', email: null, phone: '5511987654321', waId: null },
        subject: 's', text: 't', html: 'h', whatsapp: { template: 'habite_atendimento_resposta', params: ['Ana', '12', 'https://portal.exemplo.com.br/atendimentos/12'] },
      });
      await whatsapp.fake!.idle();
      expect(receiver.reportsOf(result.providerMessageId!).map((r) => r.status)).toEqual(['sent', 'delivered', 'read']);
    } finally {
      await receiver.close();
      await whatsapp.close();
    }
  });
});
