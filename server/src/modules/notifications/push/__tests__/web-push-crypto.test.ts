import { describe, expect, it } from 'vitest';
import { decryptPush, encryptPush, MAX_PUSH_PAYLOAD, PushDecryptError } from '../aes128gcm.js';
import { userAgentLabel } from '../user-agent-label.js';
import { checkVapid, generateVapidKeys, vapidAuthorization } from '../vapid.js';

const b64 = (text: string) => Buffer.from(text, 'base64url');

/** RFC 8291 Appendix A ("Push Message Encryption Example"), copied from the RFC. */
const RFC8291 = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  uaPublic: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  body: 'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

describe('Web Push message encryption (RFC 8291, aes128gcm of RFC 8188)', () => {
  it('R-NOTIFY-2: with the RFC\'s keys and salt, the message is the RFC\'s, byte for byte', () => {
    const body = encryptPush(Buffer.from(RFC8291.plaintext), { p256dh: b64(RFC8291.uaPublic), auth: b64(RFC8291.auth) }, { salt: b64(RFC8291.salt), senderPrivateKey: b64(RFC8291.asPrivate) });
    expect(body.toString('base64url')).toBe(RFC8291.body);
  });

  it('R-NOTIFY-2: the browser\'s half decrypts the RFC\'s message to its plaintext; an altered byte or another auth secret does not decrypt', () => {
    expect(decryptPush(b64(RFC8291.body), b64(RFC8291.uaPrivate), b64(RFC8291.auth)).toString()).toBe(RFC8291.plaintext);
    const altered = b64(RFC8291.body);
    altered[altered.length - 20]! ^= 1;
    expect(() => decryptPush(altered, b64(RFC8291.uaPrivate), b64(RFC8291.auth))).toThrow(PushDecryptError);
    expect(() => decryptPush(b64(RFC8291.body), b64(RFC8291.uaPrivate), Buffer.alloc(16))).toThrow(PushDecryptError);
  });

  it('every message has its own salt and key; the largest payload fits one 4096-byte record, a larger one is refused', () => {
    const to = { p256dh: b64(RFC8291.uaPublic), auth: b64(RFC8291.auth) };
    const a = encryptPush(Buffer.from('olá'), to);
    const b = encryptPush(Buffer.from('olá'), to);
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(decryptPush(a, b64(RFC8291.uaPrivate), b64(RFC8291.auth)).toString()).toBe('olá');
    expect(encryptPush(Buffer.alloc(MAX_PUSH_PAYLOAD, 120), to).length).toBe(4096);
    expect(() => encryptPush(Buffer.alloc(MAX_PUSH_PAYLOAD + 1), to)).toThrow(RangeError);
  });
});

describe('VAPID (RFC 8292)', () => {
  const keys = generateVapidKeys();
  const now = new Date();
  const service = 'https://push.example.net';

  it('R-NOTIFY-2: the header carries an ES256 JWT for the push service\'s origin, valid 12 h, with our contact, and the public key', () => {
    expect(b64(keys.publicKey)).toHaveLength(65);
    expect(b64(keys.privateKey)).toHaveLength(32);
    const header = vapidAuthorization(`${service}/wpush/v2/abc?x=1`, keys, 'mailto:nao-responda@habite.dev', now);
    expect(header).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${keys.publicKey}$`));
    const check = checkVapid(header, service, now);
    expect(check).toMatchObject({ ok: true, publicKey: keys.publicKey, claims: { aud: service, sub: 'mailto:nao-responda@habite.dev', exp: Math.floor(now.getTime() / 1000) + 12 * 3600 } });
  });

  it('a push service refuses: another key in k=, another origin, an expired token, one valid for more than 24 h, another scheme', () => {
    const header = vapidAuthorization(`${service}/x`, keys, 'mailto:a@b.dev', now);
    const other = generateVapidKeys();
    expect(checkVapid(header.replace(keys.publicKey, other.publicKey), service, now)).toMatchObject({ ok: false, status: 401, reason: 'bad signature' });
    expect(checkVapid(header, 'https://outro.example.net', now)).toMatchObject({ ok: false, reason: expect.stringContaining('aud') });
    expect(checkVapid(header, service, new Date(now.getTime() + 13 * 3600_000))).toMatchObject({ ok: false, reason: 'expired' });
    expect(checkVapid(vapidAuthorization(`${service}/x`, keys, 'mailto:a@b.dev', now, 25 * 3600), service, now)).toMatchObject({ ok: false, reason: 'exp more than 24 hours away' });
    expect(checkVapid(header.replace('vapid', 'WebPush'), service, now)).toMatchObject({ ok: false });
    expect(checkVapid(undefined, service, now)).toMatchObject({ ok: false });
  });
});

describe('devices in words', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36', 'Chrome no Android'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', 'Samsung Internet no Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari no iPhone'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0', 'Edge no Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0', 'Firefox no Linux'],
    [null, 'Navegador não identificado'],
  ])('%s → %s', (ua, label) => {
    expect(userAgentLabel(ua)).toBe(label);
  });
});
