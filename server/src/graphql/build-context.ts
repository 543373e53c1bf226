import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestInfo } from '../http/request-info.js';
import { AccountKind } from '../modules/auth/account.enums.js';
import { ADMIN_COOKIE, CLIENT_COOKIE } from '../modules/auth/session-cookie.js';
import type { Portal } from '../modules/portal/portal.entity.js';
import { TOKEN_PREFIX } from '../modules/integration/token-viewer.js';
import { resolvePortal } from '../modules/portal/portal.service.js';
import { staffViewerOf } from '../modules/scope/staff-viewer.js';
import type { Services } from '../services.js';
import type { Context, CookieJar, Viewer } from './context.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The session token a request carries: a bearer token first, else the cookie of the app that calls. */
export function tokenOf(info: RequestInfo): string | null {
  if (info.bearer) return info.bearer;
  if (info.app === 'admin') return info.cookies[ADMIN_COOKIE] ?? null;
  if (info.app === 'client') return info.cookies[CLIENT_COOKIE] ?? null;
  return info.cookies[CLIENT_COOKIE] ?? info.cookies[ADMIN_COOKIE] ?? null;
}

/**
 * One Context per HTTP request and per WebSocket operation: the viewer authenticated from the token
 * (one prepared statement: session, account, portal and a staff member's development limit, as
 * plain rows), and — made when first used, since the customer's screens read through the rule
 * queries without them — a forked EntityManager and fresh loaders.
 */
export async function buildContext(
  orm: MikroORM,
  services: Services,
  info: RequestInfo,
  options: { token?: string | null; cookies: CookieJar | null },
): Promise<Context> {
  const token = options.token ?? tokenOf(info);
  // An API token says so by its prefix (R-SYNC-1); anything else is a session's.
  const apiToken = token?.startsWith(TOKEN_PREFIX) ? await services.apiTokens.authenticate(orm.em, token) : null;
  const found = token && !token.startsWith(TOKEN_PREFIX) ? await services.sessions.authenticate(orm.em, token) : null;
  const viewer: Viewer = apiToken ? { kind: 'token', token: apiToken } : found ? { kind: 'account', account: found.account, session: found.session, ...(found.twoFactorSetupRequired ? { twoFactorSetupRequired: true } : {}) }
    : { kind: 'anonymous', ...(token?.startsWith(TOKEN_PREFIX) ? { refusedToken: true } : {}) };
  // R-OPS-4: the staff member's development limit came with the session, before any transaction needs it.
  const staff = found?.account.kind === AccountKind.STAFF ? staffViewerOf(found.account, found.staffDevelopmentIds, info.ip) : null;
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  let portal: Promise<Portal | null> | undefined;
  const context: Context = {
    get em() {
      return (em ??= orm.em.fork());
    },
    set em(value) {
      em = value;
    },
    get loaders() {
      return (loaders ??= createLoaders(() => context.em));
    },
    set loaders(value) {
      loaders = value;
    },
    renew() {
      em = undefined;
      loaders = undefined;
    },
    services,
    viewer,
    staff,
    // A portal user stays in the portal they signed in through; anyone else is where the address says.
    portal: () => (portal ??= found?.session.portal ? Promise.resolve(found.session.portal) : resolvePortal(context.em, info.hostname, info.portalSlug)),
    hostname: info.hostname,
    origin: info.origin,
    ip: info.ip,
    userAgent: info.userAgent,
    cookies: options.cookies,
    locale: info.locale,
    apiRows: 0,
  };
  return context;
}
