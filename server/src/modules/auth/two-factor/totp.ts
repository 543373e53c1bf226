import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * TOTP (RFC 6238 over HOTP, RFC 4226): HMAC-SHA1, 30-second steps, 6 digits — what every
 * authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, Authy…) reads from
 * an `otpauth://` address. Written on node:crypto; checked against the RFCs' own test vectors.
 */
export const STEP_SECONDS = 30;
export const DIGITS = 6;
/** A code one step old or one step ahead is still taken (a phone's clock a little off, a code typed as it turned). */
export const WINDOW = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 §5.3: the dynamically truncated HMAC of the counter, as `digits` decimal digits. */
export function hotp(secret: Buffer, counter: number, digits = DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export const stepAt = (at: Date): number => Math.floor(at.getTime() / 1000 / STEP_SECONDS);

export function totp(secret: Buffer, at: Date, digits = DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  return hotp(secret, stepAt(at), digits, algorithm);
}

/**
 * The step whose code `code` is, within the window around `at` and after `afterStep` (a code
 * already used is never taken again, RFC 6238 §5.2), or null.
 */
export function matchingStep(secret: Buffer, code: string, at: Date, afterStep: number | null): number | null {
  const now = stepAt(at);
  for (let step = now - WINDOW; step <= now + WINDOW; step++) {
    if (afterStep !== null && step <= afterStep) continue;
    if (constantTimeEqual(hotp(secret, step), code)) return step;
  }
  return null;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A new secret: 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
export const newTotpSecret = (): Buffer => randomBytes(20);

/** The address an authenticator app reads from the QR code (Key Uri Format). */
export function otpauthUri(args: { issuer: string; account: string; secret: Buffer }): string {
  const label = encodeURIComponent(`${args.issuer}:${args.account}`);
  const params = new URLSearchParams({ secret: base32Encode(args.secret), issuer: args.issuer, algorithm: 'SHA1', digits: String(DIGITS), period: String(STEP_SECONDS) });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/**
 * Secrets at rest: AES-256-GCM under a key kept in `server_secret` ('two_factor'). A TOTP secret
 * must be read back to check a code, so it cannot be hashed; sealing it keeps a copy of the
 * account table alone (a dump, an export) from giving anyone the codes.
 */
export function seal(plain: Buffer, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string, key: string): Buffer {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]);
}

const keyBytes = (key: string): Buffer => createHash('sha256').update(key).digest();

/** Recovery codes: ten of them, `xxxx-xxxx` in an alphabet without look-alikes, 40 bits each. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODES = 10;

export function newRecoveryCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Typed however (upper case, spaces, without the dash): the form it is stored under. */
export const normalRecoveryCode = (typed: string): string => {
  const chars = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  return chars.length === 8 ? `${chars.slice(0, 4)}-${chars.slice(4)}` : typed.trim().toLowerCase();
};

export const looksLikeRecoveryCode = (typed: string): boolean => /^[a-z0-9]{8}$/.test(typed.toLowerCase().replace(/[\s-]/g, '')) && !/^\d{8}$/.test(typed.replace(/[\s-]/g, ''));

export const hashRecoveryCode = (code: string): string => createHash('sha256').update(`recovery:${normalRecoveryCode(code)}`).digest('hex');
