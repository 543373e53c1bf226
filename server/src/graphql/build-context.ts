import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestInfo } from '../http/request-info.js';
import { ADMIN_COOKIE, CLIENT_COOKIE } from '../modules/auth/session-cookie.js';
import type { Session } from '../modules/auth/session.entity.js';
import { resolvePortal } from '../modules/portal/portal.service.js';
import { AccountKind } from '../modules/auth/account.enums.js';
import type { Portal } from '../modules/portal/portal.entity.js';
import { loadStaffViewer } from '../modules/scope/staff-viewer.js';
import type { Services } from '../services.js';
import type { Context, CookieJar } from './context.js';
import { createLoaders } from './loaders.js';

/** The session token a request carries: a bearer token first, else the cookie of the app that calls. */
export function tokenOf(info: RequestInfo): string | null {
  if (info.bearer) return info.bearer;
  if (info.app === 'admin') return info.cookies[ADMIN_COOKIE] ?? null;
  if (info.app === 'client') return info.cookies[CLIENT_COOKIE] ?? null;
  return info.cookies[CLIENT_COOKIE] ?? info.cookies[ADMIN_COOKIE] ?? null;
}

/**
 * One Context per HTTP request and per WebSocket operation: a forked EntityManager, fresh
 * loaders, and the viewer authenticated from the token (one query: session, account, portal; one
 * more for staff: their development limit).
 */
export async function buildContext(
  orm: MikroORM,
  services: Services,
  info: RequestInfo,
  options: { token?: string | null; cookies: CookieJar | null },
): Promise<Context> {
  const em = orm.em.fork();
  const token = options.token ?? tokenOf(info);
  const session: Session | null = token ? await services.sessions.authenticate(em, token) : null;
  // R-OPS-4: the staff member's development limit is read now, before any transaction needs it.
  const staff = session?.account.kind === AccountKind.STAFF ? await loadStaffViewer(em, session.account, info.ip) : null;
  let portal: Promise<Portal | null> | undefined;
  return {
    em,
    services,
    loaders: createLoaders(em),
    viewer: session ? { kind: 'account', account: session.account, session } : { kind: 'anonymous' },
    staff,
    // A portal user stays in the portal they signed in through; anyone else is where the address says.
    portal: () => (portal ??= session?.portal ? Promise.resolve(session.portal) : resolvePortal(em, info.hostname, info.portalSlug)),
    hostname: info.hostname,
    origin: info.origin,
    ip: info.ip,
    userAgent: info.userAgent,
    cookies: options.cookies,
    locale: info.locale,
  };
}
