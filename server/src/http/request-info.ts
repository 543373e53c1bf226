import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AppName } from '../graphql/context.js';
import { parseLocale, type Locale } from '../locale.js';

/** The facts of an incoming HTTP request (or WebSocket upgrade) that the context needs. */
export interface RequestInfo {
  ip: string;
  hostname: string | null;
  origin: string | null;
  userAgent: string | null;
  app: AppName | null;
  portalSlug: string | null;
  bearer: string | null;
  cookies: Record<string, string>;
  secure: boolean;
  /** The language the app asks generated sentences in (`x-habite-locale`; locale.ts). */
  locale: Locale;
}

const header = (headers: IncomingHttpHeaders, name: string): string | null => {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

export function parseCookies(raw: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (raw ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (name && !(name in cookies)) cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

export function requestInfo(req: IncomingMessage, trustProxy = false): RequestInfo {
  const { headers } = req;
  const host = header(headers, 'host');
  const secure = Boolean((req.socket as TLSSocket).encrypted) || header(headers, 'x-forwarded-proto') === 'https';
  const hostname = host ? host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase() : null;
  const app = header(headers, 'x-habite-app');
  const authorization = header(headers, 'authorization');
  return {
    ip: clientAddress(req, trustProxy),
    hostname,
    origin: host ? `${secure ? 'https' : 'http'}://${host}` : null,
    userAgent: header(headers, 'user-agent'),
    app: app === 'client' || app === 'admin' ? app : null,
    portalSlug: header(headers, 'x-habite-portal'),
    bearer: authorization?.toLowerCase().startsWith('bearer ') ? authorization.slice(7).trim() : null,
    cookies: parseCookies(header(headers, 'cookie')),
    secure,
    locale: parseLocale(header(headers, 'x-habite-locale')),
  };
}

export function serializeCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The caller's address; behind a trusted proxy, the left-most X-Forwarded-For entry. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? header(req.headers, 'x-forwarded-for')?.split(',')[0]?.trim() : null;
  return (forwarded || req.socket.remoteAddress || 'unknown').replace(/^::ffff:/, '');
}
