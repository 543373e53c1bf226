import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import { invitationMail, magicLinkMail } from '../../mail/templates.js';
import type { AuditService } from '../audit/audit.service.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { Account } from './account.entity.js';
import { AccountKind, StaffPermission, StaffRole } from './account.enums.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import {
  AccountExpiredError,
  InvalidCredentialsError,
  InvalidTokenError,
  LoginInactiveError,
  PortalInactiveError,
  PortalNotFoundError,
} from './auth.errors.js';
import { FeatureDisabledError } from '../../domain-errors.js';
import { assertRightAddress } from '../portal/domain-check.js';
import { signedIn, staffOf } from '../visibility/scope.js';
import type { LoginThrottle } from './login-throttle.js';
import { normalizeEmail, parseLogin } from './login-identifier.js';
import { assertAcceptablePassword, type PasswordHasher } from './password.js';
import { hashSecret, newSecret } from './secret-token.js';
import type { Session } from './session.entity.js';
import { SessionMethod } from './session.entity.js';
import type { SessionService } from './session.service.js';

export interface SignedIn {
  account: Account;
  session: Session;
  token: string;
}

/** A password may be set without the current one this soon after a magic-link or invitation sign-in. */
const FRESH_SESSION_MS = 15 * 60_000;

/** Sign-in, magic links, invitations and login (de)activation: SPEC §1. */
export class AuthService {
  constructor(
    private readonly deps: {
      config: Config;
      clock: Clock;
      logger: Logger;
      mailer: Mailer;
      hasher: PasswordHasher;
      throttle: LoginThrottle;
      sessions: SessionService;
      audit: AuditService;
    },
  ) {}

  /** R-AUTH-1, -6, -7, R-PORTAL-2, R-OPS-4: password sign-in for customers, syndics (through a portal) and staff. */
  async signIn(ctx: Context, input: { login: string; password: string; kind: AccountKind }): Promise<SignedIn> {
    const { em } = ctx;
    const { throttle, hasher, clock } = this.deps;
    const key = parseLogin(input.login);
    if (input.password === '') throw new BadInputError('password', 'Informe sua senha.');
    const portal = input.kind === AccountKind.STAFF ? null : await this.portalFor(ctx);
    const identifier = `${input.kind}:${portal?.company.id ?? '*'}:${key.by === 'email' ? key.email : key.document}`;
    await throttle.check(em, identifier, ctx.ip);
    if (portal && input.kind === AccountKind.SYNDIC && !portal.showSyndicAccess) {
      throw new FeatureDisabledError('showSyndicAccess', 'O acesso do síndico está desativado neste portal.');
    }
    if (portal && !portal.loginEnabled) {
      throw new FeatureDisabledError(
        'loginEnabled',
        'O acesso com senha está desativado neste portal. Peça um link de acesso por e-mail.',
      );
    }
    const account = await em.findOne(Account, {
      kind: input.kind,
      ...(portal ? { company: portal.company } : {}),
      ...(key.by === 'email' ? { email: key.email } : { document: key.document }),
    });
    if (!(await hasher.verify(account?.passwordHash, input.password)) || !account) {
      await throttle.record(em, identifier, ctx.ip, false);
      throw new InvalidCredentialsError();
    }
    // The password was right: only now may we say why the person still cannot come in.
    if (!account.loginActive) throw new LoginInactiveError();
    if (account.kind === AccountKind.STAFF && account.expiresAt && account.expiresAt <= clock.now()) throw new AccountExpiredError();
    await throttle.record(em, identifier, ctx.ip, true);
    return this.openSession(ctx, account, SessionMethod.PASSWORD, portal);
  }

  /** R-AUTH-3: always answers the same, whether or not the e-mail belongs to someone. */
  async requestMagicLink(ctx: Context, input: { email: string; kind: AccountKind }): Promise<void> {
    const { em } = ctx;
    const { config, clock, throttle, mailer, logger } = this.deps;
    const email = normalizeEmail(input.email);
    if (input.kind === AccountKind.STAFF) throw new BadInputError('kind', 'O link de acesso é para clientes e síndicos.');
    const portal = await this.portalFor(ctx);
    // Each request counts against the same limits as a failed sign-in: links cannot be used to flood a mailbox.
    const identifier = `link:${input.kind}:${portal.company.id}:${email}`;
    await throttle.check(em, identifier, ctx.ip);
    await throttle.record(em, identifier, ctx.ip, false);
    const account = await em.findOne(Account, { company: portal.company, kind: input.kind, email });
    if (!account || !account.loginActive) return;
    const secret = newSecret();
    em.persist(
      em.create(AccountToken, {
        tokenHash: hashSecret(secret),
        account,
        purpose: AccountTokenPurpose.MAGIC_LINK,
        portal,
        hostname: ctx.hostname,
        createdAt: clock.now(),
        expiresAt: new Date(clock.now().getTime() + config.magicLinkTtlMinutes * 60_000),
      }),
    );
    await em.flush();
    const link = `${await this.linkBase(ctx)}/entrar/link?token=${secret}`;
    await mailer
      .send(magicLinkMail({ to: account.email, name: account.name, portalName: portal.name, link, minutes: config.magicLinkTtlMinutes }))
      .catch((err) => logger.error({ err }, 'magic link mail failed'));
  }

  /** R-AUTH-3: single use, expires, works even when password sign-in is off (R-AUTH-7). */
  async signInWithMagicLink(ctx: Context, token: string): Promise<SignedIn> {
    // One transaction: a link refused for the address (R-PORTAL-3) is not used up.
    return ctx.em.transactional(async (tx) => {
      const { account, portal } = await this.consumeToken(tx, token, AccountTokenPurpose.MAGIC_LINK);
      if (portal && !portal.active) throw new PortalInactiveError();
      return this.openSession({ ...ctx, em: tx }, account, SessionMethod.MAGIC_LINK, portal);
    });
  }

  /** R-AUTH-5: sends (or sends again) the set-password link; earlier invitations stop working. */
  async sendInvitation(ctx: Context, accountId: string, portalId?: string | null): Promise<Account> {
    const { em } = ctx;
    const { config, clock, mailer } = this.deps;
    const staff = this.staffOf(ctx);
    const account = await em.findOne(Account, { id: accountId, company: staff.company });
    if (!account) throw new NotFoundError('Conta');
    if (account.kind === AccountKind.STAFF && staff.staffRole !== StaffRole.ADMIN) {
      throw new ForbiddenError('Só administradores convidam membros da equipe.');
    }
    let portal: Portal | null = null;
    if (account.kind !== AccountKind.STAFF) {
      portal = portalId
        ? await em.findOne(Portal, { id: portalId, company: staff.company })
        : await em.findOne(Portal, { company: staff.company }, { orderBy: { createdAt: 'asc' } });
      if (!portal) throw new BadInputError('portalId', 'Escolha o portal pelo qual o cliente vai entrar.');
    }
    const now = clock.now();
    const secret = newSecret();
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(
        AccountToken,
        { account: account.id, purpose: AccountTokenPurpose.INVITATION, usedAt: null },
        { usedAt: now },
      );
      tx.persist(
        tx.create(AccountToken, {
          tokenHash: hashSecret(secret),
          account,
          purpose: AccountTokenPurpose.INVITATION,
          portal,
          hostname: ctx.hostname,
          createdAt: now,
          expiresAt: new Date(now.getTime() + config.invitationTtlHours * 3_600_000),
        }),
      );
      this.deps.audit.record(tx, { actor: staff, company: staff.company, action: 'account.invite', targetType: 'Account', targetId: account.id, ip: ctx.ip }, now);
    });
    const path = account.kind === AccountKind.STAFF ? '/admin/primeiro-acesso' : '/primeiro-acesso';
    const link = `${await this.linkBase(ctx)}${path}?token=${secret}`;
    await mailer.send(
      invitationMail({ to: account.email, name: account.name, portalName: portal?.name ?? 'Habite', link, hours: config.invitationTtlHours }),
    );
    return account;
  }

  /** R-AUTH-5: the invitation sets the first password and signs the person in. */
  async acceptInvitation(ctx: Context, input: { token: string; password: string }): Promise<SignedIn> {
    assertAcceptablePassword(input.password);
    const passwordHash = await this.deps.hasher.hash(input.password);
    return ctx.em.transactional(async (tx) => {
      const { account, portal } = await this.consumeToken(tx, input.token, AccountTokenPurpose.INVITATION);
      account.passwordHash = passwordHash;
      return this.openSession({ ...ctx, em: tx }, account, SessionMethod.INVITATION, portal);
    });
  }

  async changePassword(ctx: Context, input: { currentPassword?: string | null; newPassword: string }): Promise<void> {
    const { account, session } = this.viewerOf(ctx);
    assertAcceptablePassword(input.newPassword, 'newPassword');
    const fresh =
      session.method !== SessionMethod.PASSWORD && this.deps.clock.now().getTime() - session.createdAt.getTime() < FRESH_SESSION_MS;
    if (account.passwordHash && !fresh) {
      if (!input.currentPassword) throw new BadInputError('currentPassword', 'Informe sua senha atual.');
      if (!(await this.deps.hasher.verify(account.passwordHash, input.currentPassword))) {
        throw new BadInputError('currentPassword', 'A senha atual não confere.');
      }
    }
    account.passwordHash = await this.deps.hasher.hash(input.newPassword);
    await ctx.em.transactional(async (tx) => {
      tx.persist(account);
      this.deps.audit.record(tx, { actor: account, company: account.company, action: 'account.password.change', targetType: 'Account', targetId: account.id, ip: ctx.ip }, this.deps.clock.now());
    });
  }

  async signOut(ctx: Context): Promise<void> {
    const { account, session } = this.viewerOf(ctx);
    const revoked = await this.deps.sessions.revoke(ctx.em, account, session);
    this.deps.sessions.announceRevoked(account.id, revoked, 'SIGNED_OUT');
  }

  /** R-AUTH-2: the customer turns their own login off (Dados de acesso); every session ends. */
  async deactivateOwnLogin(ctx: Context): Promise<void> {
    const { account } = this.viewerOf(ctx);
    const now = this.deps.clock.now();
    const revoked = await ctx.em.transactional(async (tx) => {
      account.loginActive = false;
      account.deactivatedAt = now;
      account.deactivatedBy = account;
      tx.persist(account);
      this.deps.audit.record(tx, {
        actor: account, company: account.company, action: 'login.deactivate', targetType: 'Account', targetId: account.id,
        before: { loginActive: true }, after: { loginActive: false }, ip: ctx.ip,
      }, now);
      return this.deps.sessions.revoke(tx, account);
    });
    this.deps.sessions.announceRevoked(account.id, revoked, 'LOGIN_DEACTIVATED');
  }

  /** R-AUTH-2: only staff holding REACTIVATE_LOGIN (or ADMIN) turn a login back on. */
  async reactivateLogin(ctx: Context, accountId: string): Promise<Account> {
    const staff = this.staffOf(ctx);
    if (staff.staffRole !== StaffRole.ADMIN && !staff.permissions.includes(StaffPermission.REACTIVATE_LOGIN)) {
      throw new ForbiddenError('Reativar um acesso exige a permissão "Reativar login" (LGPD).');
    }
    const account = await ctx.em.findOne(Account, { id: accountId, company: staff.company });
    if (!account) throw new NotFoundError('Conta');
    if (account.loginActive) return account;
    const now = this.deps.clock.now();
    await ctx.em.transactional(async (tx) => {
      const before = { loginActive: false, deactivatedAt: account.deactivatedAt?.toISOString() ?? null };
      account.loginActive = true;
      account.deactivatedAt = null;
      account.deactivatedBy = null;
      tx.persist(account);
      this.deps.audit.record(tx, {
        actor: staff, company: staff.company, action: 'login.reactivate', targetType: 'Account', targetId: account.id,
        before, after: { loginActive: true }, ip: ctx.ip,
      }, now);
    });
    return account;
  }

  /** ADMIN creates a staff account and invites it (R-OPS-4: role, permissions, expiry). */
  async createStaffAccount(
    ctx: Context,
    input: { name: string; email: string; role: StaffRole; permissions: StaffPermission[]; expiresAt?: Date | null },
  ): Promise<Account> {
    const admin = this.staffOf(ctx);
    const name = input.name.trim();
    if (name === '') throw new BadInputError('name', 'Informe o nome.');
    const email = normalizeEmail(input.email);
    if (input.expiresAt && input.expiresAt <= this.deps.clock.now()) {
      throw new BadInputError('expiresAt', 'A data de expiração deve estar no futuro.');
    }
    if (await ctx.em.count(Account, { kind: AccountKind.STAFF, email })) {
      throw new BadInputError('email', 'Já existe um membro da equipe com este e-mail.');
    }
    const account = ctx.em.create(Account, {
      company: admin.company, kind: AccountKind.STAFF, name, email, staffRole: input.role,
      permissions: [...new Set(input.permissions)], expiresAt: input.expiresAt ?? null,
    });
    await ctx.em.transactional(async (tx) => {
      tx.persist(account);
      this.deps.audit.record(tx, {
        actor: admin, company: admin.company, action: 'staff.create', targetType: 'Account', targetId: account.id,
        after: { name, email, role: input.role, permissions: account.permissions, expiresAt: input.expiresAt ?? null }, ip: ctx.ip,
      }, this.deps.clock.now());
    });
    await this.sendInvitation(ctx, account.id);
    return account;
  }

  private async openSession(ctx: Context, account: Account, method: SessionMethod, portal: Portal | null): Promise<SignedIn> {
    if (portal && account.kind === AccountKind.CUSTOMER) {
      await assertRightAddress(ctx.em, {
        accountId: account.id, customerId: account.customer?.id ?? null, syndicId: null, portalId: portal.id, hostname: ctx.hostname, now: this.deps.clock.now(),
      }, ctx.origin);
    }
    const { token, session } = this.deps.sessions.start(ctx.em, account, method, {
      portal, hostname: ctx.hostname, ip: ctx.ip, userAgent: ctx.userAgent,
    });
    await ctx.em.flush();
    return { account, session, token };
  }

  /** Takes a single-use token atomically: of two concurrent uses, exactly one wins. */
  private async consumeToken(em: EntityManager, secret: string, purpose: AccountTokenPurpose) {
    const what = purpose === AccountTokenPurpose.MAGIC_LINK ? 'link' : 'convite';
    if (!secret) throw new InvalidTokenError(what);
    const now = this.deps.clock.now();
    const token = await em.findOne(
      AccountToken,
      { tokenHash: hashSecret(secret), purpose, usedAt: null, expiresAt: { $gt: now } },
      { populate: ['account', 'portal'] },
    );
    if (!token) throw new InvalidTokenError(what);
    // Say so before burning the link: the person may be reactivated and try again.
    if (!token.account.loginActive) throw new LoginInactiveError();
    const taken = await em.nativeUpdate(AccountToken, { id: token.id, usedAt: null }, { usedAt: now });
    if (taken !== 1) throw new InvalidTokenError(what);
    return { account: token.account, portal: token.portal ?? null };
  }

  private async portalFor(ctx: Context): Promise<Portal> {
    const portal = await ctx.portal();
    if (!portal) throw new PortalNotFoundError();
    if (!portal.active) throw new PortalInactiveError();
    return portal;
  }

  /**
   * Where e-mailed links point. The request's own address only when it is one of our portal
   * domains or a loopback name (never a Host header someone made up); `PUBLIC_URL` otherwise.
   */
  private async linkBase(ctx: Context): Promise<string> {
    const { hostname, origin } = ctx;
    const loopback = hostname === 'localhost' || hostname === '127.0.0.1' || !!hostname?.endsWith('.localhost');
    if (origin && hostname && (loopback || (await ctx.em.count(PortalDomain, { hostname })) > 0)) return origin;
    return (this.deps.config.publicUrl ?? `http://localhost:${this.deps.config.port}`).replace(/\/$/, '');
  }

  private viewerOf(ctx: Context) {
    return signedIn(ctx);
  }

  private staffOf(ctx: Context): Account {
    const staff = staffOf(ctx);
    if (!staff) throw new ForbiddenError();
    return staff;
  }
}
