import type { PubSub } from '@graphql-yoga/subscription';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Events } from './graphql/pubsub.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { TwoFactorService } from './modules/auth/two-factor/two-factor.service.js';
import { PasswordHasher } from './modules/auth/password.js';
import { SessionService } from './modules/auth/session.service.js';
import { ViewAsService } from './modules/auth/view-as.service.js';
import { DataChangeService } from './modules/data-changes/data-change.service.js';
import { FileService } from './modules/files/file.service.js';
import { FinanceActionsService } from './modules/finance/finance-actions.service.js';
import type { PaymentGateway } from './modules/finance/gateway/gateway-client.js';
import { createFileStore } from './modules/files/file-store.js';
import { ApiTokenService } from './modules/integration/api-token.service.js';
import { SyncRunService } from './modules/integration/sync-run.service.js';
import { UpsertService } from './modules/integration/upsert/upsert.service.js';
import { NotificationService } from './modules/notifications/notification.service.js';
import { PushService } from './modules/notifications/push/push.service.js';
import { PortalAdminService } from './modules/portal/portal-admin.service.js';
import type { RequestFanout } from './modules/requests/request-fanout.js';
import { RequestService } from './modules/requests/request.service.js';

/** The server's long-lived services, built once at start; per-request state travels in the Context. */
export function createServices(deps: { config: Config; clock: Clock; logger: Logger; mailer: Mailer; pubsub: PubSub<Events>; live: RequestFanout; gateway?: PaymentGateway | null }) {
  const { config, clock, logger, mailer, pubsub, live } = deps;
  const hasher = new PasswordHasher(config.argon2);
  const audit = new AuditService(clock);
  const throttle = new LoginThrottle(config.throttle, clock);
  const sessions = new SessionService(clock, config.sessionTtlDays, pubsub, config.sessionCacheMs);
  const notifications = new NotificationService({ config, clock, logger });
  const twoFactor = new TwoFactorService({ clock, audit, sessions, throttle });
  const auth = new AuthService({ config, clock, logger, mailer, hasher, throttle, sessions, audit, notifications, twoFactor });
  const portals = new PortalAdminService({ audit, sessions });
  const dataChanges = new DataChangeService({ clock, audit });
  const viewAs = new ViewAsService({ clock, audit, sessions, port: config.port });
  const apiTokens = new ApiTokenService({ clock, audit });
  const syncRuns = new SyncRunService({ clock, audit });
  const upserts = new UpsertService({ clock, runs: syncRuns, pubsub });
  const files = new FileService({ store: createFileStore(config), clock, logger, maxBytes: config.uploadMaxBytes });
  const push = new PushService({ config, clock, logger, audit });
  const requests = new RequestService({ clock, pubsub, audit, files, notifications });
  const finance = new FinanceActionsService({ clock, pubsub, gateway: deps.gateway ?? null });
  return { notifications, push, config, clock, logger, mailer, pubsub, live, hasher, audit, throttle, sessions, twoFactor, auth, portals, requests, dataChanges, viewAs, files, apiTokens, syncRuns, upserts, finance };
}

export type Services = ReturnType<typeof createServices>;
