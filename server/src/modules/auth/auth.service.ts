import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { BadInputError, ForbiddenError } from '../../domain-errors.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import { NotificationChannel, NotificationKind } from '../notifications/notification.enums.js';
import { ConsentPurpose } from '../privacy/consent.entity.js';
import { hasConsent } from '../privacy/consents.js';
import { SignInCode } from './sign-in-code.entity.js';
import { CODE_ATTEMPTS, codeMatches, codeNotice, hashCode, InvalidCodeError, newCode } from './sign-in-code.js';
import { mobileNumber, noticeOfMail, recipientOf, type NotificationService } from '../notifications/notification.service.js';
import { forgetSessionSubscriptions } from '../notifications/push/push.service.js';
import { invitationMail, magicLinkMail } from '../../mail/templates.js';
import type { AuditService } from '../audit/audit.service.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { Account } from './account.entity.js';
import { AccountKind, StaffPermission, type StaffRole } from './account.enums.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import {
  AccountExpiredError,
  InvalidCredentialsError,
  InvalidTokenError,
  LoginInactiveError,
  PortalInactiveError,
  PortalNotFoundError,
  TooManyAttemptsError,
  UseSyndicEntryError,
} from './auth.errors.js';
import { FeatureDisabledError } from '../../domain-errors.js';
import { assertRightAddress } from '../portal/domain-check.js';
import type { Development } from '../developments/development.entity.js';
import { assertCompanyWide, findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { hasPermission, isAdmin, type StaffViewer } from '../scope/staff-viewer.js';
import type { Caller } from './caller.js';
import type { LinkOrigin } from './link-origin.js';
import type { LoginThrottle } from './login-throttle.js';
import { normalizeEmail, parseLogin, type LoginKey } from './login-identifier.js';
import { assertAcceptablePassword, type PasswordHasher } from './password.js';
import { hashSecret, newSecret } from './secret-token.js';
import type { Session } from './session.entity.js';
import { SessionMethod } from './session.entity.js';
import type { SessionService, SessionView } from './session.service.js';
import { InvalidTwoFactorCodeError, TwoFactorRequiredError } from './two-factor/two-factor.errors.js';
import type { TwoFactorService } from './two-factor/two-factor.service.js';

export interface SignedIn {
  account: Account;
  session: Session;
  token: string;
}

/** R-AUTH-6: failures are counted per login typed, per kind of entry and company. */
const throttleKey = (kind: AccountKind, portal: Portal | null, key: LoginKey) =>
  `${kind}:${portal?.company.id ?? '*'}:${key.by === 'email' ? key.email : key.document}`;

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
      notifications: NotificationService;
      hasher: PasswordHasher;
      throttle: LoginThrottle;
      sessions: SessionService;
      audit: AuditService;
      twoFactor: TwoFactorService;
    },
  ) {}

  /** R-AUTH-1, -6, -7, R-PORTAL-2, R-OPS-4: password sign-in for customers, syndics (through a portal) and staff. */
  async signIn(em: EntityManager, caller: Caller, input: { login: string; password: string; kind: AccountKind; twoFactorCode?: string | null }): Promise<SignedIn> {
    const { throttle, hasher, clock } = this.deps;
    const key = parseLogin(input.login);
    if (input.password === '') throw new BadInputError('password', 'Informe sua senha.');
    const portal = input.kind === AccountKind.STAFF ? null : await this.portalFor(caller);
    const identifier = throttleKey(input.kind, portal, key);
    await throttle.check(em, identifier, caller.ip);
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
      await throttle.record(em, identifier, caller.ip, false);
      if (portal && input.kind === AccountKind.CUSTOMER && portal.showSyndicAccess) await this.assertNotSyndicLogin(em, caller, portal, key, input.password);
      throw new InvalidCredentialsError();
    }
    // The password was right: only now may we say why the person still cannot come in.
    if (!account.loginActive) throw new LoginInactiveError();
    if (account.kind === AccountKind.STAFF && account.expiresAt && account.expiresAt <= clock.now()) throw new AccountExpiredError();
    if (account.totpEnabledAt) {
      // R-AUTH-8: staff with two-step verification: the password alone opens nothing. A wrong
      // code counts against the sign-in limits like a wrong password (R-AUTH-6).
      const typed = input.twoFactorCode?.trim() ?? '';
      if (typed === '') throw new TwoFactorRequiredError();
      const opened = await em.transactional(async (tx) => {
        if (!(await this.deps.twoFactor.verify(tx, account.id, typed))) return null;
        return this.openSession(tx, caller, account, SessionMethod.PASSWORD, portal);
      });
      if (!opened) {
        await throttle.record(em, identifier, caller.ip, false);
        throw new InvalidTwoFactorCodeError();
      }
      await throttle.record(em, identifier, caller.ip, true);
      return opened;
    }
    await throttle.record(em, identifier, caller.ip, true);
    return this.openSession(em, caller, account, SessionMethod.PASSWORD, portal);
  }

  /**
   * A syndic who typed their login into the customers' form is told to use the syndic entry — only
   * when the password matches the syndic account. Every failure here also counts against the syndic
   * entry's own limit (R-AUTH-6: the two forms share one budget for that login), and the syndic
   * password is verified whether or not such an account exists (the same time either way).
   */
  private async assertNotSyndicLogin(em: EntityManager, caller: Caller, portal: Portal, key: LoginKey, password: string): Promise<void> {
    const { throttle, hasher } = this.deps;
    const identifier = throttleKey(AccountKind.SYNDIC, portal, key);
    try {
      await throttle.check(em, identifier, caller.ip);
    } catch (err) {
      // Over the syndic entry's limit: no more guesses against that account from here.
      if (err instanceof TooManyAttemptsError) return;
      throw err;
    }
    const syndic = await em.findOne(Account, {
      kind: AccountKind.SYNDIC, company: portal.company, ...(key.by === 'email' ? { email: key.email } : { document: key.document }),
    });
    if ((await hasher.verify(syndic?.passwordHash, password)) && syndic) throw new UseSyndicEntryError();
    await throttle.record(em, identifier, caller.ip, false);
  }

  /**
   * R-AUTH-3: always answers the same, whether or not the e-mail belongs to someone — and in the
   * same time: the e-mail goes out after the answer, never awaited by it.
   */
  async requestMagicLink(em: EntityManager, caller: Caller, input: { email: string; kind: AccountKind }): Promise<void> {
    const { config, clock, throttle } = this.deps;
    const email = normalizeEmail(input.email);
    if (input.kind === AccountKind.STAFF) throw new BadInputError('kind', 'O link de acesso é para clientes e síndicos.');
    const portal = await this.portalFor(caller);
    // Each request counts against the same limits as a failed sign-in: links cannot be used to flood a mailbox.
    const identifier = `link:${input.kind}:${portal.company.id}:${email}`;
    await throttle.check(em, identifier, caller.ip);
    await throttle.record(em, identifier, caller.ip, false);
    const account = await em.findOne(Account, { company: portal.company, kind: input.kind, email });
    if (!account || !account.loginActive) return;
    const secret = newSecret();
    const link = `${await this.linkBase(em, caller)}/entrar/link?token=${secret}`;
    // R-NOTIFY-4: the link and its e-mail are queued in one transaction; the answer never waits for SMTP.
    await em.transactional(async (tx) => {
      const token = tx.create(AccountToken, {
        tokenHash: hashSecret(secret),
        account,
        purpose: AccountTokenPurpose.MAGIC_LINK,
        portal,
        hostname: caller.hostname,
        createdAt: clock.now(),
        expiresAt: new Date(clock.now().getTime() + config.magicLinkTtlMinutes * 60_000),
      });
      await tx.flush();
      await this.deps.notifications.notify(tx, {
        kind: NotificationKind.MAGIC_LINK, dedupeKey: `magic-link:${token.id}`, recipients: [recipientOf(account)],
        content: () => noticeOfMail(magicLinkMail({ to: account.email, name: account.name, portalName: portal.name, link, minutes: config.magicLinkTtlMinutes })),
      });
    });
  }

  /** R-AUTH-3: single use, expires, works even when password sign-in is off (R-AUTH-7). */
  async signInWithMagicLink(em: EntityManager, caller: Caller, token: string): Promise<SignedIn> {
    // One transaction: a link refused for the address (R-PORTAL-3) is not used up.
    return em.transactional(async (tx) => {
      const { account, portal } = await this.consumeToken(tx, token, AccountTokenPurpose.MAGIC_LINK);
      if (portal && !portal.active) throw new PortalInactiveError();
      return this.openSession(tx, caller, account, SessionMethod.MAGIC_LINK, portal);
    });
  }

  /**
   * R-AUTH-8: a one-time code to sign in, by e-mail — or by WhatsApp when the person asks for it,
   * agreed to WhatsApp and has a mobile (else by e-mail). The answer is the same whether or not the
   * login exists; asking counts against the same limits as a failed sign-in. A new code retires the
   * earlier ones.
   */
  async requestSignInCode(em: EntityManager, caller: Caller, input: { login: string; kind: AccountKind; channel?: NotificationChannel | null }): Promise<void> {
    const { config, clock, throttle } = this.deps;
    if (input.kind === AccountKind.STAFF) throw new BadInputError('kind', 'O código de acesso é para clientes e síndicos.');
    const key = parseLogin(input.login);
    const portal = await this.portalFor(caller);
    const identifier = `code:${throttleKey(input.kind, portal, key)}`;
    await throttle.check(em, identifier, caller.ip);
    await throttle.record(em, identifier, caller.ip, false);
    const account = await em.findOne(Account, { company: portal.company, kind: input.kind, ...(key.by === 'email' ? { email: key.email } : { document: key.document }) }, { populate: ['customer'] });
    if (!account || !account.loginActive) return;
    const code = newCode();
    const { hash, salt } = hashCode(code);
    const now = clock.now();
    const notifications = this.deps.notifications;
    const phone = account.customer?.phone ?? null;
    const byWhatsApp = input.channel === NotificationChannel.WHATSAPP && notifications.hasChannel(NotificationChannel.WHATSAPP) && !!mobileNumber(phone)
      && (await hasConsent(em, account.id, ConsentPurpose.WHATSAPP));
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(SignInCode, { account: account.id, usedAt: null }, { usedAt: now });
      const row = tx.create(SignInCode, {
        account, portal, hostname: caller.hostname, codeHash: hash, salt, createdAt: now, expiresAt: new Date(now.getTime() + config.signInCodeTtlMinutes * 60_000),
      });
      await tx.flush();
      await notifications.notify(tx, {
        kind: NotificationKind.ONE_TIME_CODE, dedupeKey: `code:${row.id}`, channels: [byWhatsApp ? NotificationChannel.WHATSAPP : NotificationChannel.EMAIL],
        recipients: [{ ...recipientOf(account), phone }],
        content: () => codeNotice({ name: account.name.split(/\s+/)[0] ?? account.name, portalName: portal.whiteLabelName || portal.name, code, minutes: config.signInCodeTtlMinutes }),
      });
    });
  }

  /**
   * R-AUTH-8: signs in with the code: single use, before it expires, at most five wrong tries —
   * and every wrong try counts against the sign-in limits, like a wrong password (R-AUTH-6).
   */
  async signInWithCode(em: EntityManager, caller: Caller, input: { login: string; oneTimeCode: string; kind: AccountKind }): Promise<SignedIn> {
    const { throttle, clock } = this.deps;
    const key = parseLogin(input.login);
    const code = input.oneTimeCode.replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) throw new BadInputError('oneTimeCode', 'Informe os 6 dígitos do código.');
    const portal = await this.portalFor(caller);
    const identifier = throttleKey(input.kind, portal, key);
    await throttle.check(em, identifier, caller.ip);
    const now = clock.now();
    const account = await em.findOne(Account, { company: portal.company, kind: input.kind, ...(key.by === 'email' ? { email: key.email } : { document: key.document }) });
    const result = account
      ? await em.transactional(async (tx) => {
        const stored = await tx.findOne(SignInCode, { account: account.id, usedAt: null, expiresAt: { $gt: now } }, { orderBy: { createdAt: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!stored) return null;
        if (!codeMatches(code, stored)) {
          stored.attempts += 1;
          if (stored.attempts >= CODE_ATTEMPTS) stored.usedAt = now;
          return null;
        }
        stored.usedAt = now;
        return stored;
      })
      : null;
    if (!result || !account) {
      await throttle.record(em, identifier, caller.ip, false);
      throw new InvalidCodeError();
    }
    if (!account.loginActive) throw new LoginInactiveError();
    await throttle.record(em, identifier, caller.ip, true);
    return em.transactional((tx) => this.openSession(tx, caller, account, SessionMethod.ONE_TIME_CODE, portal));
  }

  /** R-AUTH-5: sends (or sends again) the set-password link; earlier invitations stop working. */
  async sendInvitation(em: EntityManager, staff: StaffViewer, origin: LinkOrigin, accountId: string, portalId?: string | null): Promise<Account> {
    const { config, clock } = this.deps;
    const account = await getInScope(em, staff, Account, accountId);
    if (account.kind === AccountKind.STAFF && !isAdmin(staff)) {
      throw new ForbiddenError('Só administradores convidam membros da equipe.');
    }
    let portal: Portal | null = null;
    if (account.kind !== AccountKind.STAFF) {
      portal = portalId
        ? await getInScope(em, staff, Portal, portalId)
        : ((await findInScope(em, staff, Portal, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 }))[0] ?? null);
      if (!portal) throw new BadInputError('portalId', 'Escolha o portal pelo qual o cliente vai entrar.');
    }
    const now = clock.now();
    const secret = newSecret();
    await em.transactional(async (tx) => {
      // Locked: of two invitations sent at once, the second sees (and retires) the first.
      await getInScope(tx, staff, Account, account.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
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
          hostname: origin.hostname,
          createdAt: now,
          expiresAt: new Date(now.getTime() + config.invitationTtlHours * 3_600_000),
        }),
      );
      this.deps.audit.staffChange(tx, staff, { action: 'account.invite', targetType: 'Account', targetId: account.id });
    });
    const path = account.kind === AccountKind.STAFF ? '/admin/primeiro-acesso' : '/primeiro-acesso';
    const link = `${await this.linkBase(em, origin)}${path}?token=${secret}`;
    await this.deps.notifications.notify(em, {
      kind: NotificationKind.INVITATION, dedupeKey: `invitation:${crypto.randomUUID()}`, recipients: [recipientOf(account)],
      content: () => noticeOfMail(invitationMail({ to: account.email, name: account.name, portalName: portal?.name ?? 'Habite', link, hours: config.invitationTtlHours })),
    });
    return account;
  }

  /** R-AUTH-5: the invitation sets the first password and signs the person in. */
  async acceptInvitation(em: EntityManager, caller: Caller, input: { token: string; password: string }): Promise<SignedIn> {
    assertAcceptablePassword(input.password);
    const passwordHash = await this.deps.hasher.hash(input.password);
    return em.transactional(async (tx) => {
      const { account, portal } = await this.consumeToken(tx, input.token, AccountTokenPurpose.INVITATION);
      account.passwordHash = passwordHash;
      return this.openSession(tx, caller, account, SessionMethod.INVITATION, portal);
    });
  }

  async changePassword(em: EntityManager, { account: viewer, session }: { account: Account; session: SessionView }, ip: string, input: { currentPassword?: string | null; newPassword: string }): Promise<void> {
    const account = await em.findOneOrFail(Account, { id: viewer.id });
    assertAcceptablePassword(input.newPassword, 'newPassword');
    const fresh =
      session.method !== SessionMethod.PASSWORD && this.deps.clock.now().getTime() - session.createdAt.getTime() < FRESH_SESSION_MS;
    if (account.passwordHash && !fresh) {
      if (!input.currentPassword) throw new BadInputError('currentPassword', 'Informe sua senha atual.');
      if (!(await this.deps.hasher.verify(account.passwordHash, input.currentPassword))) {
        throw new BadInputError('currentPassword', 'A senha atual não confere.');
      }
    }
    const passwordHash = await this.deps.hasher.hash(input.newPassword);
    await em.transactional(async (tx) => {
      account.passwordHash = passwordHash;
      tx.persist(account);
      this.deps.audit.record(tx, { actor: account, company: account.company, action: 'account.password.change', targetType: 'Account', targetId: account.id, ip });
    });
  }

  /**
   * Ends this session. R-OPS-3: the browsers subscribed to notifications from it are turned off in
   * the same transaction (a phone signed out of stops showing the person's notices), audited.
   */
  async signOut(
    em: EntityManager,
    { account, session }: { account: { id: string; name: string; email: string; company: { id: string }; customer?: { id: string } | null }; session: { id: string } },
    ip: string | null,
  ): Promise<void> {
    const now = this.deps.clock.now();
    const revoked = await em.transactional(async (tx) => {
      const ended = await this.deps.sessions.revoke(tx, account, session);
      await forgetSessionSubscriptions(tx, this.deps.audit, {
        accountId: account.id, sessionId: session.id, actor: account, companyId: account.company.id, customerId: account.customer?.id ?? null, ip,
      }, now);
      return ended;
    });
    this.deps.sessions.announceRevoked(account.id, revoked, 'SIGNED_OUT');
  }

  /** R-AUTH-2: the customer turns their own login off (Dados de acesso); every session ends. */
  async deactivateOwnLogin(em: EntityManager, viewer: { id: string }, ip: string): Promise<void> {
    const now = this.deps.clock.now();
    const revoked = await em.transactional(async (tx) => {
      const account = await tx.findOneOrFail(Account, { id: viewer.id });
      account.loginActive = false;
      account.deactivatedAt = now;
      account.deactivatedBy = account;
      tx.persist(account);
      this.deps.audit.record(tx, {
        actor: account, company: account.company, action: 'login.deactivate', targetType: 'Account', targetId: account.id,
        before: { loginActive: true }, after: { loginActive: false }, ip,
      }, now);
      return this.deps.sessions.revoke(tx, account);
    });
    this.deps.sessions.announceRevoked(viewer.id, revoked, 'LOGIN_DEACTIVATED');
  }

  /** R-AUTH-2: only staff holding REACTIVATE_LOGIN (or ADMIN) turn a login back on. */
  async reactivateLogin(em: EntityManager, staff: StaffViewer, accountId: string): Promise<Account> {
    if (!hasPermission(staff, StaffPermission.REACTIVATE_LOGIN)) {
      throw new ForbiddenError('Reativar um acesso exige a permissão "Reativar login" (LGPD).');
    }
    return em.transactional(async (tx) => {
      // Locked: of two concurrent reactivations, one changes the login and is audited; the other finds it active.
      const account = await getInScope(tx, staff, Account, accountId, LOCKED_WRITE);
      if (account.loginActive) return account;
      const before = { loginActive: false, deactivatedAt: account.deactivatedAt?.toISOString() ?? null };
      account.loginActive = true;
      account.deactivatedAt = null;
      account.deactivatedBy = null;
      this.deps.audit.staffChange(tx, staff, { action: 'login.reactivate', targetType: 'Account', targetId: account.id, before, after: { loginActive: true } });
      return account;
    });
  }

  /** ADMIN creates a staff account and invites it (R-OPS-4: role, permissions, expiry). */
  async createStaffAccount(
    em: EntityManager,
    admin: StaffViewer,
    origin: LinkOrigin,
    input: { name: string; email: string; role: StaffRole; permissions: StaffPermission[]; expiresAt?: Date | null; developments?: Development[] },
  ): Promise<Account> {
    assertCompanyWide(admin);
    const name = input.name.trim();
    if (name === '') throw new BadInputError('name', 'Informe o nome.');
    const email = normalizeEmail(input.email);
    if (input.expiresAt && input.expiresAt <= this.deps.clock.now()) {
      throw new BadInputError('expiresAt', 'A data de expiração deve estar no futuro.');
    }
    if (await em.count(Account, { kind: AccountKind.STAFF, email })) {
      throw new BadInputError('email', 'Já existe um membro da equipe com este e-mail.');
    }
    const developmentIds = (input.developments ?? []).map((d) => d.id).sort();
    const account = await em.transactional(async (tx) => {
      const account = tx.create(Account, {
        company: admin.companyId, kind: AccountKind.STAFF, name, email, staffRole: input.role,
        permissions: [...new Set(input.permissions)], expiresAt: input.expiresAt ?? null,
      });
      account.developments.set(input.developments ?? []);
      this.deps.audit.staffChange(tx, admin, {
        action: 'staff.create', targetType: 'Account', targetId: account.id,
        after: { name, email, role: input.role, permissions: account.permissions, expiresAt: input.expiresAt ?? null, ...(developmentIds.length ? { developmentIds } : {}) },
      });
      return account;
    });
    await this.sendInvitation(em, admin, origin, account.id);
    return account;
  }

  private async openSession(em: EntityManager, caller: Caller, account: Account, method: SessionMethod, portal: Portal | null): Promise<SignedIn> {
    if (portal && account.kind === AccountKind.CUSTOMER) {
      await assertRightAddress(em, {
        accountId: account.id, customerId: account.customer?.id ?? null, syndicId: null, portalId: portal.id, hostname: caller.hostname, now: this.deps.clock.now(),
      }, caller.origin, caller.locale);
    }
    const { token, session } = this.deps.sessions.start(em, account, method, {
      portal, hostname: caller.hostname, ip: caller.ip, userAgent: caller.userAgent,
    });
    await em.flush();
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

  private async portalFor(caller: Caller): Promise<Portal> {
    const portal = await caller.portal();
    if (!portal) throw new PortalNotFoundError();
    if (!portal.active) throw new PortalInactiveError();
    return portal;
  }

  /**
   * Where e-mailed links point. The request's own address only when it is one of our portal
   * domains or a loopback name (never a Host header someone made up); `PUBLIC_URL` otherwise.
   */
  private async linkBase(em: EntityManager, { hostname, origin }: LinkOrigin): Promise<string> {
    const loopback = hostname === 'localhost' || hostname === '127.0.0.1' || !!hostname?.endsWith('.localhost');
    if (origin && hostname && (loopback || (await em.count(PortalDomain, { hostname })) > 0)) return origin;
    return (this.deps.config.publicUrl ?? `http://localhost:${this.deps.config.port}`).replace(/\/$/, '');
  }
}
