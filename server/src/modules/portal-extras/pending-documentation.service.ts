import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';
import type { Portal } from '../portal/portal.entity.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { assertPendingNoticeOn } from './extras-toggles.js';
import type { AddPendingDocumentationInput } from './extras.input.js';
import { text } from './extras-input.js';
import { PendingDocumentation, type PendingDocumentationKind } from './pending-documentation.entity.js';

/**
 * The customer's pending documents of one kind, unresolved, for developments this portal serves
 * (what the sign-in notice lists). R-SET-1: refused with that kind's toggle off.
 */
export async function myPendingDocumentation(em: EntityManager, scope: ViewerScope & { customerId: string }, portal: Portal, kind: PendingDocumentationKind): Promise<PendingDocumentation[]> {
  assertPendingNoticeOn(portal, kind);
  const rows = await query<{ id: string }>(em, `select p.id from pending_documentation p
    where p.customer_id = :customer and p.kind = :kind and p.resolved_at is null
      and exists (select 1 from portal_development pd where pd.portal_id = :portal and pd.development_id = p.development_id)`,
  { customer: scope.customerId, kind, portal: portal.id });
  if (!rows.length) return [];
  return em.find(PendingDocumentation, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['development'] as never });
}

/** A customer's pending documents (resolved too), for staff: those of developments within their reach. */
export async function customerPendingDocumentation(em: EntityManager, staff: StaffViewer, customerId: string): Promise<PendingDocumentation[]> {
  await getInScope(em, staff, Customer, customerId);
  return findInScope(em, staff, PendingDocumentation, { customer: customerId }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['development'] as never });
}

/** Staff record a document a customer still owes for a proposal or pre-registration in a development (audited). */
export async function addPendingDocumentation(em: EntityManager, staff: StaffViewer, audit: AuditService, input: AddPendingDocumentationInput, now: Date): Promise<PendingDocumentation> {
  const description = text(input.description ?? '', 'description', 300, 'Diga qual documento falta.')!;
  return em.transactional(async (tx) => {
    const customer = await getInScope(tx, staff, Customer, input.customerId);
    const development = await getInScope(tx, staff, Development, input.developmentId).catch((err: unknown) => {
      throw err instanceof NotFoundError ? new BadInputError('developmentId', 'Empreendimento não encontrado.') : err;
    });
    const row = tx.create(PendingDocumentation, { customer, development, kind: input.kind, description, createdAt: now });
    audit.staffChange(tx, staff, {
      action: 'PendingDocumentation.create', targetType: 'PendingDocumentation', targetId: row.id,
      before: null, after: { customerId: customer.id, developmentId: development.id, kind: input.kind, description },
    });
    return row;
  });
}

/** Staff mark a pending document as received: the customer is no longer told about it (audited). */
export async function resolvePendingDocumentation(em: EntityManager, staff: StaffViewer, audit: AuditService, id: string, now: Date): Promise<PendingDocumentation> {
  return em.transactional(async (tx) => {
    const row = await getInScope(tx, staff, PendingDocumentation, id, { ...LOCKED_WRITE, populate: ['development'] as never });
    if (row.resolvedAt) return row;
    row.resolvedAt = now;
    audit.staffChange(tx, staff, { action: 'PendingDocumentation.resolve', targetType: 'PendingDocumentation', targetId: row.id, before: { resolvedAt: null }, after: { resolvedAt: now.toISOString() } });
    return row;
  });
}
