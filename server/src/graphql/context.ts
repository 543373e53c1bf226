import type { ImpactPreviewRequest } from '../modules/visibility/impact/impact.middleware.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '../locale.js';
import type { Account } from '../modules/auth/account.entity.js';
import type { SessionView } from '../modules/auth/session.service.js';
import type { TokenViewer } from '../modules/integration/token-viewer.js';
import type { Portal } from '../modules/portal/portal.entity.js';
import type { StaffViewer } from '../modules/scope/staff-viewer.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/**
 * Who is calling. Resolved once per HTTP request or WebSocket operation, as plain rows read with the
 * session (no EntityManager behind them): read them; to change the account, load it (`em`).
 */
export type Viewer =
  /** `refusedToken`: an API token came, but none such is live (mistyped, revoked or expired; R-SYNC-1). */
  | { kind: 'anonymous'; refusedToken?: boolean }
  | { kind: 'account'; account: Account; session: SessionView; /** R-AUTH-8: only enrolment is open until it is set up. */ twoFactorSetupRequired?: boolean }
  /** A third-party system with an API token (R-SYNC-1): its company and scopes, no person. */
  | { kind: 'token'; token: TokenViewer };

/** Which web app is calling; decides which session cookie is read and written. */
export type AppName = 'client' | 'admin';

export interface CookieJar {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export interface Context {
  /** Forked per request when first used; a subscription forks it again per event (request.resolver.ts). */
  em: EntityManager;
  viewer: Viewer;
  /** The member of staff calling (company, role, development limit), built once per request; null for everyone else. */
  staff: StaffViewer | null;
  /** Made per request when first used. */
  loaders: Loaders;
  /** Drops the EntityManager and loaders (made again when next used): a subscription does it for each event. */
  renew(): void;
  services: Services;
  /** The portal this request reached (by hostname or `x-habite-portal`), looked up once when first asked. */
  portal(): Promise<Portal | null>;
  hostname: string | null;
  /** Base URL of the request (`https://host`), used for links sent by e-mail. */
  origin: string | null;
  ip: string;
  userAgent: string | null;
  /** Present over HTTP; absent over WebSocket, where no cookie can be set. */
  cookies: CookieJar | null;
  /** The language of the sentences the server writes for this caller (locale.ts): pt-BR unless the app asks for English. */
  locale: Locale;
  /** Rows this operation read or wrote for an API token (its call log, R-SYNC-1); resolvers of integration fields add to it. */
  apiRows: number;
  /** R-SYNC-1: the call's outcome for its log when no error was sent (ROWS_REFUSED: a batch refused by its rows' errors, nothing written). */
  apiOutcome?: string;
  /** R-EXPLAIN-4: set while `impactPreview` runs a change only to measure it (rolled back). */
  impactPreview?: ImpactPreviewRequest | null;
}
