import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * RFC 8292 (VAPID): the application server proves to a push service who it is with a short JWT
 * (ES256, P-256) in `Authorization: vapid t=<jwt>, k=<public key>`. The same public key is the
 * `applicationServerKey` browsers subscribe with, so a push service only accepts our messages for
 * subscriptions made with our key. Signing and checking both live here (the check is the local
 * push service's, test/push-service.ts).
 */

/** Both halves as base64url: the public key uncompressed (65 bytes), the private scalar `d` (32 bytes). */
export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

/** RFC 8292 §2: a JWT expires no more than 24 hours after it is made. */
export const VAPID_MAX_LIFETIME_SECONDS = 24 * 3600;
const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function generateVapidKeys(): VapidKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  const point = publicKey.export({ format: 'jwk' });
  return { privateKey: jwk.d!, publicKey: b64(Buffer.concat([Buffer.from([4]), Buffer.from(point.x!, 'base64url'), Buffer.from(point.y!, 'base64url')])) };
}

/** An uncompressed P-256 point (65 bytes starting with 4) as a key object; throws when it is not one. */
export function p256PublicKey(point: Buffer): KeyObject {
  if (point.length !== 65 || point[0] !== 4) throw new Error('not an uncompressed P-256 point');
  return createPublicKey({ format: 'jwk', key: { kty: 'EC', crv: 'P-256', x: b64(point.subarray(1, 33)), y: b64(point.subarray(33)) } });
}

function privateKeyOf(pair: VapidKeyPair): KeyObject {
  const point = Buffer.from(pair.publicKey, 'base64url');
  return createPrivateKey({ format: 'jwk', key: { kty: 'EC', crv: 'P-256', d: pair.privateKey, x: b64(point.subarray(1, 33)), y: b64(point.subarray(33)) } });
}

/**
 * The `Authorization` header for one request to `endpoint`: `aud` is the push service's origin,
 * `exp` `lifetimeSeconds` from `now` (12 h by default, as push services recommend), `sub` a
 * `mailto:` or `https:` contact for the push service's operators.
 */
export function vapidAuthorization(endpoint: string, keys: VapidKeyPair, subject: string, now: Date, lifetimeSeconds = 12 * 3600): string {
  const header = b64(JSON.stringify({ typ: 'JWT', alg: 'ES256' }));
  const claims = b64(JSON.stringify({ aud: new URL(endpoint).origin, exp: Math.floor(now.getTime() / 1000) + lifetimeSeconds, sub: subject }));
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key: privateKeyOf(keys), dsaEncoding: 'ieee-p1363' });
  return `vapid t=${header}.${claims}.${b64(signature)}, k=${keys.publicKey}`;
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub?: string;
}

export type VapidCheck =
  | { ok: true; publicKey: string; claims: VapidClaims }
  | { ok: false; status: 401; reason: string };

/**
 * What a push service checks (RFC 8292 §4.2, §3): the scheme, the JWT's ES256 signature with the
 * `k=` key, `aud` = the push service's own origin, `exp` in the future and at most 24 h away, and a
 * contact in `sub`. Whether the key is the one the subscription was made with is the caller's (403).
 */
export function checkVapid(authorization: string | undefined, audience: string, now: Date): VapidCheck {
  const refuse = (reason: string): VapidCheck => ({ ok: false, status: 401, reason });
  const m = /^vapid\s+(.+)$/i.exec(authorization?.trim() ?? '');
  if (!m) return refuse('missing vapid authorization');
  const params = Object.fromEntries(m[1]!.split(',').map((p) => p.trim().split('=')).filter((p) => p.length === 2).map(([k, v]) => [k!.trim().toLowerCase(), v!.trim()]));
  const token = params.t;
  const key = params.k;
  if (!token || !key) return refuse('t= and k= are both required');
  const parts = token.split('.');
  if (parts.length !== 3) return refuse('t= is not a JWT');
  let header: { alg?: string; typ?: string };
  let claims: VapidClaims;
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return refuse('the JWT is not JSON');
  }
  if (header.alg !== 'ES256') return refuse(`alg ${header.alg} is not ES256`);
  let publicKey: KeyObject;
  try {
    publicKey = p256PublicKey(Buffer.from(key, 'base64url'));
  } catch {
    return refuse('k= is not a P-256 public key');
  }
  const signature = Buffer.from(parts[2]!, 'base64url');
  if (signature.length !== 64 || !verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)) {
    return refuse('bad signature');
  }
  const seconds = now.getTime() / 1000;
  if (claims.aud !== audience) return refuse(`aud ${claims.aud} is not ${audience}`);
  if (typeof claims.exp !== 'number' || claims.exp <= seconds) return refuse('expired');
  if (claims.exp > seconds + VAPID_MAX_LIFETIME_SECONDS) return refuse('exp more than 24 hours away');
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) return refuse('sub must be a mailto: or https: contact');
  return { ok: true, publicKey: key, claims };
}
