import { createCipheriv, createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';

/**
 * RFC 8291 (Message Encryption for Web Push) over RFC 8188's `aes128gcm` content coding, with
 * node:crypto alone. Both halves live here: the server encrypts for a browser's subscription, and
 * the local push service of the tests (test/push-service.ts) decrypts as the browser would.
 *
 * The message is one record: header (salt 16, record size 4, key id length 1, key id = the
 * sender's ephemeral P-256 public key, 65) then AES-128-GCM of `payload || 0x02`.
 */

/** RFC 8188 record size we declare; one record carries the whole message. */
const RECORD_SIZE = 4096;
const HEADER_BYTES = 16 + 4 + 1 + 65;
const TAG_BYTES = 16;
/** The longest payload a push service must accept in one 4096-byte message (RFC 8291 §4: 3993 octets). */
export const MAX_PUSH_PAYLOAD = RECORD_SIZE - HEADER_BYTES - TAG_BYTES - 1;

const info = (label: string, ...parts: Buffer[]) => Buffer.concat([Buffer.from(`${label}\0`, 'latin1'), ...parts]);
const hkdf = (ikm: Buffer, salt: Buffer, data: Buffer, length: number) => Buffer.from(hkdfSync('sha256', ikm, salt, data, length));

/** The content-encryption key and nonce (RFC 8291 §3.4, RFC 8188 §2.2–2.3) for one message. */
function keys(ecdhSecret: Buffer, authSecret: Buffer, uaPublic: Buffer, asPublic: Buffer, salt: Buffer) {
  const ikm = hkdf(ecdhSecret, authSecret, info('WebPush: info', uaPublic, asPublic), 32);
  return { cek: hkdf(ikm, salt, info('Content-Encoding: aes128gcm'), 16), nonce: hkdf(ikm, salt, info('Content-Encoding: nonce'), 12) };
}

export interface SubscriptionKeys {
  /** The browser's P-256 public key, uncompressed (65 bytes, `p256dh`). */
  p256dh: Buffer;
  /** The 16-byte authentication secret (`auth`). */
  auth: Buffer;
}

/**
 * Encrypts `payload` for one subscription. `fixed` (salt and the sender's private key) exists only
 * to reproduce RFC 8291's worked example; every real message has its own random ones.
 */
export function encryptPush(payload: Buffer, to: SubscriptionKeys, fixed: { salt?: Buffer; senderPrivateKey?: Buffer } = {}): Buffer {
  if (payload.length > MAX_PUSH_PAYLOAD) throw new RangeError(`push payload of ${payload.length} bytes exceeds ${MAX_PUSH_PAYLOAD}`);
  const sender = createECDH('prime256v1');
  if (fixed.senderPrivateKey) sender.setPrivateKey(fixed.senderPrivateKey);
  else sender.generateKeys();
  const asPublic = sender.getPublicKey();
  const salt = fixed.salt ?? randomBytes(16);
  const { cek, nonce } = keys(sender.computeSecret(to.p256dh), to.auth, to.p256dh, asPublic, salt);
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  const sealed = Buffer.concat([cipher.update(Buffer.concat([payload, Buffer.from([2])])), cipher.final(), cipher.getAuthTag()]);
  const header = Buffer.alloc(21);
  salt.copy(header, 0);
  header.writeUInt32BE(RECORD_SIZE, 16);
  header.writeUInt8(asPublic.length, 20);
  return Buffer.concat([header, asPublic, sealed]);
}

/** Why a body could not be decrypted (the local push service answers 400 with it). */
export class PushDecryptError extends Error {
  override name = 'PushDecryptError';
}

/**
 * The browser's half: decrypts an `aes128gcm` body with the subscription's private key and auth
 * secret (one or more records; padding removed). Throws PushDecryptError on anything malformed.
 */
export function decryptPush(body: Buffer, uaPrivateKey: Buffer, authSecret: Buffer): Buffer {
  if (body.length < 21) throw new PushDecryptError('body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  if (rs < 18) throw new PushDecryptError(`record size ${rs} too small`);
  if (idLength !== 65 || body.length < 21 + idLength + TAG_BYTES) throw new PushDecryptError('the key id is not a P-256 public key');
  const asPublic = body.subarray(21, 21 + idLength);
  const receiver = createECDH('prime256v1');
  receiver.setPrivateKey(uaPrivateKey);
  let secret: Buffer;
  try {
    secret = receiver.computeSecret(asPublic);
  } catch {
    throw new PushDecryptError('the sender key is not on the curve');
  }
  const { cek, nonce } = keys(secret, authSecret, receiver.getPublicKey(), asPublic, salt);
  const records: Buffer[] = [];
  const content = body.subarray(21 + idLength);
  for (let offset = 0, seq = 0; offset < content.length; offset += rs, seq++) {
    const record = content.subarray(offset, offset + rs);
    if (record.length <= TAG_BYTES) throw new PushDecryptError('truncated record');
    // RFC 8188 §2.3: the nonce of record SEQ is NONCE xor SEQ (a 96-bit number; SEQ fits the last four bytes).
    const iv = Buffer.from(nonce);
    iv.writeUInt32BE((iv.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = createDecipheriv('aes-128-gcm', cek, iv);
    decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(record.subarray(0, record.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new PushDecryptError('authentication failed (wrong keys or altered body)');
    }
    // Padding: the last non-zero octet is the delimiter, 2 on the last record and 1 on the others.
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const last = offset + rs >= content.length;
    if (end < 0 || plain[end] !== (last ? 2 : 1)) throw new PushDecryptError('bad padding delimiter');
    records.push(plain.subarray(0, end));
  }
  return Buffer.concat(records);
}
