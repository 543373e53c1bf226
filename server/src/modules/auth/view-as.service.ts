import type { Clock } from '../../clock.js';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import type { AuditService } from '../audit/audit.service.js';
import { Customer } from '../customers/customer.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { staffOf } from '../visibility/scope.js';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import { InvalidTokenError } from './auth.errors.js';
import { hashSecret, newSecret } from './secret-token.js';
import { SessionMethod } from './session.entity.js';
import type { SessionService } from './session.service.js';

const LINK_MINUTES = 5;

/**
 * R-WORK-4: staff see the portal exactly as one customer sees it, read-only. A short-lived,
 * single-use link opens the client portal with a session marked `viewedBy`; the API refuses
 * every mutation of such a session (graphql/access.ts) and the audit log records it.
 */
export class ViewAsService {
  constructor(private readonly deps: { clock: Clock; audit: AuditService; sessions: SessionService }) {}

  async start(ctx: Context, customerId: string, portalId: string | null): Promise<string> {
    const staff = staffOf(ctx)!;
    const { em } = ctx;
    const customer = await em.findOne(Customer, { id: customerId, company: staff.company });
    if (!customer) throw new NotFoundError('Cliente');
    const account = await em.findOne(Account, { customer, kind: AccountKind.CUSTOMER });
    if (!account) throw new BadInputError('customerId', 'Este cliente ainda não tem acesso ao portal: envie um convite antes.');
    const portal = portalId
      ? await em.findOne(Portal, { id: portalId, company: staff.company })
      : await em.findOne(Portal, { company: staff.company, active: true }, { orderBy: { createdAt: 'asc' } });
    if (!portal) throw new BadInputError('portalId', 'Escolha um portal ativo da empresa.');
    const now = this.deps.clock.now();
    const secret = newSecret();
    await em.transactional(async (tx) => {
      tx.create(AccountToken, {
        tokenHash: hashSecret(secret), account, purpose: AccountTokenPurpose.VIEW_AS, portal, issuedBy: staff,
        createdAt: now, expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
      });
      this.deps.audit.record(tx, { actor: staff, company: staff.company, action: 'viewAs.start', targetType: 'Customer', targetId: customer.id, after: { portalId: portal.id }, ip: ctx.ip }, now);
    });
    return `${await this.portalOrigin(ctx, portal, customer)}/ver-como-cliente?token=${secret}`;
  }

  /** The client portal's landing uses the link once; the session lasts an hour. */
  async enter(ctx: Context, secret: string) {
    const now = this.deps.clock.now();
    return ctx.em.transactional(async (tx) => {
      const token = await tx.findOne(
        AccountToken,
        { tokenHash: hashSecret(secret || '-'), purpose: AccountTokenPurpose.VIEW_AS, usedAt: null, expiresAt: { $gt: now } },
        { populate: ['account', 'portal', 'issuedBy'] },
      );
      if (!token || !token.issuedBy) throw new InvalidTokenError('link');
      token.usedAt = now;
      const { token: sessionToken, session } = this.deps.sessions.start(tx, token.account, SessionMethod.VIEW_AS, {
        portal: token.portal ?? null, hostname: ctx.hostname, ip: ctx.ip, userAgent: ctx.userAgent,
      });
      session.viewedBy = token.issuedBy;
      session.expiresAt = new Date(now.getTime() + 3_600_000);
      this.deps.audit.record(tx, {
        actor: token.issuedBy, company: token.account.company, action: 'viewAs.enter', targetType: 'Account', targetId: token.account.id, ip: ctx.ip,
      }, now);
      return { account: token.account, session, token: sessionToken };
    });
  }

  /** Where the customer would open the portal: this address if they see their units here, else one of the portal's where they do. */
  private async portalOrigin(ctx: Context, portal: Portal, customer: Customer): Promise<string> {
    const base = new URL(ctx.origin ?? `http://localhost:${ctx.services.config.port}`);
    const sees = async (hostname: string) =>
      (await visibleUnits(ctx.em, { accountId: NO_ACCOUNT, customerId: customer.id, syndicId: null, portalId: portal.id, hostname, now: this.deps.clock.now() })).length > 0;
    if (await sees(base.hostname)) return base.origin;
    for (const domain of await ctx.em.find(PortalDomain, { portal }, { orderBy: { hostname: 'asc' } })) {
      if (await sees(domain.hostname)) return `${base.protocol}//${domain.hostname}${base.port ? `:${base.port}` : ''}`;
    }
    return base.origin;
  }
}

const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';
