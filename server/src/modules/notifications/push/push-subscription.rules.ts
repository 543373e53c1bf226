import { isIP } from 'node:net';
import { BadInputError } from '../../../domain-errors.js';
import { aboutField } from '../../../field-labels.js';
import { p256PublicKey } from './vapid.js';

/** A subscription as the browser gives it, checked: the endpoint a URL we may post to, the keys of the right sizes. */
export interface CheckedSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|lan|home|corp)$/i;

/** base64url (RFC 4648 §5) without padding, as browsers write the keys; `=` padding is tolerated. */
function base64url(value: string, bytes: number): Buffer | null {
  const text = value.trim().replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const data = Buffer.from(text, 'base64url');
  return data.length === bytes && data.toString('base64url') === text ? data : null;
}

/**
 * RFC 8030 §5 / RFC 8291 §2: the endpoint must be https (the push service is a third party our
 * server posts to: in production, names only — no IP literals or local names, so a subscription
 * cannot point the server at its own network); http is accepted on loopback outside production,
 * for the local push service of tests and development. `p256dh` is an uncompressed P-256 point
 * (65 bytes), `auth` 16 bytes. Each refusal names its field.
 */
export function checkSubscription(input: { endpoint: string; p256dh: string; auth: string }, options: { production: boolean }): CheckedSubscription {
  const endpoint = input.endpoint.trim();
  const badEndpoint = (why: string) => new BadInputError('endpoint', aboutField('endpoint', why));
  if (!endpoint) throw badEndpoint('informe o endereço que o navegador deu ao ativar as notificações.');
  if (endpoint.length > 2048) throw badEndpoint('endereço longo demais (no máximo 2.048 caracteres).');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw badEndpoint('não é um endereço (deve começar por https://).');
  }
  if (url.username || url.password) throw badEndpoint('o endereço não pode levar usuário e senha.');
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol === 'http:' && !(loopback && !options.production)) throw badEndpoint('o serviço de notificações deve ser https://.');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badEndpoint('o serviço de notificações deve ser https://.');
  if (options.production && (loopback || isIP(url.hostname.replace(/^\[|\]$/g, '')) || PRIVATE_NAME.test(url.hostname) || !url.hostname.includes('.'))) {
    throw badEndpoint('este não é o endereço de um serviço de notificações da internet.');
  }

  const p256dh = base64url(input.p256dh, 65);
  let validPoint = false;
  if (p256dh) {
    try {
      p256PublicKey(p256dh);
      validPoint = true;
    } catch {
      validPoint = false;
    }
  }
  if (!p256dh || !validPoint) throw new BadInputError('p256dh', aboutField('p256dh', 'deve ser a chave P-256 do navegador: 65 bytes em base64url (87 caracteres).'));
  const auth = base64url(input.auth, 16);
  if (!auth) throw new BadInputError('auth', aboutField('auth', 'deve ter 16 bytes em base64url (22 caracteres).'));
  return { endpoint, p256dh: p256dh.toString('base64url'), auth: auth.toString('base64url') };
}
