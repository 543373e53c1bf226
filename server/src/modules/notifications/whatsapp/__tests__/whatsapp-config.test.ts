import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../config.js';

const FULL = {
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_ACCESS_TOKEN: 'EAAGtoken',
  WHATSAPP_APP_SECRET: 'segredo',
  WHATSAPP_VERIFY_TOKEN: 'verifica',
};

describe('WhatsApp configuration', () => {
  it('R-NOTIFY-2: none of the WHATSAPP_* variables: no WhatsApp channel', () => {
    expect(loadConfig({}).whatsapp).toBeUndefined();
  });

  it('R-NOTIFY-2: all four: the Cloud API at graph.facebook.com, v21.0, unless told otherwise', () => {
    expect(loadConfig(FULL).whatsapp).toEqual({
      phoneNumberId: '106540352242922', accessToken: 'EAAGtoken', appSecret: 'segredo', verifyToken: 'verifica',
      apiUrl: 'https://graph.facebook.com', apiVersion: 'v21.0',
    });
    expect(loadConfig({ ...FULL, WHATSAPP_API_URL: 'http://127.0.0.1:9999/', WHATSAPP_API_VERSION: 'v23.0' }).whatsapp).toMatchObject({ apiUrl: 'http://127.0.0.1:9999', apiVersion: 'v23.0' });
  });

  it('R-NOTIFY-2: half of them refuses to start, naming what is missing', () => {
    const { WHATSAPP_APP_SECRET: _secret, WHATSAPP_VERIFY_TOKEN: _verify, ...half } = FULL;
    expect(() => loadConfig(half)).toThrow(ConfigError);
    expect(() => loadConfig(half)).toThrow(/defina também WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN/);
  });

  it('R-NOTIFY-2: a phone number instead of its ID, a URL with a path or a malformed version is refused', () => {
    expect(() => loadConfig({ ...FULL, WHATSAPP_PHONE_NUMBER_ID: '+55 11 99999-0000' })).toThrow(/WHATSAPP_PHONE_NUMBER_ID/);
    expect(() => loadConfig({ ...FULL, WHATSAPP_API_URL: 'https://graph.facebook.com/v21.0' })).toThrow(/WHATSAPP_API_URL/);
    expect(() => loadConfig({ ...FULL, WHATSAPP_API_VERSION: '21' })).toThrow(/WHATSAPP_API_VERSION/);
  });
});
