import type { Clock } from '../../clock.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Customer } from '../customers/customer.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import type { Caller } from './caller.js';
import type { LinkOrigin } from './link-origin.js';
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
  constructor(private readonly deps: { clock: Clock; audit: AuditService; sessions: SessionService; port: number }) {}

  /** R-OPS-4: only customers (and portals) within the staff member's scope; NOT_FOUND otherwise. */
  async start(em: EntityManager, staff: StaffViewer, origin: LinkOrigin, customerId: string, portalId: string | null): Promise<string> {
    const customer = await getInScope(em, staff, Customer, customerId);
    const account = await em.findOne(Account, { customer, kind: AccountKind.CUSTOMER });
    if (!account) throw new BadInputError('customerId', 'Este cliente ainda não tem acesso ao portal: envie um convite antes.');
    const portal = portalId
      ? await getInScope(em, staff, Portal, portalId)
      : ((await findInScope(em, staff, Portal, { active: true }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 }))[0] ?? null);
    if (!portal) throw new BadInputError('portalId', 'Escolha um portal ativo da empresa.');
    const now = this.deps.clock.now();
    const secret = newSecret();
    await em.transactional(async (tx) => {
      tx.create(AccountToken, {
        tokenHash: hashSecret(secret), account, purpose: AccountTokenPurpose.VIEW_AS, portal, issuedBy: actorOf(tx, staff),
        createdAt: now, expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
      });
      this.deps.audit.staffChange(tx, staff, { action: 'viewAs.start', targetType: 'Customer', targetId: customer.id, after: { portalId: portal.id } });
    });
    return `${await this.portalOrigin(em, origin, portal, customer)}/ver-como-cliente?token=${secret}`;
  }

  /** The client portal's landing uses the link once; the session lasts an hour. */
  async enter(em: EntityManager, caller: Caller, secret: string) {
    const now = this.deps.clock.now();
    return em.transactional(async (tx) => {
      const token = await tx.findOne(
        AccountToken,
        { tokenHash: hashSecret(secret || '-'), purpose: AccountTokenPurpose.VIEW_AS, usedAt: null, expiresAt: { $gt: now } },
        { populate: ['account', 'portal', 'issuedBy'] },
      );
      if (!token || !token.issuedBy) throw new InvalidTokenError('link');
      token.usedAt = now;
      const { token: sessionToken, session } = this.deps.sessions.start(tx, token.account, SessionMethod.VIEW_AS, {
        portal: token.portal ?? null, hostname: caller.hostname, ip: caller.ip, userAgent: caller.userAgent,
      });
      session.viewedBy = token.issuedBy;
      session.expiresAt = new Date(now.getTime() + 3_600_000);
      this.deps.audit.record(tx, {
        actor: token.issuedBy, company: token.account.company, action: 'viewAs.enter', targetType: 'Account', targetId: token.account.id, ip: caller.ip,
      }, now);
      return { account: token.account, session, token: sessionToken };
    });
  }

  /** Where the customer would open the portal: this address if they see their units here, else one of the portal's where they do. */
  private async portalOrigin(em: EntityManager, origin: LinkOrigin, portal: Portal, customer: Customer): Promise<string> {
    const base = new URL(origin.origin ?? `http://localhost:${this.deps.port}`);
    const sees = async (hostname: string) =>
      (await visibleUnits(em, { accountId: NO_ACCOUNT, customerId: customer.id, syndicId: null, portalId: portal.id, hostname, now: this.deps.clock.now() })).length > 0;
    if (await sees(base.hostname)) return base.origin;
    for (const domain of await em.find(PortalDomain, { portal }, { orderBy: { hostname: 'asc' } })) {
      if (await sees(domain.hostname)) return `${base.protocol}//${domain.hostname}${base.port ? `:${base.port}` : ''}`;
    }
    return base.origin;
  }
}

const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';
